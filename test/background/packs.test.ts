import { gzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { compilePacks } from '../../src/core/kb/compile';
import { combineIndex, createAnnotator } from '../../src/core/engine/reference';
import { cardInLanguage } from '../../src/core/kb/card-store';
import { packageDataFiles } from '../../src/core/engine/package-data';
import type { StoredPack } from '../../src/background/user-packs';
import { entity, pack } from '../core/pack-fixtures';
import { fakeBrowser } from './fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser() }));

/** The imported packs, in memory instead of IndexedDB. */
const stored = new Map<string, StoredPack>();
vi.mock('../../src/background/user-packs', () => ({
  allUserPacks: async () => [...stored.values()],
  getUserPack: async (id: string) => stored.get(id),
  putUserPack: async (value: StoredPack) => void stored.set(value.id, value),
  deleteUserPack: async (id: string) => void stored.delete(id),
}));

const BUNDLED = compilePacks([
  { file: 'world.json', data: pack('world', [entity('damascus', { labels: { nl: 'Damascus' } })]) },
  {
    file: 'syria.json',
    data: pack('syria', [
      entity('yarmouk', { labels: { nl: 'Yarmouk' }, summaries: { nl: 'Een wijk van Damascus.' } }),
    ]),
  },
]).index!;

/** The package's data files as the build writes them: the index, the pack list and the card store. */
const FILES = packageDataFiles(BUNDLED, (text) => gzipSync(text));
/** Files the package lacks, to see what the background does without them. */
const missing = new Set<string>();
/** Files whose reading never ends, to see what waits for them. */
const endless = new Set<string>();
globalThis.fetch = vi.fn(async (url: string | URL | Request) => {
  const file = String(url).slice(String(url).indexOf('data/'));
  if (endless.has(file)) await new Promise(() => undefined);
  const contents = missing.has(file) ? undefined : FILES.get(file);
  const body = contents instanceof Uint8Array ? new Uint8Array(contents).buffer : contents;
  return body === undefined ? new Response('not found', { status: 404 }) : new Response(body);
}) as typeof fetch;

const { annotateText } = await import('../../src/background/annotator');
const packs = await import('../../src/background/packs');
const { updateSettings } = await import('../../src/platform/settings-store');

const glossary = (id: string, ...entities: Record<string, unknown>[]) => pack(id, entities);

beforeEach(async () => {
  stored.clear();
  missing.clear();
  endless.clear();
  await updateSettings({ disabledPacks: [] });
});

/** The background's annotator as a freshly woken service worker has it: nothing read yet. */
async function wokenBackground() {
  vi.resetModules();
  return import('../../src/background/annotator');
}

describe('a woken background', () => {
  const yarmouk = BUNDLED.entities['yarmouk']!;

  const SHARD = 'data/cards/nl/0.json.gz';
  const dutch = cardInLanguage(yarmouk, 'nl');

  it('answers from the stubs in index.bin, without waiting for the card store', async () => {
    endless.add(SHARD);
    const background = await wokenBackground();
    const first = await background.annotateText('Het kamp Yarmouk.', 'nl', null, { cardLanguage: 'nl' });
    expect(first.mentions.map((m) => m.entityId)).toEqual(['yarmouk']);
    expect(first.partial).toBe(true);
    // Enough to paint the name and title its card; the rest comes with wholeCards.
    expect(first.cards['yarmouk']).toEqual({
      id: 'yarmouk',
      qid: null,
      type: yarmouk.type,
      packId: 'syria',
      labels: yarmouk.labels,
      related: yarmouk.related,
      // Its dated facts' properties and periods: their lines come with the whole card.
      facts: yarmouk.facts
        .filter((fact) => fact.start !== undefined)
        .map(({ property, start, end }) =>
          end ? { property, start, end, lines: {} } : { property, start, lines: {} },
        ),
      descriptions: {},
      summaries: {},
      sources: [],
      reviewed: '',
    });
    expect((await background.annotateText('Yarmouk.', 'nl', null, { cardLanguage: 'nl' })).partial).toBe(
      true,
    );
  });

  it('gives the whole cards in the reader’s language when asked, and puts them in later answers', async () => {
    const background = await wokenBackground();
    const first = await background.annotateText('Het kamp Yarmouk.', 'nl', null, { cardLanguage: 'nl' });
    expect(first.partial).toBe(true);
    expect(await background.wholeCards(['yarmouk', 'no-such-entity'], 'nl')).toEqual({ yarmouk: dutch });
    expect(dutch.summaries.nl).toBeTruthy();
    expect(dutch.sources.length).toBeGreaterThan(0);

    const later = await background.annotateText('Het kamp Yarmouk.', 'nl', null, { cardLanguage: 'nl' });
    expect(later.partial).toBeUndefined();
    expect(later.cards['yarmouk']).toEqual(dutch);
    // Another language's screen reads its own file.
    const english = await background.annotateText('Het kamp Yarmouk.', 'nl', null, { cardLanguage: 'en' });
    expect(english.partial).toBe(true);
    expect(await background.wholeCards(['yarmouk'], 'en')).toEqual({
      yarmouk: cardInLanguage(yarmouk, 'en'),
    });
  });

  it('with an imported pack, answers with the imported cards whole and the bundled ones from the store', async () => {
    const background = await wokenBackground();
    const { importPack } = await import('../../src/background/packs');
    const mine = entity('klaverveld', { labels: { nl: 'Klaverveld' } });
    await importPack('mine.json', glossary('mine', mine));
    const first = await background.annotateText('De Klaverveld in Yarmouk.', 'nl', null, {
      cardLanguage: 'nl',
    });
    expect(first.cards['klaverveld']?.sources).toEqual(mine.sources);
    expect(first.partial).toBe(true);
    expect(await background.wholeCards(['yarmouk', 'klaverveld'], 'nl')).toMatchObject({
      yarmouk: dutch,
      klaverveld: { labels: { nl: 'Klaverveld' }, sources: mine.sources },
    });
  });

  it('without its card file still annotates, says which is missing, and tries again on the next request', async () => {
    const background = await wokenBackground();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    missing.add(SHARD);
    const first = await background.annotateText('Het kamp Yarmouk.', 'nl', null, { cardLanguage: 'nl' });
    expect(first.mentions.map((m) => m.entityId)).toEqual(['yarmouk']);
    expect(first.partial).toBe(true);
    await expect(background.wholeCards(['yarmouk'], 'nl')).rejects.toThrow(
      `Cannot read the bundled data (${SHARD}: HTTP 404).`,
    );
    missing.clear();
    expect(await background.wholeCards(['yarmouk'], 'nl')).toEqual({ yarmouk: dutch });
    warn.mockRestore();
  });
});

describe('combineIndex', () => {
  const user: StoredPack = {
    id: 'mine',
    fileName: 'mine.csv',
    importedAt: '2026-03-02T10:00:00Z',
    pack: glossary('mine', entity('klaverveld', { labels: { nl: 'Klaverveld' } })) as never,
  };

  it('adds enabled imported packs after the bundled ones', () => {
    const { index, errors } = combineIndex(BUNDLED, [user], []);
    expect(errors).toEqual([]);
    expect(index.packs.map((p) => p.id)).toEqual(['world', 'syria', 'mine']);
    const mentions = createAnnotator(index).annotate('In Damascus en Klaverveld.', { language: 'nl' });
    expect(mentions.map((m) => m.entityId)).toEqual(['damascus', 'klaverveld']);
  });

  it('leaves out switched-off packs, bundled or imported', () => {
    const { index } = combineIndex(BUNDLED, [user], ['syria', 'mine']);
    expect(index.packs.map((p) => p.id)).toEqual(['world']);
    expect(Object.keys(index.entities)).toEqual(['damascus']);
    expect(index.aliases.every((alias) => alias.entityId === 'damascus')).toBe(true);
  });
});

describe('pack management', () => {
  it('imports a valid pack, lists it, exports it as it came in and removes it', async () => {
    const data = glossary('mine', entity('klaverveld', { labels: { nl: 'Klaverveld' } }));
    const result = await packs.importPack('mine.json', data);
    expect(result.errors).toEqual([]);
    expect(result.pack).toMatchObject({ id: 'mine', entities: 1, bundled: false });
    expect((await packs.listPacks()).map((p) => [p.id, p.bundled])).toEqual([
      ['world', true],
      ['syria', true],
      ['mine', false],
    ]);
    expect(JSON.parse((await packs.exportPack('mine')).json)).toEqual(data);
    await packs.removePack('mine');
    expect((await packs.listPacks()).map((p) => p.id)).toEqual(['world', 'syria']);
  });

  it('is used by the next annotation, and dropped when switched off', async () => {
    await packs.importPack(
      'mine.json',
      glossary('mine', entity('klaverveld', { labels: { nl: 'Klaverveld' } })),
    );
    expect((await annotateText('De Klaverveld in Yarmouk.', 'nl')).mentions.map((m) => m.entityId)).toEqual([
      'klaverveld',
      'yarmouk',
    ]);
    await updateSettings({ disabledPacks: ['mine', 'syria'] });
    expect((await annotateText('De Klaverveld in Yarmouk.', 'nl')).mentions).toEqual([]);
    // A content script sends its settings' list, and the worker takes it over what storage says (no read).
    const asSent = await annotateText('De Klaverveld in Yarmouk.', 'nl', null, { disabledPacks: ['mine'] });
    expect(asSent.mentions.map((m) => m.entityId)).toEqual(['yarmouk']);
  });

  it('walks every name in WebAssembly, with imported and switched-off packs too (one engine at runtime)', async () => {
    const background = await wokenBackground();
    expect(await background.namesWalk([])).toBe('webassembly');
    await packs.importPack(
      'mine.json',
      glossary('mine', entity('klaverveld', { labels: { nl: 'Klaverveld' } })),
    );
    background.invalidateAnnotator();
    for (const disabled of [[], ['syria'], ['mine'], ['mine', 'world']])
      expect(await background.namesWalk(disabled), disabled.join()).toBe('webassembly');
    const mentions = await background.annotateMentions('De Klaverveld in Yarmouk bij Damascus.', 'nl', null, [
      'world',
    ]);
    expect(mentions.map((m) => m.entityId)).toEqual(['klaverveld', 'yarmouk']);
  });

  it('refuses ids the bundled or imported packs already use, and stores nothing', async () => {
    const clash = await packs.importPack(
      'clash.json',
      glossary('world', entity('damascus'), entity('new-one')),
    );
    expect(clash.pack).toBeNull();
    expect(clash.errors).toEqual([
      {
        file: 'clash.json',
        entityId: null,
        field: 'id',
        code: 'importBundledPackId',
        params: [],
        message: 'duplicate pack id (also a bundled pack)',
      },
      {
        file: 'clash.json',
        entityId: 'damascus',
        field: 'id',
        code: 'importBundledEntityId',
        params: ['world'],
        message: 'duplicate entity id (also in the bundled pack "world")',
      },
    ]);
    await packs.importPack('a.json', glossary('a', entity('a-one')));
    const again = await packs.importPack('b.json', glossary('a', entity('a-two')));
    expect(again.errors.map((e) => e.message)).toEqual(['duplicate pack id (also a.json)']);
    const entityAgain = await packs.importPack('c.json', glossary('c', entity('a-one')));
    expect(entityAgain.errors.map((e) => e.message)).toEqual(['duplicate entity id (first in a.json)']);
    expect([...stored.keys()]).toEqual(['a']);
  });

  it('lists every schema error of an invalid pack, naming entity and field', async () => {
    const result = await packs.importPack(
      'bad.json',
      glossary('bad', entity('x', { type: 'thing', sources: [{ url: 'javascript:alert(1)', title: 'x' }] })),
    );
    expect(result.pack).toBeNull();
    expect(result.errors.map((e) => [e.entityId, e.field])).toEqual([
      ['x', 'type'],
      ['x', 'sources.0.url'],
    ]);
    expect(stored.size).toBe(0);
  });
});
