import 'fake-indexeddb/auto';
import { gzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { compilePacks } from '../../src/core/kb/compile';
import { INDEX_BINARY_FILE } from '../../src/core/kb/card-store';
import { packageDataFiles } from '../../src/core/engine/package-data';
import { entity, pack } from '../core/pack-fixtures';
import { fakeBrowser } from './fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser() }));
vi.mock('../../src/background/user-packs', () => ({ allUserPacks: async () => [] }));

const BUNDLED = compilePacks([
  {
    file: 'syria.json',
    data: pack('syria', [
      entity('yarmouk', { labels: { nl: 'Yarmouk' } }),
      entity('homs', { labels: { nl: 'Homs' } }),
    ]),
  },
]).index!;
const FILES = packageDataFiles(BUNDLED, (text) => gzipSync(text));
/** The key the unit tests' build defines (vitest.config.ts), under which the background keeps its copy. */
const KEY = 'unit-tests';

/** The package files read, by path. */
const reads: string[] = [];
globalThis.fetch = vi.fn(async (url: string | URL | Request) => {
  const file = String(url).slice(String(url).indexOf('data/'));
  reads.push(file);
  const contents = FILES.get(file);
  const body = contents instanceof Uint8Array ? new Uint8Array(contents).buffer : contents;
  return body === undefined ? new Response('not found', { status: 404 }) : new Response(body);
}) as typeof fetch;

const copies = await import('../../src/background/index-copy');

/** The background's annotator as a freshly woken service worker has it: nothing read yet. */
async function wokenBackground() {
  vi.resetModules();
  return import('../../src/background/annotator');
}

async function linked(background: Awaited<ReturnType<typeof wokenBackground>>): Promise<string[]> {
  const { mentions } = await background.annotateText('Yarmouk ligt bij Homs.', 'nl', null);
  return mentions.map((mention) => mention.entityId);
}

const indexReads = () => reads.filter((file) => file === INDEX_BINARY_FILE).length;

beforeEach(async () => {
  reads.length = 0;
  await copies.dropCopy(INDEX_BINARY_FILE);
});

describe('the copy of the index a woken background keeps', () => {
  it('is made from the package on the first wake, and read instead of the package on the next', async () => {
    expect(await linked(await wokenBackground())).toEqual(['yarmouk', 'homs']);
    expect(indexReads()).toBe(1);
    await vi.waitFor(async () => expect(await copies.hasCopy(INDEX_BINARY_FILE, KEY)).toBe(true));

    reads.length = 0;
    expect(await linked(await wokenBackground())).toEqual(['yarmouk', 'homs']);
    expect(indexReads()).toBe(0);
  });

  it('is not used when another build made it (other data under the same version), and is replaced', async () => {
    const other = compilePacks([
      { file: 'world.json', data: pack('world', [entity('damascus', { labels: { nl: 'Damascus' } })]) },
    ]).index!;
    const otherBytes = packageDataFiles(other, (text) => gzipSync(text)).get(INDEX_BINARY_FILE) as Uint8Array;
    await copies.keepCopy(INDEX_BINARY_FILE, 'another-build', new Uint8Array(otherBytes).buffer);

    expect(await linked(await wokenBackground())).toEqual(['yarmouk', 'homs']);
    expect(indexReads()).toBe(1);
    await vi.waitFor(async () => expect(await copies.hasCopy(INDEX_BINARY_FILE, KEY)).toBe(true));
    expect(await copies.hasCopy(INDEX_BINARY_FILE, 'another-build')).toBe(false);
  });

  it('when damaged, says so, reads the package, answers as ever and keeps a good copy again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await copies.keepCopy(INDEX_BINARY_FILE, KEY, new TextEncoder().encode('not an index at all').buffer);

    expect(await linked(await wokenBackground())).toEqual(['yarmouk', 'homs']);
    expect(indexReads()).toBe(1);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining('the kept copy of the index is unusable'),
      expect.any(Error),
    );
    warn.mockRestore();
    await vi.waitFor(async () => {
      const kept = await copies.readCopy(INDEX_BINARY_FILE, KEY);
      expect(kept && new Uint8Array(await kept.arrayBuffer())).toEqual(FILES.get(INDEX_BINARY_FILE));
    });
  });

  it('answers the first read from the look-up started before anything asked (one look-up, not two)', async () => {
    await copies.keepCopy(INDEX_BINARY_FILE, KEY, new Uint8Array([1, 2, 3]).buffer);
    const lookUps = vi.spyOn(IDBObjectStore.prototype, 'get');
    copies.lookUpCopyAhead(INDEX_BINARY_FILE, KEY);
    await vi.waitFor(() => expect(lookUps).toHaveBeenCalledTimes(1));
    const first = await copies.readCopy(INDEX_BINARY_FILE, KEY);
    expect(first && [...new Uint8Array(await first.arrayBuffer())]).toEqual([1, 2, 3]);
    expect(lookUps).toHaveBeenCalledTimes(1);
    // Taken once: a later read looks again, and one for another build's key is not answered from it.
    expect(await copies.readCopy(INDEX_BINARY_FILE, KEY)).not.toBeNull();
    expect(lookUps).toHaveBeenCalledTimes(2);
    copies.lookUpCopyAhead(INDEX_BINARY_FILE, KEY);
    expect(await copies.readCopy(INDEX_BINARY_FILE, 'another-build')).toBeNull();
    lookUps.mockRestore();
  });

  it('is read when a page announces an article, before its text comes, and not read again for the text', async () => {
    const background = await wokenBackground();
    background.readIndexAhead();
    await vi.waitFor(() => expect(indexReads()).toBe(1));
    expect(await linked(background)).toEqual(['yarmouk', 'homs']);
    expect(indexReads()).toBe(1);
  });

  it('is made at install without an article, and not made twice', async () => {
    const background = await wokenBackground();
    await background.prepareIndexCopy();
    await vi.waitFor(async () => expect(await copies.hasCopy(INDEX_BINARY_FILE, KEY)).toBe(true));
    expect(indexReads()).toBe(1);
    await background.prepareIndexCopy();
    expect(indexReads()).toBe(1);
  });
});
