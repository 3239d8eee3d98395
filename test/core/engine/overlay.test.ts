/**
 * The reader's imported and switched-off packs as an overlay on the bundled index (engine/overlay.ts) annotate
 * exactly as the index combineIndex() rebuilds (the reference, in JavaScript alone), over the news evaluation's
 * articles and the seed article, with the real bundled packs; and the overlay walks every name in WebAssembly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAndCompilePacks } from '../../../scripts/lib/packs';
import { annotatorFromLoaded } from '../../../src/core/engine/from-bytes';
import { encodeIndex, loadIndex, readIndexLazily } from '../../../src/core/engine/index-binary';
import { overlayAnnotator } from '../../../src/core/engine/overlay';
import { combineIndex, createAnnotator, type ImportedPack } from '../../../src/core/engine/reference';
import type { Lang } from '../../../src/core/kb/schema';
import type { Mention } from '../../../src/core/resolve/mention';
import { keyWords } from '../../../src/core/text/key-words';
import { SEED_ARTICLE_TEXT } from '../../fixtures/seed-article';
import { entity, pack } from '../pack-fixtures';

const { index } = loadAndCompilePacks();
const BUNDLED = index!;
const BYTES = new Uint8Array(encodeIndex(BUNDLED));
/** The bundled index as the background has it: loaded once, its names walked in its WebAssembly scan. */
const LOADED = loadIndex(BYTES.slice());

/** The news evaluation's articles (eval/news, four languages, with their dates) and the seed article. */
const ARTICLES: { name: string; text: string; language: Lang; published: string }[] = [
  { name: 'seed', text: SEED_ARTICLE_TEXT, language: 'nl', published: '2018-05-21' },
  ...readdirSync('eval/news')
    .filter((file) => file.endsWith('.txt'))
    .map((file) => ({
      name: file,
      text: readFileSync(`eval/news/${file}`, 'utf8'),
      language: file.slice(0, 2) as Lang,
      published: (
        JSON.parse(readFileSync(`eval/news/${file.replace(/\.txt$/, '.json')}`, 'utf8')) as {
          published: string;
        }
      ).published,
    })),
];

/** What the bundled packs alone link in each article. */
const BUNDLED_MENTIONS = (() => {
  const annotator = annotatorFromLoaded(LOADED);
  return ARTICLES.map(({ text, language, published }) => annotator.annotate(text, { language, published }));
})();

/**
 * A mention with the alias in its "why" as the words it spells: the binary index keeps an entity's aliases in another
 * order than the compiled one, so where two of them spell the same words ("Robert Downey Jr." and "Robert Downey Jr")
 * the "why" may name the other, and the mention take the full stop or not (as the bundled index alone does too).
 */
function bySpelling(mention: Mention) {
  const text = mention.text.replace(/\.$/, '');
  return {
    ...mention,
    text,
    end: mention.start + text.length,
    why: { ...mention.why, alias: keyWords(mention.why.alias).join(' ') },
  };
}

const TYPES = ['person', 'place', 'organisation'] as const;

function imported(id: string, entities: Record<string, unknown>[]): ImportedPack {
  return { id, fileName: `${id}.json`, pack: pack(id, entities) };
}

/**
 * A glossary of entities the bundled packs do not have: capitalised words no bundled name takes, and longer names
 * that start with a bundled one (the name and the next word: the longer must win across both indexes).
 */
function newNames(): ImportedPack {
  const entities: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  const add = (name: string, lang: Lang, fields: Record<string, unknown> = {}) => {
    if (seen.has(name.toLowerCase())) return;
    seen.add(name.toLowerCase());
    const k = entities.length;
    entities.push(entity(`new-${k}`, { type: TYPES[k % 3], labels: { [lang]: name }, ...fields }));
  };
  ARTICLES.forEach(({ text, language }, a) => {
    const mentions = BUNDLED_MENTIONS[a] ?? [];
    const free = [...text.matchAll(/\p{Lu}\p{Ll}{5,}/gu)].filter(
      (word) => !mentions.some((m) => m.start < word.index + word[0].length && m.end > word.index),
    );
    for (const word of free.slice(0, 2)) add(word[0], language);
    let longer = 0;
    for (const m of mentions) {
      const next = /^ (\p{Lu}\p{L}+)/u.exec(text.slice(m.end));
      if (!next || longer >= 2) continue;
      add(
        `${m.text} ${next[1]}`,
        language,
        longer === 0 ? { related: [`new-${Math.max(0, entities.length - 1)}`] } : {},
      );
      longer++;
    }
  });
  return imported('glossary-new', entities);
}

/**
 * A glossary whose names the bundled packs also have: the same words, another entity, some only with context (cue
 * words taken from the article near the name), some of people with given names.
 */
function sharedNames(): ImportedPack {
  const entities: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  ARTICLES.forEach(({ text, language }, a) => {
    for (const m of (BUNDLED_MENTIONS[a] ?? []).slice(0, 3)) {
      if (seen.has(m.text.toLowerCase())) continue;
      seen.add(m.text.toLowerCase());
      const k = entities.length;
      const near = keyWords(text.slice(Math.max(0, m.start - 60), m.start)).filter((w) => w.length > 4);
      const fields: Record<string, unknown> =
        k % 2 === 0
          ? { labels: { [language]: m.text } }
          : {
              labels: { [language]: `Andere ${m.text}` },
              aliases: { [language]: [{ text: m.text, needsContext: true }] },
              ...(near.length > 0 && k % 4 === 1 && { cues: { [language]: near.slice(-1) } }),
            };
      entities.push(entity(`shared-${k}`, { type: TYPES[k % 3], ...fields }));
    }
  });
  return imported('glossary-shared', entities);
}

const NEW = newNames();
const SHARED = sharedNames();

