import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from '../src/settings';

describe('parseSettings', () => {
  it('gives the defaults for a fresh install without calling it a repair', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, repaired: false });
  });

  it('keeps a valid stored value', () => {
    expect(parseSettings({ enabled: false })).toEqual({ settings: { enabled: false }, repaired: false });
  });

  it('replaces a corrupt field with its default and says so', () => {
    expect(parseSettings({ enabled: 'yes' })).toEqual({ settings: { enabled: true }, repaired: true });
  });

  it('replaces a stored value that is not an object at all', () => {
    expect(parseSettings('garbage')).toEqual({ settings: DEFAULT_SETTINGS, repaired: true });
    expect(parseSettings([1, 2])).toEqual({ settings: DEFAULT_SETTINGS, repaired: true });
  });
});
