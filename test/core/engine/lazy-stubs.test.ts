/**
 * An index read without its entity stubs (readIndexLazily: a woken background reads each article's stubs as it needs
 * them) links every text exactly as the whole index does, and reads no stub it was not asked to read first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAndCompilePacks } from '../../../scripts/lib/packs';
import { annotatorFromLoaded } from '../../../src/core/engine/from-bytes';
import {
  encodeIndex,
  indexBuffer,
  indexRanges,
  loadIndex,
  readIndexLazily,
} from '../../../src/core/engine/index-binary';
import { givenNamesOf } from '../../../src/core/resolve/entity-knowledge';
import type { Lang } from '../../../src/core/kb/schema';
import { SEED_ARTICLE_TEXT } from '../../fixtures/seed-article';

const { index } = loadAndCompilePacks();
const bytes = new Uint8Array(encodeIndex(index!));

/** The news evaluation's articles (eval/news, four languages) and the seed article. */
const ARTICLES: { text: string; language: Lang }[] = [
  { text: SEED_ARTICLE_TEXT, language: 'nl' },
  ...readdirSync('eval/news')
    .filter((file) => file.endsWith('.txt'))
    .map((file) => ({
      text: readFileSync(`eval/news/${file}`, 'utf8'),
      language: file.slice(0, 2) as Lang,
    })),
];

/** A blob of the index that records every slice read of it. */
function countingBlob(reads: { start: number; end: number }[]): Blob {
  const blob = new Blob([bytes]);
  return {
    size: blob.size,
    slice: (start = 0, end = blob.size) => {
      reads.push({ start, end });
      return blob.slice(start, end);
    },
  } as Blob;
}

