/**
 * Facts as they stood on a given day (the article's date): which were true then, which ended or began after
 * it, so a 2018 article shows "President of Syria 2000–2024" with the later change marked.
 */
import type { Fact } from './kb/schema';

/**
 * before: over by the day; during: true on the day and still; ended-since: true on the day, over now;
 * began-since: started after the day; timeless: no period.
 */
export type FactTiming = 'before' | 'during' | 'ended-since' | 'began-since' | 'timeless';

export interface DatedFact {
  fact: Fact;
  timing: FactTiming;
}

/** Pads a partial ISO date (YYYY or YYYY-MM) for comparison at its start or its end. */
function pad(date: string, end: boolean): string {
  if (date.length === 4) return `${date}-${end ? '12-31' : '01-01'}`;
  if (date.length === 7) return `${date}-${end ? '31' : '01'}`;
  return date;
}

/** Classifies each fact relative to the day; without a day, every fact is shown as it is now. */
export function factsAsOf(facts: readonly Fact[], day: string | null): DatedFact[] {
  return facts.map((fact) => {
    if (!day || (!fact.from && !fact.to)) return { fact, timing: 'timeless' as const };
    if (fact.from && pad(fact.from, false) > day) return { fact, timing: 'began-since' as const };
    if (fact.to && pad(fact.to, true) < day) return { fact, timing: 'before' as const };
    if (fact.to) return { fact, timing: 'ended-since' as const };
    return { fact, timing: 'during' as const };
  });
}

/** "2000–2024", "since 2015", "until 2019", or "" for a fact without a period (years only: a card is small). */
export function period(fact: Fact): { from?: string; to?: string } {
  return { from: fact.from?.slice(0, 4), to: fact.to?.slice(0, 4) };
}
