/**
 * Facts as they stood on a given day (the article's date): which were true then, which ended or began after
 * it, so a 2018 article shows "President of Syria 2000–2024" with the later change marked. Statements without dates
 * are not guessed into dates: they are timeless.
 */
import type { CardFact } from '../kb/index-format';

/**
 * before: over by the day; during: true on the day and still; ended-since: true on the day, over now;
 * began-since: started after the day; timeless: no period.
 */
export type FactTiming = 'before' | 'during' | 'ended-since' | 'began-since' | 'timeless';

/** What timing needs of a fact: its period. */
export type Dated = Pick<CardFact, 'start' | 'end' | 'at'>;

export interface DatedFact<F extends Dated = CardFact> {
  fact: F;
  timing: FactTiming;
}

/** Pads a partial ISO date (YYYY or YYYY-MM) for comparison at its start or its end. */
function pad(date: string, end: boolean): string {
  if (date.length === 4) return `${date}-${end ? '12-31' : '01-01'}`;
  if (date.length === 7) return `${date}-${end ? '31' : '01'}`;
  return date;
}

/** Classifies each fact relative to the day; without a day, every fact is shown as it is now. */
export function factsAsOf<F extends Dated>(facts: readonly F[], day: string | null): DatedFact<F>[] {
  return facts.map((fact) => {
    if (!day || (!fact.start && !fact.end)) return { fact, timing: 'timeless' as const };
    if (fact.start && pad(fact.start, false) > day) return { fact, timing: 'began-since' as const };
    if (fact.end && pad(fact.end, true) < day) return { fact, timing: 'before' as const };
    if (fact.end) return { fact, timing: 'ended-since' as const };
    return { fact, timing: 'during' as const };
  });
}

/**
 * "2000–2024", "since 2015", "until 2019", or "" for a fact without a period (years only: a card is small). A fact
 * true at one date ("at") is that year.
 */
export function period(fact: Dated): { from?: string; to?: string } {
  if (fact.at && !fact.start && !fact.end) return { from: fact.at.slice(0, 4), to: fact.at.slice(0, 4) };
  return { from: fact.start?.slice(0, 4), to: fact.end?.slice(0, 4) };
}
