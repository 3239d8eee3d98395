/**
 * The reader's imported packs and switched-off packs as an overlay on the bundled index (issue #19): the bundled
 * index stays as loaded, its names walked in its WebAssembly scan, and nothing of it is copied or rebuilt.
 *
 *  - Imported packs are compiled by the pack compiler and written as a binary index of their own by the writer the
 *    build uses (index-binary.ts's encodeIndex), loaded into a WebAssembly scan of its own: small, as the packs are.
 *    A text is scanned by both, their candidates merged before resolution (scan/overlay.ts), so a longer name wins
 *    across both, as in one index.
 *  - Switched-off packs are a filter on the bundled index's candidates by their entity's pack (read from its stub),
 *    and leave the resolver's knowledge: their entities, cue words and given names.
 *
 * It annotates as the index combineIndex() (reference.ts) rebuilt does, whose rules it keeps: an enabled bundled
 * entity wins an id both use, with its cue words (an imported pack's cue words stand for that id only where the
 * bundled entity has none); an imported pack's aliases count only for its own entities. The tests compare the two.
 */
import { annotatorFrom, type Annotator } from './annotate';
import { matcherOf } from './from-bytes';
import { encodeIndex, loadIndex, type LoadedIndex } from './index-binary';
import type { ImportedPack } from './reference';
import { buildCueTable, type CueTable } from '../resolve/context-cues';
import { givenNamesOf, knowledgeByLookup, type EntityFacts } from '../resolve/entity-knowledge';
import { compilePacks } from '../kb/compile';
import type { CompiledIndex, EntityCard, PackError } from '../kb/index-format';
import type { Matcher } from '../scan/match';
import { joinAliasTables, overlayMatcher } from '../scan/overlay';

/** The bundled annotator with the reader's packs laid over it. */
export interface Overlay {
  annotator: Annotator;
  /** The imported packs' entities that annotate (an id the bundled packs use is theirs), whole, by id. */
  imported: Record<string, EntityCard>;
  /** Why the imported packs were left out, when they no longer compile. */
  errors: PackError[];
}

/** What the bundled index's entities are to the overlay: on (kept), switched off, or not read yet. */
const UNKNOWN = 0;
const ON = 1;
const OFF = 2;

/**
 * The annotator of `bundled` with the imported packs `packs` (those in `disabledPacks` left out) laid over it and the
 * bundled packs in `disabledPacks` switched off. Reads the stubs of the bundled entities whose ids the imported packs
 * use. With lazily read stubs (readIndexLazily), call `prepare(text)` before annotate(): which pack a bundled name
 * belongs to is in its stub.
 */
