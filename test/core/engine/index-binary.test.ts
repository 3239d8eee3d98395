import { describe, expect, it } from 'vitest';
import { createAnnotator } from '../../../src/core/engine/reference';
import { readdirSync, readFileSync } from 'node:fs';
import { annotatorFromLoaded, createAnnotatorFromBytes } from '../../../src/core/engine/from-bytes';
import { encodeIndex, loadIndex } from '../../../src/core/engine/index-binary';
import { guessLanguage } from '../../../src/core/text/language';
import { keyWords } from '../../../src/core/text/key-words';
import type { Mention } from '../../../src/core/resolve/mention';
import { loadAndCompilePacks } from '../../../scripts/lib/packs';
import type { CompiledIndex } from '../../../src/core/kb/index-format';
import { SEED_ARTICLE_TEXT } from '../../fixtures/seed-article';
import { entity, indexOf } from '../pack-fixtures';

const index = indexOf(
  entity('islamic-state', {
    type: 'group',
    labels: { nl: 'Islamitische Staat', fr: 'État islamique' },
    aliases: { nl: [{ text: 'IS', caseSensitive: true }, 'Daesh'] },
  }),
  entity('sana', {
    type: 'organisation',
    labels: { en: 'Syrian Arab News Agency' },
    aliases: { nl: [{ text: 'Sana', needsContext: true }] },
    cues: { nl: ['agentschap', 'Agentschap'], en: ['News Agency', 'news agency'], fr: ['agence de presse'] },
  }),
  entity('syria', {
    labels: { nl: 'Syrië', de: 'Syrien' },
    aliases: { nl: [{ text: 'Syrische', demonym: true }] },
  }),
  entity('yarmouk', { labels: { en: 'Yarmouk' } }),
  entity('houston', { labels: { en: 'Houston' }, aliases: { en: [{ text: 'Houston', personName: true }] } }),
);

const SENTENCES = [
  'Het agentschap Sana meldt dat IS en Daech zich terugtrekken uit Jarmuk, in het zuiden van Syrië.',
  "Die Zukunft Syriens; l'État islamique; het Syrische leger; is het IS? ISBN Sanatorium",
];

/** A mention with the alias in its "why" as the words it spells. */
function bySpelling(mention: Mention) {
  return { ...mention, why: { ...mention.why, alias: keyWords(mention.why.alias).join(' ') } };
}

/** The bundled packs compiled once for this file: compiling ten thousand entities takes seconds. */
let compiledBundled: CompiledIndex | undefined;
function bundledPacks(): CompiledIndex {
  if (!compiledBundled) {
    const { index, errors } = loadAndCompilePacks('assets/packs');
    if (!index) throw new Error(`bundled packs invalid: ${errors.length} errors`);
    compiledBundled = index;
  }
  return compiledBundled;
}