const SCENARIOS: { name: string; packs: ImportedPack[]; disabled: string[] }[] = [
  { name: 'bundled packs switched off', packs: [], disabled: ['cities', 'leaders', 'geography'] },
  { name: 'an imported glossary of new names', packs: [NEW], disabled: [] },
  { name: 'an imported glossary sharing names with the bundled packs', packs: [SHARED], disabled: [] },
  {
    name: 'both, with bundled packs switched off',
    packs: [NEW, SHARED],
    disabled: ['cities', 'leaders', 'parties-world', 'towns'],
  },
  { name: 'an imported glossary switched off', packs: [NEW, SHARED], disabled: ['glossary-shared', 'world'] },
];

/** Mentions of every article by `annotate`, by spelling. */
function annotateAll(annotate: (text: string, language: Lang, published: string) => Mention[]) {
  return ARTICLES.map(({ text, language, published }) => annotate(text, language, published).map(bySpelling));
}

describe('imported and switched-off packs as an overlay on the bundled index', () => {
  it('are real tests: the glossaries hold names the articles use, and change what is linked', () => {
    expect(ARTICLES.length).toBeGreaterThan(40);
    expect((NEW.pack as { entities: unknown[] }).entities.length).toBeGreaterThan(80);
    expect((SHARED.pack as { entities: unknown[] }).entities.length).toBeGreaterThan(40);
  });

  for (const { name, packs, disabled } of SCENARIOS)
    it(`annotate as the rebuilt combined index: ${name}`, { timeout: 120_000 }, async () => {
      const combined = combineIndex(BUNDLED, packs, disabled);
      expect(combined.errors).toEqual([]);
      const reference = createAnnotator(combined.index);
      const overlay = await overlayAnnotator(LOADED, packs, disabled);
      expect(overlay.errors).toEqual([]);
      expect(overlay.annotator.walk).toBe('webassembly');
      const expected = annotateAll((text, language, published) =>
        reference.annotate(text, { language, published }),
      );
      const found = annotateAll((text, language, published) =>
        overlay.annotator.annotate(text, { language, published }),
      );
      ARTICLES.forEach(({ name: article }, a) => expect(found[a], article).toEqual(expected[a]));
      // The scenario changes what the bundled packs alone link.
      expect(found).not.toEqual(BUNDLED_MENTIONS.map((mentions) => mentions.map(bySpelling)));
      const ids = new Set(found.flat().map((m) => m.entityId));
      for (const stored of packs.filter((p) => !disabled.includes(p.id)))
        expect([...ids].some((id) => id.startsWith(stored.id.replace('glossary-', '')))).toBe(true);
      for (const id of ids) expect(disabled).not.toContain(combined.index.entities[id]?.packId);
    });

  it('annotate as the rebuilt index from an index whose stubs are read as articles need them', async () => {
    const { packs, disabled } = SCENARIOS[3]!;
    const loaded = await readIndexLazily(new Blob([BYTES]));
    const overlay = await overlayAnnotator(loaded, packs, disabled);
    const reference = createAnnotator(combineIndex(BUNDLED, packs, disabled).index);
    for (const { name, text, language, published } of ARTICLES) {
      await overlay.annotator.prepare!(text);
      expect(overlay.annotator.annotate(text, { language, published }).map(bySpelling), name).toEqual(
        reference.annotate(text, { language, published }).map(bySpelling),
      );
    }
    expect(loaded.stubs.misses).toBe(0);
  });

  it('annotate a text longer than an article, matched in parts by both indexes, as the rebuilt index', async () => {
    const { packs, disabled } = SCENARIOS[3]!;
    const text = [...ARTICLES, ...ARTICLES].map((article) => article.text).join('\n\n');
    expect(text.length).toBeGreaterThan(150_000);
    const overlay = await overlayAnnotator(LOADED, packs, disabled);
    const reference = createAnnotator(combineIndex(BUNDLED, packs, disabled).index);
    const found = overlay.annotator.annotate(text, { language: 'de' });
    expect(found.length).toBeGreaterThan(1000);
    expect(found.map(bySpelling)).toEqual(reference.annotate(text, { language: 'de' }).map(bySpelling));
  });

  it('keep the rules of an id both use: an enabled bundled entity wins it, a switched-off one leaves it', async () => {
    const clash = imported('glossary-clash', [
      // "nato" is a bundled entity (organisations): it keeps its id, and this pack's name for it counts for nothing.
      entity('nato', { type: 'place', labels: { de: 'Nordatlantikpakt' }, cues: { de: ['Bündnis'] } }),
      // "amsterdam" is bundled too, in a pack switched off here: this pack's entity is the one linked.
      entity('amsterdam', { type: 'organisation', labels: { nl: 'Mokum' } }),
      entity('clash-new', { labels: { de: 'Klaverbündnis' } }),
    ]);
    const disabled = [BUNDLED.entities['amsterdam']!.packId];
    const text = 'Das Klaverbündnis, der Nordatlantikpakt und die Nato tagen. In Mokum en Amsterdam.';
    const combined = combineIndex(BUNDLED, [clash], disabled);
    const overlay = await overlayAnnotator(LOADED, [clash], disabled);
    expect(Object.keys(overlay.imported).sort()).toEqual(['amsterdam', 'clash-new']);
    for (const language of ['de', 'nl'] as const) {
      const expected = createAnnotator(combined.index).annotate(text, { language });
      expect(overlay.annotator.annotate(text, { language }).map(bySpelling)).toEqual(
        expected.map(bySpelling),
      );
    }
    const ids = overlay.annotator.annotate(text, { language: 'de' }).map((m) => m.entityId);
    expect(ids).toEqual(expect.arrayContaining(['clash-new', 'nato', 'amsterdam']));
  });
});
