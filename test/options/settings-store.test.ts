import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../background/fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser() }));

const { browser } = await import('../../src/platform/browser');
const store = await import('../../src/platform/settings-store');
const { DEFAULT_SETTINGS } = await import('../../src/settings');

const local = browser.storage.local as unknown as ReturnType<typeof fakeBrowser>['storage']['local'];

/** What Chromium's storage hands back: every object's keys sorted. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]),
  );
}

describe('settings store', () => {
  beforeEach(() => local.data.clear());

  it('reports damaged settings once, and writes the repaired ones back', async () => {
    await local.set({ settings: 'garbage' });
    expect(await store.loadSettingsWithStatus()).toMatchObject({
      settings: DEFAULT_SETTINGS,
      repaired: true,
    });
    expect(local.data.get('settings')).toEqual(DEFAULT_SETTINGS);
    expect(await store.loadSettingsWithStatus()).toMatchObject({
      settings: DEFAULT_SETTINGS,
      repaired: false,
    });
  });

  it('keeps what can be kept, and tells the options page even when another part found the damage', async () => {
    await local.set({
      settings: { version: 2, enabled: false, theme: 'purple', disabledSites: ['a.example'] },
    });
    const settings = await store.loadSettings();
    expect(settings).toMatchObject({ enabled: false, theme: 'system', disabledSites: ['a.example'] });
    expect(await store.loadSettingsWithStatus()).toMatchObject({ repaired: true });
    expect(await store.loadSettingsWithStatus()).toMatchObject({ repaired: false });
  });

  it('does not mistake keys in another order for damage', async () => {
    const settings = {
      ...structuredClone(DEFAULT_SETTINGS),
      hiddenTerms: [{ entityId: 'sana', text: 'Sana', site: null }],
    };
    local.data.set('settings', sortedKeys(settings));
    expect(await store.loadSettingsWithStatus()).toMatchObject({ settings, repaired: false });
  });

  it('has nothing to report on a first run', async () => {
    expect(await store.loadSettingsWithStatus()).toMatchObject({
      settings: DEFAULT_SETTINGS,
      repaired: false,
    });
    expect(local.data.has('settings')).toBe(false);
  });

  it('applies quick changes one after another, losing none', async () => {
    await Promise.all([
      store.updateSettings({ mentions: 'every' }),
      store.updateSettings({ showDemonyms: true }),
      store.updateSettings({ theme: 'dark' }),
    ]);
    expect(await store.loadSettings()).toMatchObject({
      mentions: 'every',
      showDemonyms: true,
      theme: 'dark',
    });
  });

  it('saves changes and resets to the defaults', async () => {
    await store.updateSettings({ mentions: 'every', disabledPacks: ['syria-2018'] });
    expect(await store.loadSettings()).toMatchObject({ mentions: 'every', disabledPacks: ['syria-2018'] });
    expect(await store.resetSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await store.loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
  it('repairs per entry: one malformed hidden term goes, the valid ones stay, and the notice names it', async () => {
    await local.set({
      settings: {
        ...structuredClone(DEFAULT_SETTINGS),
        hiddenTerms: [
          { entityId: 'sana', text: 'Sana', site: null },
          { entityId: 42, text: 'Assad', site: null },
          { entityId: 'sohr', text: 'SOHR', site: 'nos.nl' },
        ],
        disabledSites: ['a.example', { host: 'b.example' }],
      },
    });
    const loaded = await store.loadSettingsWithStatus();
    expect(loaded.settings.hiddenTerms.map((term) => term.text)).toEqual(['Sana', 'SOHR']);
    expect(loaded.settings.disabledSites).toEqual(['a.example']);
    expect(loaded.damaged).toEqual([
      { field: 'disabledSites', position: 2 },
      { field: 'hiddenTerms', name: 'Assad' },
    ]);
    // Written back repaired, and told once.
    expect((local.data.get('settings') as { hiddenTerms: unknown[] }).hiddenTerms).toHaveLength(2);
    expect((await store.loadSettingsWithStatus()).damaged).toEqual([]);
  });

  it("keeps a newer version's settings as they are: read, never rewritten, not changed by updates", async () => {
    const newer = {
      ...structuredClone(DEFAULT_SETTINGS),
      version: 99,
      theme: 'dark',
      futureOption: { a: 1 },
    };
    await local.set({ settings: newer });
    const loaded = await store.loadSettingsWithStatus();
    expect(loaded).toMatchObject({ newer: true, repaired: false });
    expect(loaded.settings.theme).toBe('dark');
    await expect(store.updateSettings({ theme: 'light' })).rejects.toThrow(store.NewerSettingsError);
    expect(local.data.get('settings')).toEqual(newer);
    await expect(store.resetSettings()).rejects.toThrow(store.NewerSettingsError);
    expect(local.data.get('settings')).toEqual(newer);
    // Damage inside them is not repaired in place either.
    await local.set({ settings: { ...newer, theme: 'purple' } });
    expect((await store.loadSettings()).theme).toBe('system');
    expect((local.data.get('settings') as { theme: string }).theme).toBe('purple');
  });
});
