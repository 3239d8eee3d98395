/** A card fact's line in the reader's language (facts are rendered in every language at compile time). */
import type { CardFact, FactLine } from './index-format';
import type { Lang } from './schema';

/** The line in the language; English, then any language, only where the pack gave the value in no other. */
export function factLine(fact: Pick<CardFact, 'lines'>, lang: Lang): FactLine | undefined {
  return fact.lines[lang] ?? fact.lines.en ?? Object.values(fact.lines).find((line) => line !== undefined);
}
