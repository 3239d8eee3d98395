/**
 * The annotator of the bundled data plus the reader's enabled imported packs. Only the background holds the
 * whole index: content scripts send article text here and get back mentions and the cards of what was found.
 *
 * The bundled data is read in parts, each when first needed (decision 16): index.bin (the names and the entities'
 * stubs, read one entity at a time) before the first answer; the card store's files of the cards an article names,
 * in the reader's language, when they are asked for; data/bundled.json (the pack list and cue words) only for the
 * options page. The reader's imported packs and switched-off ones are an overlay on the bundled index's annotator
 * (core/engine/overlay.ts), made again whenever the imported packs or `settings.disabledPacks` change
 * (invalidateAnnotator()): the imported packs in a small binary index of their own, nothing of the bundled one
 * copied, and every name walked in WebAssembly.
 */
import type { Annotator } from '../core/engine/annotate';
import { annotatorFromLoaded } from '../core/engine/from-bytes';
import { loadIndex, readIndexLazily, type LoadedIndex } from '../core/engine/index-binary';
import { overlayAnnotator } from '../core/engine/overlay';
import type { CompiledIndex, EntityCard } from '../core/kb/index-format';
import type { EntityType, Lang } from '../core/kb/schema';
import type { Mention } from '../core/resolve/mention';
import { loadSettings } from '../platform/settings-store';
import { allUserPacks } from './user-packs';
import { BUNDLED_URL, fetchBundled, INDEX_BINARY_URL, INDEX_KEY, INDEX_RANGES, once } from './bundled-files';
import { dropCopy, hasCopy, keepCopy, readCopy } from './index-copy';
import { cardFromStub } from '../core/kb/stub-store';
import { markFirstAnswer } from './first-answer-marks';
import {
  cardInLanguage,
  cardShardOf,
  cardShardPath,
  joinCard,
  type CardBase,
  type CardTexts,
} from '../core/kb/card-store';

interface Loaded {
  /** The bundled index's annotator, with the reader's imported and switched-off packs as an overlay on it. */
  annotator: Annotator;
  /** The whole cards of the imported packs' entities, by id. */
  imported: Record<string, EntityCard>;
}

let loading: Promise<Loaded> | undefined;
/** The packs switched off that `loading` was built for, as JSON. */
let loadingKey = '';

/** What data/bundled.json holds: the bundled packs and their entities' cue words. */
export type BundledMeta = Pick<CompiledIndex, 'packs' | 'cues'>;

/** The bundled pack list and cue words (small: no cards, no names). */
export const bundledMeta = once(async () => (await (await fetchBundled(BUNDLED_URL)).json()) as BundledMeta);

/**
 * An index whose entity stubs take at most this many bytes has them read along with the rest, in one more read at
 * once: in a woken worker that costs less than the few reads of an article's stubs after its scan (decision 27).
 * Today's 19,530 entities have 1.7 MB of stubs; at 100,000 they are read as articles need them.
 */
const STUBS_ALONG_UP_TO = 4_000_000;

/** How long after a woken worker loaded its index the stubs not read yet are read (its first answer is out by then). */
const STUBS_LATER_MS = 2000;

/** The bundled index, read once (readBundledNames). */
const bundledNames = once(async () => {
  const loaded = await readBundledNames();
  markFirstAnswer('index-read');
  return loaded;
});

/**
 * The typed-array index, viewed in place: no trie is built and no dictionary parsed (see index-binary.ts). Read from
 * its copy in IndexedDB when there is one of this build (index-copy.ts), else from the package, then copied there.
 */
