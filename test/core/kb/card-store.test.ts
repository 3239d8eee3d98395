import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  BUNDLED_FILE,
  CARD_SHARD_SIZE,
  cardInLanguage,
  cardShardOf,
  cardShardPath,
  cardStoreFiles,
  INDEX_BINARY_FILE,
  joinCard,
  type CardBase,
  type CardTexts,
  storeEntityIds,
} from '../../../src/core/kb/card-store';
import { packageDataFiles } from '../../../src/core/engine/package-data';
import { compilePacks } from '../../../src/core/kb/compile';
import { loadIndex } from '../../../src/core/engine/index-binary';
import { LANGUAGES } from '../../../src/core/kb/schema';
import { cardFromStub, encodeStubs, StubStore } from '../../../src/core/kb/stub-store';
import { entity, pack } from '../pack-fixtures';

const GZIP = (text: string) => gzipSync(text);
const read = (bytes: string | Uint8Array | undefined) => gunzipSync(bytes as Uint8Array).toString('utf8');

const INDEX = compilePacks([
  {
    file: 'syria.json',
    data: pack('syria', [
      entity('yarmouk', {
        labels: { nl: 'Yarmouk', en: 'Yarmouk', fr: 'Yarmouk', de: 'Jarmuk' },
        descriptions: { nl: 'Wijk van Damascus.', en: 'District of Damascus.' },
        summaries: { nl: 'Een wijk van Damascus.' },
      }),
      entity('sohr', {
        labels: { en: 'SOHR' },
        related: ['yarmouk'],
        facts: [
          { key: 'founded', value: '2006', asOf: '2018-05-21' },
          { key: 'director', value: 'Rami Abdulrahman', from: '2006', to: '2020-01-02', asOf: '2018-05-21' },
        ],
      }),
    ]),
  },
]).index!;

describe('entity stubs in the binary index', () => {
  const loaded = loadIndex(packageDataFiles(INDEX, GZIP).get(INDEX_BINARY_FILE) as Uint8Array, {
    wasm: false,
  });
  const stubOf = (id: string) => loaded.stubs.get(loaded.entityNumber(id));

  it('keep what resolving and painting need: type, pack, names, related entities both ways, dated periods', () => {
    const sohr = INDEX.entities['sohr']!;
    expect(stubOf('sohr')).toEqual({
      type: sohr.type,
      packId: 'syria',
      labels: { en: 'SOHR' },
      related: ['yarmouk'],
      facts: [{ property: 'note', start: '2006', end: '2020-01-02', lines: {} }],
    });
    // Yarmouk lists nothing, but SOHR lists it: the relation is read from either side without a pass over all.
    expect(stubOf('yarmouk')).toMatchObject({
      labels: { nl: 'Yarmouk', en: 'Yarmouk', fr: 'Yarmouk', de: 'Jarmuk' },
      related: ['sohr'],
      facts: [],
    });
    // A card from its stub alone: the rest empty until the whole card comes.
    expect(cardFromStub('sohr', stubOf('sohr')!)).toEqual({
      ...sohr,
      // The pack's title and the date of its data come with the whole card; until then the card names the pack
      // by its id.
      packTitle: undefined,
      packAsOf: undefined,
      related: ['yarmouk'],
      facts: [{ property: 'note', start: '2006', end: '2020-01-02', lines: {} }],
      descriptions: {},
      summaries: {},
      sources: [],
      reviewed: '',
    });
  });

  it('number entities as their sorted ids, and know no others', () => {
    expect(loaded.entityCount).toBe(2);
    expect([loaded.entityId(0), loaded.entityId(1)]).toEqual(['sohr', 'yarmouk']);
    expect(loaded.entityNumber('yarmouk')).toBe(1);
    expect(loaded.entityNumber('no-such-entity')).toBe(-1);
    expect(loaded.stubs.get(7)).toBeNull();
  });

  it("keep a place's population, the resolver's prior among namesakes, and no population elsewhere", () => {
    const parts = encodeStubs(['a', 'b'], {
      a: { type: 'place', packId: 'p', labels: { en: 'A' }, related: ['b'], facts: [], population: 593_085 },
      b: { type: 'place', packId: 'p', labels: { en: 'B' }, related: [], facts: [] },
    });
    const store = new StubStore(parts, (n) => ['a', 'b'][n]!);
    expect(store.get(0)?.population).toBe(593_085);
    expect(store.get(0)?.related).toEqual(['b']);
    expect(store.get(1)).not.toHaveProperty('population');
  });

  it('say so when a record is damaged instead of reading past it', () => {
    const parts = encodeStubs(['a'], {
      a: { type: 'person', packId: 'p', labels: { en: 'A' }, related: [], facts: [] },
    });
    const cut = { ...parts, offsets: Uint32Array.of(0, 3) };
    expect(() => new StubStore(cut, () => 'a').get(0)).toThrow('damaged entity stub');
  });
});

describe('the card store', () => {
  it('holds each card in each language with that language’s texts only, falling back as a screen would', () => {
    const yarmouk = INDEX.entities['yarmouk']!;
    const french = cardInLanguage(yarmouk, 'fr');
    // No French description: the English one, as textIn() would show it, stored under fr.
    expect(french.descriptions).toEqual({ fr: 'District of Damascus.' });
    expect(french.summaries).toEqual({ fr: 'Een wijk van Damascus.' });
    expect(french.labels).toEqual(yarmouk.labels);
    const sohr = cardInLanguage(INDEX.entities['sohr']!, 'de');
    for (const fact of sohr.facts) expect(Object.keys(fact.lines)).toEqual(['de']);
  });

  it('files the cards by entity number, a language-neutral file and one per language, and joins them back', () => {
    const ids = storeEntityIds(INDEX);
    expect(ids).toEqual(['sohr', 'yarmouk']);
    const files = cardStoreFiles(INDEX, ids);
    expect([...files.keys()]).toEqual(
      ['base', 'nl', 'en', 'fr', 'de'].map((part) => `data/cards/${part}/0.json.gz`),
    );
    const base = JSON.parse(files.get(cardShardPath('base', 0))!) as Record<string, CardBase>;
    expect(base['yarmouk']).toMatchObject({ descriptions: {}, summaries: {}, labels: { de: 'Jarmuk' } });
    for (const lang of LANGUAGES) {
      const texts = JSON.parse(files.get(cardShardPath(lang, 0))!) as Record<string, CardTexts>;
      for (const id of ids)
        expect(joinCard(base[id]!, texts[id], lang)).toEqual(cardInLanguage(INDEX.entities[id]!, lang));
    }
    expect(cardShardOf(CARD_SHARD_SIZE - 1)).toBe(0);
    expect(cardShardOf(CARD_SHARD_SIZE)).toBe(1);
  });

  it('comes with the index and the pack list in the package’s data', () => {
    const files = packageDataFiles(INDEX, GZIP);
    expect(JSON.parse(files.get(BUNDLED_FILE) as string)).toEqual({ packs: INDEX.packs, cues: INDEX.cues });
    expect(files.get(INDEX_BINARY_FILE)).toBeInstanceOf(Uint8Array);
    // The card store's files gzipped, the same JSON once inflated.
    const plain = cardStoreFiles(INDEX, storeEntityIds(INDEX));
    for (const [path, json] of plain) expect(read(files.get(path))).toBe(json);
  });
});
