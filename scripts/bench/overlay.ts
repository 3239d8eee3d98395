/**
 * `npx tsx scripts/bench/overlay.ts [dist/data]`: what switching one bundled pack off or importing a glossary costs a
 * running background, from the change to the seed article's first annotation after it, over the built
 * `data/index.bin` and `data/bundled.json` (run `npm run build` first). Before (#19): the background rebuilt the
 * combined index from every entity's stub and a matcher for it in JavaScript (reference.ts's combineIndex and
 * createAnnotator, as src/background/annotator.ts did); after: the overlay on the bundled index (engine/overlay.ts).
 * The index is loaded whole, as a running worker has it once its stubs are read. Median of a few runs; a few seconds.
 * With `node --expose-gc --import tsx scripts/bench/overlay.ts` it also prints the heap each keeps.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { annotatorFromLoaded } from '../../src/core/engine/from-bytes';
import { loadIndex, type LoadedIndex } from '../../src/core/engine/index-binary';
import { overlayAnnotator } from '../../src/core/engine/overlay';
import { combineIndex, createAnnotator, type ImportedPack } from '../../src/core/engine/reference';
import type { CompiledIndex, EntityCard } from '../../src/core/kb/index-format';
import { cardFromStub } from '../../src/core/kb/stub-store';
import { SEED_ARTICLE_TEXT } from '../../test/fixtures/seed-article';

const DATA = process.argv[2] ?? 'dist/data';
const RUNS = 5;

/** The bundled index as the background made it to rebuild: every entity's stub as a card, every alias made. */
function bundledIndex(loaded: LoadedIndex, meta: Pick<CompiledIndex, 'packs' | 'cues'>): CompiledIndex {
  const aliases = Array.from({ length: loaded.aliases.length }, (_, k) => loaded.aliases.get(k));
  const entities: Record<string, EntityCard> = {};
  for (let n = 0; n < loaded.entityCount; n++) {
    const stub = loaded.stubs.get(n);
    if (stub) entities[loaded.entityId(n)] = cardFromStub(loaded.entityId(n), stub);
  }
  return { format: 'backstory-index', version: 1, ...meta, entities, aliases };
}

/** A glossary of `count` made-up entities, as a reader imports one. */
function glossary(count: number): ImportedPack {
  const entities = Array.from({ length: count }, (_, k) => ({
    id: `bench-${k}`,
    qid: null,
    type: 'organisation',
    labels: { nl: `Stichting Klaverveld ${k}` },
    aliases: { nl: [`Klaverveld ${k}`] },
    descriptions: { nl: 'Verzonnen stichting.' },
    sources: [{ url: 'https://example.org/klaverveld', title: 'Voorbeeld' }],
    reviewed: '2026-12-06',
  }));
  const pack = {
    format: 'backstory-pack',
    version: 1,
    id: `glossary-${count}`,
    title: { nl: 'Bench' },
    license: 'CC0-1.0',
    entities,
  };
  return { id: pack.id, fileName: `${pack.id}.json`, pack };
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
}

async function timed(work: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  return median(times);
}

const loaded = loadIndex(readFileSync(path.join(DATA, 'index.bin')));
const meta = JSON.parse(readFileSync(path.join(DATA, 'bundled.json'), 'utf8')) as Pick<
  CompiledIndex,
  'packs' | 'cues'
>;
const options = { language: 'nl' as const, published: '2018-05-21' };
const cases: { name: string; packs: ImportedPack[]; disabled: string[] }[] = [
  { name: 'one bundled pack switched off (cities)', packs: [], disabled: ['cities'] },
  { name: 'a glossary of 10 entities imported', packs: [glossary(10)], disabled: [] },
  { name: 'a glossary of 1,000 entities imported', packs: [glossary(1000)], disabled: [] },
];

console.log(
  `change → first annotation of the seed article, ${loaded.entityCount.toLocaleString('en')} bundled entities (median of ${RUNS}):`,
);
for (const { name, packs, disabled } of cases) {
  const walks = { before: '', after: '' };
  const before = await timed(() => {
    const { index } = combineIndex(bundledIndex(loaded, meta), packs, disabled);
    const annotator = createAnnotator(index);
    walks.before = annotator.walk;
    return annotator.annotate(SEED_ARTICLE_TEXT, { ...options, entities: index.entities });
  });
  const after = await timed(async () => {
    const { annotator } = await overlayAnnotator(loaded, packs, disabled);
    await annotator.prepare?.(SEED_ARTICLE_TEXT);
    walks.after = annotator.walk;
    return annotator.annotate(SEED_ARTICLE_TEXT, options);
  });
  console.log(
    `  ${name}: before (rebuilt, names walked in ${walks.before}) ${before.toFixed(0)} ms; ` +
      `after (overlay, in ${walks.after}) ${after.toFixed(1)} ms`,
  );
}

// Then each article: the seed article annotated again and again (the overlay scans the text twice, once per index).
const { index: rebuilt } = combineIndex(bundledIndex(loaded, meta), [glossary(10)], ['cities']);
const annotators = {
  'bundled packs alone': annotatorFromLoaded(loaded),
  rebuilt: createAnnotator(rebuilt),
  overlay: (await overlayAnnotator(loaded, [glossary(10)], ['cities'])).annotator,
};
// Warmed up, then measured in turns, so that no annotator has the JIT's later work to itself.
const entries = Object.entries(annotators);
for (let k = 0; k < 30; k++)
  for (const [, annotator] of entries) annotator.annotate(SEED_ARTICLE_TEXT, options);
const times = entries.map((): number[] => []);
for (let k = 0; k < 50; k++)
  entries.forEach(([, annotator], e) => {
    const start = performance.now();
    annotator.annotate(SEED_ARTICLE_TEXT, options);
    times[e]!.push(performance.now() - start);
  });
const each = entries.map(([name], e) => `${name} ${median(times[e]!).toFixed(2)} ms`);
// What each keeps on the heap and in array buffers (WebAssembly memory among them), with node --expose-gc.
const gc = (globalThis as { gc?: () => void }).gc;
if (gc) {
  const retained = async (make: () => Promise<unknown> | unknown) => {
    const used = () => {
      gc();
      const { heapUsed, arrayBuffers } = process.memoryUsage();
      return heapUsed + arrayBuffers;
    };
    const before = used();
    const kept = await make();
    const bytes = used() - before;
    void kept;
    return `${(bytes / 1e6).toFixed(1)} MB`;
  };
  const rebuiltHeap = await retained(() => {
    const { index } = combineIndex(bundledIndex(loaded, meta), [glossary(10)], ['cities']);
    return [index, createAnnotator(index)];
  });
  const overlayHeap = await retained(() => overlayAnnotator(loaded, [glossary(10)], ['cities']));
  console.log(
    `heap and buffers kept for cities off and 10 imported: rebuilt ${rebuiltHeap}, overlay ${overlayHeap}`,
  );
}
console.log(
  `each later annotation of the seed article (cities off, 10 imported; median of 50): ${each.join(', ')}`,
);