async function readBundledNames(): Promise<LoadedIndex> {
  const copy = INDEX_KEY ? await readCopy(INDEX_BINARY_URL, INDEX_KEY) : null;
  if (copy) {
    try {
      // A large index without its entity stubs (most of it): the first article's are read as it needs them, the rest
      // once its answer is out, so later articles read none (a read of a few stubs costs a running worker 10–30 ms).
      const loaded = await readIndexLazily(copy, { ranges: INDEX_RANGES, stubsAlongUpTo: STUBS_ALONG_UP_TO });
      setTimeout(
        () =>
          void loaded.stubs
            .ensureAll()
            .catch((error: unknown) => console.warn('Backstory: cannot read the entity stubs:', error)),
        STUBS_LATER_MS,
      );
      return loaded;
    } catch (error) {
      // A damaged copy: said, dropped, and the package read instead.
      console.warn('Backstory: the kept copy of the index is unusable, reading the package:', error);
      await dropCopy(INDEX_BINARY_URL).catch(() => undefined);
    }
  }
  const bytes = await (await fetchBundled(INDEX_BINARY_URL)).arrayBuffer();
  if (INDEX_KEY) keepIndexCopy(bytes, INDEX_KEY);
  return loadIndex(bytes);
}

function keepIndexCopy(bytes: ArrayBuffer, key: string): void {
  keepCopy(INDEX_BINARY_URL, key, bytes).catch(copyFailed);
}

function copyFailed(error: unknown): void {
  console.warn('Backstory: cannot keep a copy of the index (it is read from the package):', error);
}

/**
 * Makes the copy of this build's index if there is none (at install and update, so the first article a woken worker
 * answers does not wait for the package). Never fails: a failure is said, and the package read at the next wake.
 */
export async function prepareIndexCopy(): Promise<void> {
  try {
    if (!INDEX_KEY || (await hasCopy(INDEX_BINARY_URL, INDEX_KEY))) return;
    keepIndexCopy(await (await fetchBundled(INDEX_BINARY_URL)).arrayBuffer(), INDEX_KEY);
  } catch (error) {
    copyFailed(error);
  }
}

/** The annotator over every bundled pack, so a woken service worker answers its first request at once. */
const bundledAnnotator = once(async () => annotatorFromLoaded(await bundledNames()));

/**
 * Starts reading the bundled index and making its annotator, and returns at once: a boot script that found an article
 * says so before it builds the text, and a woken worker reads meanwhile (decision 29). Both the bundled annotator and
 * an overlay of imported or switched-off packs start from this index.
 */
export function readIndexAhead(): void {
  bundledAnnotator().catch((error: unknown) => console.warn('Backstory: cannot read the index:', error));
}

/** The stub of a bundled entity (type, pack, names, related entities, dated periods), or null. */
export async function bundledStub(id: string): Promise<EntityCard | null> {
  const names = await bundledNames();
  const n = names.entityNumber(id);
  await names.stubs.ensure([n]);
  const stub = n < 0 ? null : names.stubs.get(n);
  return stub ? cardFromStub(id, stub) : null;
}

/**
 * The type of each entity among `ids` (an imported pack's, else its bundled stub's): what the first paint styles a
 * name by, without making cards.
 */
export async function entityTypes(
  ids: Iterable<string>,
  disabledPacks?: readonly string[],
): Promise<Map<string, EntityType>> {
  const [{ imported }, names] = await Promise.all([load(disabledPacks), bundledNames()]);
  const wanted = [...ids];
  await names.stubs.ensure(wanted.map((id) => names.entityNumber(id)));
  const types = new Map<string, EntityType>();
  for (const id of wanted) {
    if (types.has(id)) continue;
    const own = imported[id];
    const n = own ? -1 : names.entityNumber(id);
    const type = own?.type ?? (n < 0 ? undefined : names.stubs.get(n)?.type);
    if (type) types.set(id, type);
  }
  return types;
}

/** Card store files read or being read, by path, most recently used last; a failed read is forgotten. */
const shards = new Map<string, Promise<Record<string, unknown>>>();
/** The files of `shards` whose reading has finished. */
const shardsRead = new Map<string, Record<string, unknown>>();
/** Files kept: about 128 files of 10–60 KB; an article's cards span a few dozen at most. */
const SHARDS_KEPT = 128;