describe('binary index', () => {
  it('keeps the personName hint: the city is linked, the singer Whitney Houston is not', () => {
    const text = 'Het weer in Houston was slecht; de zangeres Whitney Houston trad op.';
    for (const annotator of [createAnnotator(index), createAnnotatorFromBytes(encodeIndex(index))])
      expect(annotator.annotate(text, { language: 'nl' }).map((m) => [m.start, m.entityId])).toEqual([
        [text.indexOf('Houston'), 'houston'],
      ]);
  });

  it('annotates exactly like the JSON index', () => {
    const fromJson = createAnnotator(index);
    const fromBytes = createAnnotatorFromBytes(encodeIndex(index));
    for (const text of SENTENCES) {
      expect(fromBytes.annotate(text, { language: 'nl' })).toEqual(
        fromJson.annotate(text, { language: 'nl' }),
      );
      expect(fromBytes.annotate(text, { language: 'nl' }).length).toBeGreaterThan(2);
    }
  });

  it('annotates the seed article like the JSON index, with the bundled packs', () => {
    const seed = bundledPacks();
    const fromBytes = createAnnotatorFromBytes(encodeIndex(seed));
    expect(fromBytes.annotate(SEED_ARTICLE_TEXT, { language: 'nl' })).toEqual(
      createAnnotator(seed).annotate(SEED_ARTICLE_TEXT, { language: 'nl' }),
    );
  });

  it(
    'annotates every fixture article like the JSON index, with the bundled packs (the WebAssembly walk)',
    {
      timeout: 120_000,
    },
    () => {
      const packs = bundledPacks();
      const loaded = loadIndex(encodeIndex(packs));
      expect(loaded.wasm).toBeDefined();
      const fromBytes = annotatorFromLoaded(loaded);
      const fromJson = createAnnotator(packs);
      const files = readdirSync('test/fixtures/articles').filter((name) => name.endsWith('.txt'));
      expect(files.length).toBeGreaterThanOrEqual(8);
      for (const file of files) {
        const text = readFileSync(`test/fixtures/articles/${file}`, 'utf8');
        const language = guessLanguage(text) ?? 'en';
        const expected = fromJson.annotate(text, { language });
        expect(expected.length, file).toBeGreaterThan(5);
        // The binary index holds names and cues; the cards' facts come with the call, as the background passes them.
        // It keeps an entity's aliases in another order, so where two of them spell the same words ("Al Qaeda",
        // "al-Qaeda") the "why" may name the other: compared by the words they spell.
        const found = fromBytes.annotate(text, { language, entities: packs.entities });
        expect(found.map(bySpelling), file).toEqual(expected.map(bySpelling));
        // Without the cards, the stubs in the index carry what the resolver weighs of them: the same mentions.
        for (const published of [null, '1999-06-01', '2018-05-21'])
          expect(
            fromBytes.annotate(text, { language, published }).map(bySpelling),
            `${file} ${published}`,
          ).toEqual(fromJson.annotate(text, { language, published }).map(bySpelling));
      }
    },
  );

  it('settles a name by the dated facts in its stubs, without the cards (Hafez in 1999, Bashar in 2018)', () => {
    const fromBytes = annotatorFromLoaded(loadIndex(encodeIndex(bundledPacks())));
    const assad = (published: string) =>
      fromBytes.annotate('President Assad sprak in Damascus.', { language: 'nl', published })[0]?.entityId;
    expect(assad('1999-06-01')).toBe('hafez-al-assad');
    expect(assad('2018-05-21')).toBe('bashar-al-assad');
  });

  it('loads from an unaligned copy and keeps every alias field', () => {
    const bytes = encodeIndex(index);
    const unaligned = new Uint8Array(bytes.length + 1).subarray(1);
    unaligned.set(bytes);
    const loaded = loadIndex(unaligned);
    // The index stores the aliases in its own order (grouped by the node their name ends at): the same set.
    const stored = Array.from({ length: loaded.aliases.length }, (_, k) => loaded.aliases.get(k));
    const byText = (a: { text: string; entityId: string }, b: { text: string; entityId: string }) =>
      a.text.localeCompare(b.text) || a.entityId.localeCompare(b.entityId);
    expect(stored.sort(byText)).toEqual([...index.aliases].sort(byText));
    // The cues as their key words, each once, ready to split: no folding when a woken background loads them, and
    // read from the entity's record only when asked for.
    expect(loaded.cues.get('sana')).toEqual(
      ['agentschap', 'news agency', 'agence de presse'].map((cue) => ({ words: cue.split(' ') })),
    );
    expect(loaded.cues.get('no-such-entity')).toBeUndefined();
  });

  it('keeps 100,000 generated names and their entities, each decoded from its front-coded block', () => {
    const aliases = Array.from({ length: 100_000 }, (_, k) => ({
      text: `Name ${k.toString(36)} ${'ab'.repeat(k % 7)}`,
      entityId: `e${k >> 1}`,
      lang: 'en' as const,
      caseSensitive: k % 5 === 0,
      needsContext: false,
      demonym: false,
    }));
    const loaded = loadIndex(encodeIndex({ aliases, cues: {} }));
    expect(loaded.entityCount).toBe(50_000);
    const stored = new Map<string, unknown>();
    for (let k = 0; k < loaded.aliases.length; k++)
      stored.set(loaded.aliases.get(k).text, loaded.aliases.get(k));
    expect(stored.size).toBe(aliases.length);
    for (const alias of aliases) expect(stored.get(alias.text)).toEqual(alias);
  }, 30_000); // Builds and decodes 100,000 names: seconds on a busy two-core machine.

  it('rejects bytes that are not an index', () => {
    expect(() => loadIndex(new Uint8Array(64))).toThrow(/not a Backstory index/);
  });

  it('rejects an index of an older version, and one whose packed outputs have no width', () => {
    const bytes = encodeIndex(index);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const older = bytes.slice();
    new DataView(older.buffer).setUint32(4, 4, true);
    expect(() => loadIndex(older)).toThrow(/unsupported Backstory index version 4/);
    // The names table's first section: its fingerprint width, then runFirst's and outList's.
    const widths = view.getUint32(12, true);
    for (const [at, width] of [
      [1, 0],
      [2, 33],
    ] as const) {
      const damaged = bytes.slice();
      damaged[widths + at] = width;
      expect(() => loadIndex(damaged)).toThrow(new RegExp(`${width} bits is no width`));
    }
  });
});
