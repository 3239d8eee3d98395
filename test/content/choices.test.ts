/* The reader's choices on a card: "Not this" and "Hide", kept in the settings; Hide's note undoes it. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../background/fake-browser';
import { card, mentionIn } from './card-fixture';

const fake = fakeBrowser();
vi.mock('webextension-polyfill', () => ({ default: fake }));
const toast = vi.hoisted(() => ({ showUndoToast: vi.fn() }));
vi.mock('../../src/content/popover/toast', () => toast);

const { createChoices } = await import('../../src/content/choices');
const { loadSettings } = await import('../../src/platform/settings-store');
const { DEFAULT_SETTINGS } = await import('../../src/settings');

const TEXT = 'Assad sprak in Damascus.';
const ASSAD = card('assad', 'person');
const HAFEZ = { ...card('hafez', 'person'), labels: { en: 'Hafez al-Assad', nl: 'Hafez al-Assad' } };

/** The settings the session annotates with, stored as they are. */
async function settingsNow(change: Partial<typeof DEFAULT_SETTINGS> = {}) {
  const settings = { ...structuredClone(DEFAULT_SETTINGS), ...change };
  await fake.storage.local.set({ settings });
  return settings;
}

beforeEach(() => {
  fake.storage.local.data.clear();
  toast.showUndoToast.mockReset();
});

describe('Not this', () => {
  it('remembers the other meaning, for every site or only this one', async () => {
    const choices = createChoices({ settings: await settingsNow(), hostname: 'news.example', lang: 'nl' });
    choices.choose(mentionIn(TEXT, 'Assad', 'assad'), HAFEZ, true);
    await vi.waitFor(async () =>
      expect((await loadSettings()).chosenMeanings).toEqual([
        { text: 'Assad', from: 'assad', to: 'hafez', label: 'Hafez al-Assad', site: 'news.example' },
      ]),
    );
  });

  it('takes the earlier choice back when the reader chooses the meaning the data gave first', async () => {
    const earlier = { text: 'Assad', from: 'assad', to: 'hafez', label: 'Hafez al-Assad', site: null };
    const settings = await settingsNow({ chosenMeanings: [earlier] });
    const choices = createChoices({ settings, hostname: 'news.example', lang: 'en' });
    // The mention as the background relinked it: the data's first meaning leads its alternatives.
    const relinked = mentionIn(TEXT, 'Assad', 'hafez', 0, { chosen: true, alternatives: ['assad'] });
    choices.choose(relinked, ASSAD, false);
    await vi.waitFor(async () => expect((await loadSettings()).chosenMeanings).toEqual([]));
  });
});

describe('Hide', () => {
  it('hides the term, and its note’s Undo shows it again without undoing what was hidden meanwhile', async () => {
    const choices = createChoices({ settings: await settingsNow(), hostname: 'news.example', lang: 'en' });
    choices.hide(mentionIn(TEXT, 'Assad', 'assad'), ASSAD, false, true);
    const term = { entityId: 'assad', text: 'Assad', site: null };
    await vi.waitFor(() => expect(toast.showUndoToast).toHaveBeenCalledTimes(1));
    expect((await loadSettings()).hiddenTerms).toEqual([term]);
    const [message, undoLabel, undo, options] = toast.showUndoToast.mock.calls[0]!;
    expect([message, undoLabel]).toEqual(['hiddenToast', 'toastUndo']);
    expect(options).toMatchObject({ focus: true });

    const other = { entityId: 'damascus', text: 'Damascus', site: 'news.example' };
    await settingsNow({ hiddenTerms: [term, other] });
    (undo as () => void)();
    await vi.waitFor(async () => expect((await loadSettings()).hiddenTerms).toEqual([other]));
  });

  it('says so when the term is hidden on this site only', async () => {
    const choices = createChoices({ settings: await settingsNow(), hostname: 'news.example', lang: 'en' });
    choices.hide(mentionIn(TEXT, 'Assad', 'assad'), ASSAD, true, false);
    await vi.waitFor(() => expect(toast.showUndoToast).toHaveBeenCalledTimes(1));
    expect(toast.showUndoToast.mock.calls[0]![0]).toBe('hiddenToastSite');
    expect((await loadSettings()).hiddenTerms).toEqual([
      { entityId: 'assad', text: 'Assad', site: 'news.example' },
    ]);
  });
});