describe('an index whose entity stubs are read as articles need them', () => {
  it('links the news evaluation’s articles as the whole index does, and misses no stub', async () => {
    const whole = annotatorFromLoaded(loadIndex(bytes.slice()));
    const reads: { start: number; end: number }[] = [];
    const ranges = indexRanges(bytes);
    const loaded = await readIndexLazily(countingBlob(reads), { ranges });
    const lazy = annotatorFromLoaded(loaded);
    expect(ARTICLES.length).toBeGreaterThan(40);
    let firstArticleReads: typeof reads = [];
    for (const { text, language } of ARTICLES) {
      await lazy.prepare!(text);
      if (firstArticleReads.length === 0) firstArticleReads = reads.slice();
      const options = { language, published: '2024-06-01' };
      expect(lazy.annotate(text, options)).toEqual(whole.annotate(text, options));
    }
    expect(loaded.stubs.misses).toBe(0);
    // With the ranges known, no section table is read first: the three parts around the stubs, then stubs only.
    const [placed, rest, tail, ...stubReads] = firstArticleReads;
    expect([placed, rest, tail]).toEqual([
      { start: 0, end: ranges.rest },
      { start: ranges.rest, end: ranges.stubs },
      { start: ranges.tail, end: bytes.length },
    ]);
    for (const read of reads.slice(3)) {
      expect(read.start).toBeGreaterThanOrEqual(ranges.stubs);
      expect(read.end).toBeLessThanOrEqual(ranges.tail);
    }
    // The seed article's: a few reads (records near each other are read in one), not the whole of the stubs.
    const stubBytesRead = stubReads.reduce((sum, read) => sum + read.end - read.start, 0);
    expect(stubReads.length).toBeGreaterThan(0);
    expect(stubReads.length).toBeLessThanOrEqual(8);
    expect(stubBytesRead).toBeLessThan((ranges.tail - ranges.stubs) / 2);
  });

  it('reads the section table first where no ranges are given, and refuses ranges of another index', async () => {
    const blob = new Blob([bytes]);
    const starts: number[] = [];
    const counting = {
      size: blob.size,
      slice: (start = 0, end = blob.size) => {
        starts.push(start);
        return blob.slice(start, end);
      },
    } as Blob;
    const loaded = await readIndexLazily(counting);
    expect(starts).toEqual([0, 0, indexRanges(bytes).rest, indexRanges(bytes).tail]);
    expect(loaded.entityId(loaded.entityNumber('yarmouk'))).toBe('yarmouk');
    const ranges = indexRanges(bytes);
    await expect(readIndexLazily(blob, { ranges: { ...ranges, rest: ranges.rest + 8 } })).rejects.toThrow(
      /ranges do not fit/,
    );
    await expect(readIndexLazily(blob, { ranges: { ...ranges, size: ranges.size + 1 } })).rejects.toThrow(
      /truncated/,
    );
  });

  it('finds the people’s given names in place, as the set of them they are made from', async () => {
    const loaded = await readIndexLazily(new Blob([bytes]));
    const given = givenNamesOf(Object.values(index!.entities));
    expect(given.size).toBeGreaterThan(1000);
    for (const name of given) expect(loaded.givenNames.has(name)).toBe(true);
    for (const word of ['syrie', 'damascus', 'de', 'zzz', ''])
      expect(loaded.givenNames.has(word)).toBe(false);
    expect(new Set(Object.values(loaded.givenNamesByPack).flat())).toEqual(given);
  });

  it('answers a stub not read yet as none, and counts it (what the test above checks never happens)', async () => {
    const loaded = await readIndexLazily(new Blob([bytes]));
    const n = loaded.entityNumber('yarmouk');
    expect(loaded.stubs.get(n)).toBeNull();
    expect(loaded.stubs.misses).toBe(1);
    await loaded.stubs.ensure([n]);
    expect(loaded.stubs.get(n)?.labels.en).toBe('Yarmouk');
  });

  it('reads every stub at once when asked (after the first answer), and is then whole', async () => {
    const loaded = await readIndexLazily(new Blob([bytes]));
    await loaded.stubs.ensure([loaded.entityNumber('damascus')]);
    await loaded.stubs.ensureAll();
    expect(loaded.stubs.deferred).toBe(false);
    const whole = loadIndex(bytes.slice());
    for (const id of ['yarmouk', 'damascus', 'sohr'])
      expect(loaded.stubs.get(loaded.entityNumber(id))).toEqual(whole.stubs.get(whole.entityNumber(id)));
    expect(loaded.stubs.misses).toBe(0);
  });

  it('reads the stubs along with the rest, in one more read at once, where they are no larger than it is told', async () => {
    const ranges = indexRanges(bytes);
    const stubBytes = ranges.tail - ranges.stubs;
    const read = async (stubsAlongUpTo: number) => {
      const reads: { start: number; end: number }[] = [];
      return { loaded: await readIndexLazily(countingBlob(reads), { ranges, stubsAlongUpTo }), reads };
    };
    const along = await read(stubBytes);
    expect(along.loaded.stubs.deferred).toBe(false);
    expect(along.reads).toContainEqual({ start: ranges.stubs, end: ranges.tail });
    const whole = loadIndex(bytes.slice());
    for (const id of ['yarmouk', 'damascus', 'sohr'])
      expect(along.loaded.stubs.get(along.loaded.entityNumber(id))).toEqual(
        whole.stubs.get(whole.entityNumber(id)),
      );
    expect(along.loaded.stubs.misses).toBe(0);
    const later = await read(stubBytes - 1);
    expect(later.loaded.stubs.deferred).toBe(true);
    expect(later.reads).toHaveLength(3);
  });

  it('read whole into WebAssembly memory, is viewed there and keeps every view when a long text grows it', () => {
    const room = indexBuffer(bytes.length);
    room.set(bytes);
    const loaded = loadIndex(room);
    expect(loaded.wasm?.owns(loaded.tables.keys.parts.fingerprints)).toBe(true);
    const before = loaded.tables.keys.parts.fingerprints;
    const annotator = annotatorFromLoaded(loaded);
    const plain = annotatorFromLoaded(loadIndex(bytes.slice(), { wasm: false }));
    const long = `${SEED_ARTICLE_TEXT}\n\n`.repeat(20);
    expect(long.length).toBeGreaterThan(40_000);
    const options = { language: 'nl' as const, published: '2018-05-21' };
    expect(annotator.annotate(long, options)).toEqual(plain.annotate(long, options));
    // The memory grew (the old views are detached): the keys' table, the ids, the stubs and the given names are read
    // in the new one.
    expect(before.length).toBe(0);
    expect(loaded.tables.keys.parts.fingerprints.length).toBeGreaterThan(0);
    expect(loaded.entityId(loaded.entityNumber('yarmouk'))).toBe('yarmouk');
    expect(loaded.stubs.get(loaded.entityNumber('yarmouk'))?.labels.en).toBe('Yarmouk');
    const [someone] = givenNamesOf(Object.values(index!.entities));
    expect(loaded.givenNames.has(someone!)).toBe(true);
  });

  it('refuses a blob that is not an index, and one cut short', async () => {
    await expect(readIndexLazily(new Blob(['not an index']))).rejects.toThrow(/bad magic number/);
    await expect(readIndexLazily(new Blob([bytes.slice(0, bytes.length / 2)]))).rejects.toThrow(/truncated/);
  });
});
