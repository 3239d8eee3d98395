/** The dated facts of an article's entities on one line, with the article's own date among them. */
import type { CardFact, EntityCard } from '../core/kb/index-format';

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
