/**
 * The annotator of the bundled data plus the reader's enabled imported packs. Only the background holds the
 * whole index: content scripts send article text here and get back mentions and the cards of what was found.
 *
 * The bundled index is fetched once per background lifetime; the annotator over it and the imported packs is
 * rebuilt lazily whenever the imported packs or `settings.disabledPacks` change (invalidate()).
 */
import { createAnnotator, type Annotator } from '../core/annotate';
import { annotatorFromLoaded, loadIndex } from '../core/kb/index-binary';
import { compilePacks } from '../core/kb/compile';
import type { CompiledIndex, EntityCard, PackError } from '../core/kb/index-format';
import type { Lang } from '../core/kb/schema';
import type { Mention } from '../core/mention';
import { loadSettings } from '../platform/settings-store';
import { allUserPacks, type StoredPack } from './user-packs';
import { CARD_DETAILS_URL, CARDS_URL, fetchBundled, INDEX_BINARY_URL, once } from './bundled-files';
import {
  addDetails,
  cardFromStub,
  withEmptyDetails,
  type CardDetails,
  type CardsFile,
} from '../core/kb/card-details';

interface Loaded {
  annotator: Annotator;
  /**
   * The index the annotator was compiled from, when imported or switched-off packs made one here; undefined for
   * the bundled packs as they come, whose stubs are in index.bin and whose cards are read after the first answer.
   */
  index?: CompiledIndex;
}

let loading: Promise<Loaded> | undefined;
/** The packs switched off that `loading` was built for, as JSON. */
let loadingKey = '';

/** The bundled cards and their details, once both are read: until then, annotate replies carry partial cards. */
let wholeBundled: { cards: CompiledIndex; details: Record<string, CardDetails> } | undefined;

/**
 * The bundled index's cards, cues and pack list; `aliases` is empty (the names are in index.bin), and the cards'
 * summaries and sources are empty (card-details.json has them).
 */
export const bundledCards = once(async () =>
  withEmptyDetails((await (await fetchBundled(CARDS_URL)).json()) as CardsFile),
);

/** The bundled cards' summaries and sources. */
const bundledDetails = once(
  async () => (await (await fetchBundled(CARD_DETAILS_URL)).json()) as Record<string, CardDetails>,
);

/**
 * The bundled cards whole. A woken service worker reads them after its first answer, which it gives from the stubs
 * in index.bin: the cards are four times index.bin's bytes, and painting a name needs only its stub. One file
 * after the other, so that the cards, which an open card shows first, come first.
 */
const bundledWhole = once(async () => {
  const cards = await bundledCards();
  const details = await bundledDetails();
  wholeBundled = { cards, details };
  return wholeBundled;
});

/** The whole cards of the bundled entities among `ids` (an imported pack's cards came whole). */
export async function wholeCards(ids: readonly string[]): Promise<Record<string, EntityCard>> {
  const { cards, details } = await bundledWhole();
  const found: Record<string, EntityCard> = {};
  for (const id of ids) {
    const card = cards.entities[id];
    if (card) found[id] = addDetails(card, details[id]);
  }
  return found;
}

/** The typed-array index, viewed in place: no trie is built and no dictionary parsed (see index-binary.ts). */
const bundledNames = once(async () => loadIndex(await (await fetchBundled(INDEX_BINARY_URL)).arrayBuffer()));

/** The annotator over every bundled pack, so a woken service worker answers its first request at once. */
const bundledAnnotator = once(async () => annotatorFromLoaded(await bundledNames()));

/**
 * The whole bundled index, its aliases decoded from index.bin: needed only to combine the bundled packs with
 * imported ones or to leave some out, which compiles a new annotator.
 */
async function bundledIndex(): Promise<CompiledIndex> {
  const [cards, names] = await Promise.all([bundledCards(), bundledNames()]);
  const aliases = Array.from({ length: names.aliases.length }, (_, k) => names.aliases.get(k));
  return { ...cards, aliases };
}

/** The bundled index without the packs switched off. */
function withoutPacks(index: CompiledIndex, disabled: ReadonlySet<string>): CompiledIndex {
  if (disabled.size === 0) return index;
  const entities: Record<string, EntityCard> = {};
  for (const [id, card] of Object.entries(index.entities))
    if (!disabled.has(card.packId)) entities[id] = card;
  const cues: CompiledIndex['cues'] = {};
  for (const [id, words] of Object.entries(index.cues)) if (entities[id]) cues[id] = words;
  return {
    ...index,
    packs: index.packs.filter((pack) => !disabled.has(pack.id)),
    entities,
    cues,
    aliases: index.aliases.filter((alias) => entities[alias.entityId] !== undefined),
  };
}