function readShard(path: string): Promise<Record<string, unknown>> {
  let shard = shards.get(path);
  if (shard) {
    shards.delete(path);
    shards.set(path, shard);
    return shard;
  }
  shard = fetchBundled(path).then(async (response) => {
    if (!response.body) throw new Error(`Cannot read the bundled data (${path}: empty).`);
    const inflated = new Response(response.body.pipeThrough(new DecompressionStream('gzip')));
    const file = (await inflated.json()) as Record<string, unknown>;
    if (shards.has(path)) shardsRead.set(path, file);
    return file;
  });
  shard.catch(() => shards.delete(path));
  shards.set(path, shard);
  if (shards.size > SHARDS_KEPT) {
    const oldest = shards.keys().next().value as string;
    shards.delete(oldest);
    shardsRead.delete(oldest);
  }
  return shard;
}

/** The card store shards that hold the bundled entities among `ids`, by shard. */
async function shardsOf(ids: readonly string[]): Promise<Map<number, string[]>> {
  const names = await bundledNames();
  const byShard = new Map<number, string[]>();
  for (const id of ids) {
    const n = names.entityNumber(id);
    if (n < 0) continue;
    const shard = cardShardOf(n);
    byShard.set(shard, [...(byShard.get(shard) ?? []), id]);
  }
  return byShard;
}

/** The cards among `ids` of one shard's two files, in `lang`. */
function cardsFrom(
  ids: readonly string[],
  base: Record<string, unknown>,
  texts: Record<string, unknown>,
  lang: Lang,
  into: Record<string, EntityCard>,
): void {
  for (const id of ids) {
    const card = base[id] as CardBase | undefined;
    if (card) into[id] = joinCard(card, texts[id] as CardTexts | undefined, lang);
  }
}

/**
 * The whole cards of `ids` in `lang`: an imported pack's from the compiled packs, a bundled one's from the card
 * store (its files read once and kept). Unknown ids are left out.
 */
export async function wholeCards(
  ids: readonly string[],
  lang: Lang,
  disabledPacks?: readonly string[],
): Promise<Record<string, EntityCard>> {
  const { imported } = await load(disabledPacks);
  const found: Record<string, EntityCard> = {};
  const bundled: string[] = [];
  for (const id of ids) {
    const card = imported[id];
    if (card) found[id] = cardInLanguage(card, lang);
    else bundled.push(id);
  }
  await Promise.all(
    [...(await shardsOf(bundled))].map(async ([shard, inShard]) => {
      const [base, texts] = await Promise.all([
        readShard(cardShardPath('base', shard)),
        readShard(cardShardPath(lang, shard)),
      ]);
      cardsFrom(inShard, base, texts, lang, found);
    }),
  );
  return found;
}

/** Whole cards of `ids` in `lang` from the files already read, without waiting for any; the others are left out. */
async function cardsAtHand(ids: readonly string[], lang: Lang): Promise<Record<string, EntityCard>> {
  const found: Record<string, EntityCard> = {};
  for (const [shard, inShard] of await shardsOf(ids)) {
    const base = shardsRead.get(cardShardPath('base', shard));
    const texts = shardsRead.get(cardShardPath(lang, shard));
    if (base && texts) cardsFrom(inShard, base, texts, lang, found);
  }
  return found;
}

function build(disabledPacks: string[]): Promise<Loaded> {
  const built = (async () => {
    const [userPacks, annotator] = await Promise.all([allUserPacks(), bundledAnnotator()]);
    // The common case, every bundled pack and nothing imported: index.bin is all the first answer needs.
    if (disabledPacks.length === 0 && userPacks.length === 0) return { annotator, imported: {} };
    // Imported or switched-off packs: an overlay on the bundled index (core/engine/overlay.ts), nothing rebuilt.
    const overlay = await overlayAnnotator(await bundledNames(), userPacks, disabledPacks);
    if (overlay.errors.length > 0) console.warn('Backstory: imported packs left out:', overlay.errors);
    return { annotator: overlay.annotator, imported: overlay.imported };
  })();
  built.then(
    () => markFirstAnswer('annotator-made'),
    () => {
      if (loading === built) loading = undefined;
    },
  );
  return built;
}

