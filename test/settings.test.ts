import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, enabledFor, parseSettings } from '../src/settings';

describe('parseSettings', () => {
  it('gives the defaults for a fresh install without calling it a repair', () => {
    expect(parseSettings(undefined)).toMatchObject({ settings: DEFAULT_SETTINGS, repaired: false });
  });

  it('migrates the first release (only `enabled`, no version) and keeps its choice', () => {
    const { settings, repaired } = parseSettings({ enabled: false });
    expect(repaired).toBe(false);
    expect(settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false, version: SETTINGS_VERSION });
  });

  it('migrates version 2 on: keeps every choice and starts with no chosen meanings', () => {
    const stored = {
      version: 2,
      enabled: true,
      mentions: 'every',
      hiddenTerms: [{ entityId: 'sana', text: 'Sana', site: 'nos.nl' }],
    };
    const { settings, repaired } = parseSettings(stored);
    expect(repaired).toBe(false);
    expect(settings.version).toBe(4);
    expect(settings.chosenMeanings).toEqual([]);
    expect(settings.mentions).toBe('every');
    expect(settings.hiddenTerms).toEqual(stored.hiddenTerms);
  });

  it('migrates version 3 to 4: the old default, the article’s language, becomes the interface’s; a fixed one stays', () => {
    const v3 = { ...DEFAULT_SETTINGS, version: 3 };
    const moved = parseSettings({ ...v3, explanationLanguage: 'article' });
    expect(moved.repaired).toBe(false);
    expect(moved.settings).toMatchObject({ version: 4, explanationLanguage: 'interface' });
    expect(parseSettings({ ...v3, explanationLanguage: 'fr' }).settings.explanationLanguage).toBe('fr');
    // Chosen again after the migration, the article's language is kept.
    expect(
      parseSettings({ ...DEFAULT_SETTINGS, explanationLanguage: 'article' }).settings.explanationLanguage,
    ).toBe('article');
  });

  it('keeps a chosen meaning, and drops a damaged list of them with a repair notice', () => {
    const chosen = {
      text: 'Assad',
      from: 'bashar-al-assad',
      to: 'hafez-al-assad',
      label: 'Hafez al-Assad',
      site: null,
    };
    expect(parseSettings({ ...DEFAULT_SETTINGS, chosenMeanings: [chosen] }).settings.chosenMeanings).toEqual([
      chosen,
    ]);
    const damaged = parseSettings({ ...DEFAULT_SETTINGS, chosenMeanings: [{ text: 'Assad' }] });
    expect(damaged.repaired).toBe(true);
    expect(damaged.settings.chosenMeanings).toEqual([]);
  });

  it('keeps every valid field of a current object', () => {
    const stored = {
      ...DEFAULT_SETTINGS,
      mentions: 'every',
      disabledSites: ['example.org'],
      entityTypes: { ...DEFAULT_SETTINGS.entityTypes, place: false },
      hiddenTerms: [{ entityId: 'sana', text: 'Sana', site: null }],
    };
    expect(parseSettings(stored)).toMatchObject({ settings: stored, repaired: false });
  });

  it('replaces corrupt fields with their defaults, keeps the rest, and says so', () => {
    const { settings, repaired } = parseSettings({
      version: 2,
      enabled: 'yes',
      mentions: 'every',
      highlightStyle: 'blink',
      entityTypes: { person: false, place: 'no' },
      hiddenTerms: 'all',
    });
    expect(repaired).toBe(true);
    expect(settings.enabled).toBe(true);
    expect(settings.mentions).toBe('every');
    expect(settings.highlightStyle).toBe('underline');
    expect(settings.entityTypes.person).toBe(false);
    expect(settings.entityTypes.place).toBe(true);
    expect(settings.hiddenTerms).toEqual([]);
  });

  it('replaces a stored value that is not an object at all', () => {
    expect(parseSettings('garbage')).toMatchObject({ settings: DEFAULT_SETTINGS, repaired: true });
    expect(parseSettings([1, 2])).toMatchObject({ settings: DEFAULT_SETTINGS, repaired: true });
  });

  it('never hands out the defaults object itself, so a caller cannot change them', () => {
    const { settings } = parseSettings(undefined);
    settings.disabledSites.push('x.org');
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });
});

describe('enabledFor', () => {
  it('is off on a switched-off site and everywhere when switched off globally', () => {
    const settings = { ...DEFAULT_SETTINGS, disabledSites: ['nos.nl'] };
    expect(enabledFor(settings, 'www.standaard.be')).toBe(true);
    expect(enabledFor(settings, 'nos.nl')).toBe(false);
    expect(enabledFor({ ...settings, enabled: false }, 'www.standaard.be')).toBe(false);
  });
});

describe('parseSettings and key order', () => {
  it('does not call a stored object repaired because its keys come back in another order', () => {
    const reordered = {
      version: 2,
      disabledPacks: [],
      theme: 'dark',
      entityTypes: Object.fromEntries(Object.entries(DEFAULT_SETTINGS.entityTypes).reverse()),
      hiddenTerms: [{ site: null, text: 'Sana', entityId: 'sana' }],
      enabled: true,
    };
    expect(parseSettings(reordered).repaired).toBe(false);
  });
});
