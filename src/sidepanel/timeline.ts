/** The dated facts of an article's entities on one line, with the article's own date among them. */
import type { CardFact, EntityCard } from '../core/kb/index-format';
import type { Lang } from '../core/kb/schema';
import { textIn } from '../core/kb/render/values';

export type TimelineEntry =
  | { date: string; kind: 'fact'; card: EntityCard; fact: CardFact; edge: 'from' | 'to' }
  | { date: string; kind: 'article' };

/** Every fact with a start or end date becomes an entry at that date, sorted, with the article inserted. */
export function buildTimeline(cards: readonly EntityCard[], published: string | null): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const card of cards) {
    for (const fact of card.facts) {
      if (fact.start) entries.push({ date: fact.start, kind: 'fact', card, fact, edge: 'from' });
      if (fact.end) entries.push({ date: fact.end, kind: 'fact', card, fact, edge: 'to' });
    }
  }
  if (published) entries.push({ date: published, kind: 'article' });
  // Partial dates sort as the start of their period; the article sorts after facts of the same day.
  return entries.sort(
    (a, b) => a.date.localeCompare(b.date) || Number(a.kind === 'article') - Number(b.kind === 'article'),
  );
}

/** The fact as the card writes it, on one line: "Led by Hassan Nasrallah", "President of Syria". */
export function factText(fact: CardFact, lang: Lang): string {
  const line = textIn(fact.lines, lang);
  if (!line) return '';
  return line.key === undefined ? line.value : `${line.key} ${line.value}`;
}

/**
 * The facts that began or ended after the article's date, latest first: what changed since it was written. None
 * for an undated article, and none on the article's own day (a partial date counts from its first day, so
 * "2018" is not after 21 May 2018, and "2018-06" is).
 */
export function sinceArticle(
  cards: readonly EntityCard[],
  published: string | null,
): Extract<TimelineEntry, { kind: 'fact' }>[] {
  if (!published) return [];
  return buildTimeline(cards, null)
    .filter((entry): entry is Extract<TimelineEntry, { kind: 'fact' }> => entry.kind === 'fact')
    .filter((entry) => entry.date > published)
    .reverse();
}