/**
 * The annotator for the packs switched off: as the request says (the content script sends its settings' list, so
 * the worker reads no storage on the way to a page's highlights), else as the settings in storage say, read then
 * rather than trusted to an onChanged event, which may arrive after the request that the change caused.
 */
async function load(switchedOff?: readonly string[]): Promise<Loaded> {
  const disabledPacks = switchedOff ? [...switchedOff] : (await loadSettings()).disabledPacks;
  const key = JSON.stringify(disabledPacks);
  if (!loading || loadingKey !== key) {
    loadingKey = key;
    loading = build(disabledPacks);
  }
  return loading;
}

/**
 * Where the annotator for the packs switched off walks the names: in WebAssembly wherever it runs (the tests check
 * it, with imported and switched-off packs too).
 */
export async function namesWalk(disabledPacks?: readonly string[]): Promise<Annotator['walk']> {
  return (await load(disabledPacks)).annotator.walk;
}

/** Drops the built annotator: the next annotation builds one from the current packs and settings. */
export function invalidateAnnotator(): void {
  loading = undefined;
}

/** The mentions of an article's text: the engine's work, without the cards. */
export async function annotateMentions(
  text: string,
  language: Lang,
  published?: string | null,
  disabledPacks?: readonly string[],
): Promise<Mention[]> {
  const { annotator } = await load(disabledPacks);
  await annotator.prepare?.(text);
  markFirstAnswer('prepared');
  // The resolver weighs related names and dates: from the stubs in index.bin and the imported packs' cards.
  const mentions = annotator.annotate(text, { language, published });
  markFirstAnswer('annotated');
  return mentions;
}

/**
 * Links the names in an article's text; returns the mentions and the cards of the entities mentioned or offered,
 * whole (in `cardLanguage`) where the card store's file is already read, else their stubs (type, pack, names, related
 * entities, dated periods) with `partial` set: ask for them with `wholeCards`. A woken service worker answers
 * first and reads the cards' files after.
 */
export async function annotateText(
  text: string,
  language: Lang,
  published?: string | null,
  {
    cardLanguage,
    found,
    disabledPacks,
  }: {
    /** The language the cards are shown in. */
    cardLanguage?: Lang;
    /** The mentions, when annotateMentions() already found them for this text. */
    found?: Mention[];
    /** The packs switched off, as the caller's settings say (else read from storage). */
    disabledPacks?: readonly string[];
  } = {},
): Promise<{ mentions: Mention[]; cards: Record<string, EntityCard>; partial?: boolean }> {
  const { imported } = await load(disabledPacks);
  const mentions = found ?? (await annotateMentions(text, language, published, disabledPacks));
  // The cards of what else a name could mean come along, so "Not this" can offer them without another request.
  const ids = [
    ...new Set(mentions.flatMap(({ entityId, alternatives = [] }) => [entityId, ...alternatives])),
  ];
  const atHand = cardLanguage ? await cardsAtHand(ids, cardLanguage) : {};
  const cards: Record<string, EntityCard> = {};
  let partial = false;
  for (const id of ids) {
    const own = imported[id];
    const card = own ? (cardLanguage ? cardInLanguage(own, cardLanguage) : own) : atHand[id];
    if (card) {
      cards[id] = card;
      continue;
    }
    const stub = await bundledStub(id);
    if (!stub) continue;
    cards[id] = stub;
    partial = true;
  }
  if (!partial) return { mentions, cards };
  // Read while this reply travels, so that the content script's request for them waits less.
  if (cardLanguage)
    wholeCards(ids, cardLanguage, disabledPacks).catch((error: unknown) =>
      console.warn('Backstory: cannot read the bundled cards:', error),
    );
  return { mentions, cards, partial };
}