/** Bundled index (minus disabled packs) followed by the enabled imported packs, compiled by the same compiler. */
export function combineIndex(
  index: CompiledIndex,
  userPacks: readonly StoredPack[],
  disabledPacks: readonly string[],
): { index: CompiledIndex; errors: PackError[] } {
  const disabled = new Set(disabledPacks);
  const base = withoutPacks(index, disabled);
  const enabled = userPacks.filter((stored) => !disabled.has(stored.id));
  if (enabled.length === 0) return { index: base, errors: [] };
  const compiled = compilePacks(enabled.map((stored) => ({ file: stored.fileName, data: stored.pack })));
  // Packs were validated on import; should one no longer compile (a newer format), the bundled data still works.
  if (!compiled.index) return { index: base, errors: compiled.errors };
  const user = compiled.index;
  const entities = { ...base.entities };
  for (const [id, card] of Object.entries(user.entities)) if (!entities[id]) entities[id] = card;
  return {
    index: {
      ...base,
      packs: [...base.packs, ...user.packs],
      entities,
      cues: { ...user.cues, ...base.cues },
      aliases: [
        ...base.aliases,
        ...user.aliases.filter(
          (alias) => entities[alias.entityId]?.packId === user.entities[alias.entityId]?.packId,
        ),
      ],
    },
    errors: [],
  };
}

function build(disabledPacks: string[]): Promise<Loaded> {
  const built = (async () => {
    const [userPacks, annotator] = await Promise.all([allUserPacks(), bundledAnnotator()]);
    // The common case, every bundled pack and nothing imported: index.bin is all the first answer needs.
    if (disabledPacks.length === 0 && userPacks.length === 0) return { annotator };
    // Imported or switched-off packs: a compiled index, which needs the cards; their details come too, so that
    // every reply carries whole cards (this path is rare, and compiling costs more than reading).
    const [index] = await Promise.all([bundledIndex(), bundledWhole()]);
    const combined = combineIndex(index, userPacks, disabledPacks);
    if (combined.errors.length > 0) console.warn('Backstory: imported packs left out:', combined.errors);
    return {
      index: combined.index,
      annotator: combined.index === index ? annotator : createAnnotator(combined.index),
    };
  })();
  built.catch(() => {
    if (loading === built) loading = undefined;
  });
  return built;
}

/**
 * The annotator for the current settings. The settings are read on every call (one storage read) rather than
 * trusted to an onChanged event, which may arrive after the content script's annotate request that it caused.
 */
async function load(): Promise<Loaded> {
  const { disabledPacks } = await loadSettings();
  const key = JSON.stringify(disabledPacks);
  if (!loading || loadingKey !== key) {
    loadingKey = key;
    loading = build(disabledPacks);
  }
  return loading;
}

/** Drops the built annotator: the next annotation builds one from the current packs and settings. */
export function invalidateAnnotator(): void {
  loading = undefined;
}

/**
 * Links the names in an article's text; returns the mentions and the cards of the entities mentioned or offered.
 * `partial`: some cards are only their stubs (type, pack, names, related entities, dated facts), because the
 * background had not read the whole cards yet (a woken service worker answers first); ask for them with
 * `wholeCards`.
 */
export async function annotateText(
  text: string,
  language: Lang,
  published?: string | null,
): Promise<{ mentions: Mention[]; cards: Record<string, EntityCard>; partial?: boolean }> {
  const { index, annotator } = await load();
  const whole = wholeBundled;
  // The resolver weighs related names and dates: from the compiled index's cards, or the stubs in index.bin.
  const mentions = annotator.annotate(text, {
    language,
    published,
    ...(index && { entities: index.entities }),
  });
  const stubs = index || whole ? undefined : (await bundledNames()).entityStubs;
  const cards: Record<string, EntityCard> = {};
  let partial = false;
  // The cards of what else a name could mean come along, so "Not this" can offer them without another request.
  for (const { entityId, alternatives = [] } of mentions) {
    for (const id of [entityId, ...alternatives]) {
      const card = (index ?? whole?.cards)?.entities[id];
      if (card) cards[id] = addDetails(card, whole?.details[id]);
      else if (stubs?.[id]) {
        cards[id] = cardFromStub(id, stubs[id]);
        partial = true;
      }
    }
  }
  if (!partial) return { mentions, cards };
  // Read while this reply travels, so that the content script's request for them waits less.
  bundledWhole().catch((error: unknown) => console.warn('Backstory: cannot read the bundled cards:', error));
  return { mentions, cards, partial };
}