export async function overlayAnnotator(
  bundled: LoadedIndex,
  packs: readonly ImportedPack[],
  disabledPacks: readonly string[],
): Promise<Overlay> {
  const disabled = new Set(disabledPacks);
  const { stubs } = bundled;
  /** Per bundled entity number: ON, OFF, or UNKNOWN while its stub is not read. */
  const states = new Uint8Array(bundled.entityCount);
  const stateOf = (n: number): number => {
    const known = states[n] as number;
    if (known !== UNKNOWN || !stubs.isRead(n)) return known;
    const stub = stubs.get(n);
    return (states[n] = stub && disabled.has(stub.packId) ? OFF : ON);
  };
  /** Whether bundled entity `id` annotates (its pack is on); an entity whose stub is not read yet counts as on. */
  const bundledOn = (id: string): boolean => {
    const n = bundled.entityNumber(id);
    return n >= 0 && stateOf(n) !== OFF;
  };

  const imported = await importedEntities(bundled, packs, disabled, bundledOn);
  const { cards, cues: importedCues } = imported;
  const aliases = imported.aliases;

  const base = matcherOf(bundled);
  const keep = disabled.size > 0 ? (alias: number) => stateOf(bundled.aliasEntity(alias)) !== OFF : undefined;
  const top = aliases.length > 0 ? loadIndex(encodeIndex({ aliases, cues: {} })) : undefined;
  const matcher = top
    ? overlayMatcher(base, matcherOf(top), bundled.aliases.length, keep)
    : withFilter(base, keep);
  const aliasTable = top ? joinAliasTables(bundled.aliases, top.aliases) : bundled.aliases;

  // The resolver's knowledge: the imported cards, and the stubs of the bundled entities that are on, with the
  // relations the imported cards list in both directions (a bundled stub holds only the bundled ones).
  const links = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    const set = links.get(a);
    if (set) set.add(b);
    else links.set(a, new Set([b]));
  };
  for (const [id, card] of Object.entries(cards))
    for (const other of card.related)
      if (other !== id) {
        link(id, other);
        link(other, id);
      }
  const lookup = (id: string): EntityFacts | undefined => {
    const own = cards[id];
    const n = own ? -1 : bundled.entityNumber(id);
    const facts = own ?? (n >= 0 && stateOf(n) !== OFF ? (stubs.get(n) ?? undefined) : undefined);
    const more = links.get(id);
    if (!facts || !more) return facts;
    return { ...facts, related: [...new Set([...facts.related, ...more])] };
  };
  const givenNames = new Set(givenNamesOf(Object.values(cards)));
  for (const [pack, names] of Object.entries(bundled.givenNamesByPack))
    if (!disabled.has(pack)) for (const name of names) givenNames.add(name);
  const cues: CueTable = {
    get: (id) => (bundledOn(id) ? bundled.cues.get(id) : undefined) ?? importedCues.get(id),
  };

  const annotator = annotatorFrom(matcher, aliasTable, cues, knowledgeByLookup(lookup, givenNames));
  return {
    annotator: {
      ...annotator,
      async prepare(text) {
        if (!stubs.deferred) return;
        // The stubs of every bundled entity a name in the text may mean: the filter and the resolver read them.
        const numbers = new Set<number>();
        for (const candidate of matcher.scan(text).candidates)
          for (const alias of candidate.aliases)
            if (alias < bundled.aliases.length) numbers.add(bundled.aliasEntity(alias));
        await stubs.ensure(numbers);
      },
    },
    imported: cards,
    errors: imported.errors,
  };
}

/** `matcher` with its aliases filtered by `keep` on every scan (itself when there is no filter). */
function withFilter(matcher: Matcher, keep?: (alias: number) => boolean): Matcher {
  if (!keep) return matcher;
  return { ...matcher, scan: (text, options = {}) => matcher.scan(text, { ...options, keep }) };
}

/**
 * The imported packs that are on, compiled: the cards that annotate (an id an enabled bundled entity has stays the
 * bundled one's), their aliases, and the cue table of every imported entity.
 */
async function importedEntities(
  bundled: LoadedIndex,
  packs: readonly ImportedPack[],
  disabled: ReadonlySet<string>,
  bundledOn: (id: string) => boolean,
): Promise<{
  cards: Record<string, EntityCard>;
  aliases: CompiledIndex['aliases'];
  cues: CueTable;
  errors: PackError[];
}> {
  const none = { cards: {}, aliases: [], cues: { get: () => undefined } };
  const enabled = packs.filter((stored) => !disabled.has(stored.id));
  if (enabled.length === 0) return { ...none, errors: [] };
  const compiled = compilePacks(enabled.map((stored) => ({ file: stored.fileName, data: stored.pack })));
  // Packs were validated on import; should one no longer compile (a newer format), the bundled data still works.
  if (!compiled.index) return { ...none, errors: compiled.errors };
  const user = compiled.index;
  // Import refuses ids the bundled packs use, but a newer bundle may bring one: its stub says whether its pack is on.
  await bundled.stubs.ensure(Object.keys(user.entities).map((id) => bundled.entityNumber(id)));
  const cards: Record<string, EntityCard> = {};
  for (const [id, card] of Object.entries(user.entities)) if (!bundledOn(id)) cards[id] = card;
  return {
    cards,
    aliases: user.aliases.filter((alias) => cards[alias.entityId] !== undefined),
    cues: buildCueTable(user.cues),
    errors: [],
  };
}
