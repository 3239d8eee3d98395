/**
 * An index read without its entity stubs (readIndexLazily: a woken background reads each article's stubs as it needs
 * them) links every text exactly as the whole index does, and reads no stub it was not asked to read first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAndCompilePacks } from '../../../scripts/lib/packs';
import { annotatorFromLoaded } from '../../../src/core/engine/from-bytes';
import { encodeIndex, loadIndex, readIndexLazily } from '../../../src/core/engine/index-binary';
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

describe('an index whose entity stubs are read as articles need them', () => {
  it('links the news evaluation’s articles as the whole index does, and misses no stub', async () => {
    const whole = annotatorFromLoaded(loadIndex(bytes.slice()));
    const reads: number[] = [];
    const blob = new Blob([bytes]);
    const counting = {
      size: blob.size,
      slice: (start?: number, end?: number) => {
        reads.push((end ?? blob.size) - (start ?? 0));
        return blob.slice(start, end);
      },
    } as Blob;
    const loaded = await readIndexLazily(counting);
    const lazy = annotatorFromLoaded(loaded);
    expect(ARTICLES.length).toBeGreaterThan(40);
    for (const { text, language } of ARTICLES) {
      await lazy.prepare!(text);
      const options = { language, published: '2024-06-01' };
      expect(lazy.annotate(text, options)).toEqual(whole.annotate(text, options));
    }
    expect(loaded.stubs.misses).toBe(0);
    // Not the whole of the stubs: what 49 articles' names may mean. Reads: the header, the parts before and after
    // the stubs, then the stubs asked for.
    const [, before = 0, after = 0, ...stubReads] = reads;
    const stubSection = bytes.length - before - after;
    expect(stubReads.reduce((sum, read) => sum + read, 0)).toBeLessThan(stubSection / 2);
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

  it('refuses a blob that is not an index, and one cut short', async () => {
    await expect(readIndexLazily(new Blob(['not an index']))).rejects.toThrow(/bad magic number/);
    await expect(readIndexLazily(new Blob([bytes.slice(0, bytes.length / 2)]))).rejects.toThrow(/truncated/);
  });
});
