/**
 * Each tab's article as the background annotated it (issue #19: the background owns the article). Every stretch of
 * text an article script sends (the article, then paragraphs that arrive later) is folded into the tab's snapshot
 * here: who the article names and how often, whom it cites, which name-like words the data could not explain. The
 * snapshot is what the side panel, the popup and the badge show; the page computes none of it.
 */
import { findAttributions } from '../core/analysis/attribution';
import { findGaps } from '../core/analysis/gaps';
import type { EntityType, Lang } from '../core/kb/schema';
import type { EntityCard } from '../core/kb/index-format';
import type { Mention } from '../core/resolve/mention';
import { SNAPSHOT_LIMITS, type ArticleEntity, type ArticleSnapshot } from '../messages';

/** One stretch of an article, as annotated and as the reader is shown it. */
export interface Stretch {
  text: string;
  /** Every mention, the reader's chosen meanings applied: whom the article cites and what it leaves unexplained. */
  all: readonly Mention[];
  /** The mentions the reader is shown (drawn or quiet): what the side panel counts. */
  shown: readonly Mention[];
}

/** What an article script says of its article beside the stretch. */
export interface ArticleMeta {
  url: string;
  title: string;
  language: Lang;
  published: string | null;
}

/** A snapshot with the counts it was cut from, so that later stretches add to what the limits left out too. */
export interface ArticleTally {
  snapshot: ArticleSnapshot;
  /** Mentions per entity and first offset (in the session's whole text), every entity, not only the listed ones. */
  counts: Map<string, ArticleEntity>;
  sources: Map<string, number>;
  gaps: Set<string>;
  /** Where the next stretch starts in the session's whole text. */
  length: number;
}

/** The tally of a snapshot kept from before (the worker was stopped meanwhile): its lists are all it knows. */
export function tallyOf(snapshot: ArticleSnapshot): ArticleTally {
  return {
    snapshot,
    counts: new Map(snapshot.entities.map((entity) => [entity.entityId, { ...entity }])),
    sources: new Map(snapshot.sources.map(({ entityId, statements }) => [entityId, statements])),
    gaps: new Set(snapshot.gaps),
    length: Math.max(0, ...snapshot.entities.map((entity) => entity.first + 1)),
  };
}

/**
 * The tally with one more stretch in it (none: a new article). `cards`: whole cards of at least the entities shown,
 * whose types attribution weighs and which the snapshot carries for those it lists.
 */
export function foldStretch(
  previous: ArticleTally | null,
  meta: ArticleMeta,
  stretch: Stretch,
  cards: Readonly<Record<string, EntityCard>>,
): ArticleTally {
  const counts = new Map(previous?.counts);
  const sources = new Map(previous?.sources);
  const gaps = new Set(previous?.gaps);
  const base = previous?.length ?? 0;
  const typeOf = (id: string): EntityType | undefined => cards[id]?.type;
  for (const { entityId, statements } of findAttributions(stretch.text, stretch.all, typeOf, meta.language))
    sources.set(entityId, (sources.get(entityId) ?? 0) + statements);
  for (const gap of findGaps(stretch.text, stretch.all, meta.language)) gaps.add(gap);
  for (const { entityId, start } of stretch.shown) {
    if (!cards[entityId]) continue;
    const entry = counts.get(entityId);
    if (entry) entry.mentions++;
    else counts.set(entityId, { entityId, mentions: 1, first: base + start });
  }
  const entities = [...counts.values()]
    .map((entity) => ({ ...entity }))
    .sort((a, b) => b.mentions - a.mentions || a.first - b.first)
    .slice(0, SNAPSHOT_LIMITS.entities);
  const listedCards: Record<string, EntityCard> = {};
  for (const { entityId } of entities) {
    const card = cards[entityId] ?? previous?.snapshot.cards[entityId];
    if (card) listedCards[entityId] = card;
  }
  const snapshot: ArticleSnapshot = {
    ...meta,
    entities: entities.filter(({ entityId }) => listedCards[entityId] !== undefined),
    entityCount: counts.size,
    cards: listedCards,
    sources: [...sources]
      .map(([entityId, statements]) => ({ entityId, statements }))
      .sort((a, b) => b.statements - a.statements)
      .slice(0, SNAPSHOT_LIMITS.sources),
    gaps: [...gaps].slice(0, SNAPSHOT_LIMITS.gaps),
  };
  return { snapshot, counts, sources, gaps, length: base + stretch.text.length + 1 };
}

/** Each frame's current article script session and its tally, by tab and frame; lost with the worker. */
const tallies = new Map<string, { session: string; tally: Promise<ArticleTally | null> }>();
/** Frames remembered: many tabs' worth; a forgotten one restarts from its kept snapshot. */
const TALLIES_KEPT = 64;

/** Where the tally of a frame whose worker was stopped meanwhile restarts: the tab's kept snapshot. */
export type KeptSnapshot = () => Promise<ArticleSnapshot | null>;

/**
 * Folds a stretch into its frame's article and returns the new snapshot, or null when the stretch belongs to a
 * session that a newer one replaced. Stretches of one frame are folded in the order they came. `wholeCards`: the
 * whole cards of entities (the snapshot carries them for the side panel).
 */
export function addStretch(
  frame: string,
  { session, first }: { session: string; first: boolean },
  meta: ArticleMeta,
  stretch: Stretch,
  wholeCards: (ids: string[]) => Promise<Record<string, EntityCard>>,
  kept: KeptSnapshot,
): Promise<ArticleSnapshot | null> {
  const known = tallies.get(frame);
  if (known && known.session !== session && !first) return Promise.resolve(null);
  const before: Promise<ArticleTally | null> =
    first || !known
      ? first
        ? Promise.resolve(null)
        : kept().then((snapshot) => (snapshot?.url === meta.url ? tallyOf(snapshot) : null))
      : known.tally;
  const tally = before.then(async (previous) => {
    const ids = [...new Set(stretch.all.map((mention) => mention.entityId))];
    return foldStretch(previous, meta, stretch, await wholeCards(ids));
  });
  tallies.delete(frame);
  tallies.set(frame, { session, tally: tally.catch(() => null) });
  if (tallies.size > TALLIES_KEPT) tallies.delete(tallies.keys().next().value as string);
  return tally.then((folded) => folded.snapshot);
}

/** Forgets a tab's frames (the tab was closed). */
export function forgetTabStretches(tabId: number): void {
  for (const frame of [...tallies.keys()]) if (frame.startsWith(`${tabId}:`)) tallies.delete(frame);
}
