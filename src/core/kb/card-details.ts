/**
 * A card's details: its summaries and sources, which only an opened card shows. The build writes them apart from
 * the cards (data/card-details.json beside data/cards.json), so that a woken background reads 0.9 MB before it can
 * answer instead of 1.8 MB, and reads the details after its first answer (decision 0001).
 */
import type { CompiledIndex, EntityCard } from './index-format';

export type CardDetails = Pick<EntityCard, 'summaries' | 'sources'>;

/** A card as data/cards.json holds it: without its details. */
export type CardWithoutDetails = Omit<EntityCard, keyof CardDetails>;

/** The cards file: the compiled index without its aliases (index.bin has them) and without the cards' details. */
export interface CardsFile extends Omit<CompiledIndex, 'entities'> {
  entities: Record<string, CardWithoutDetails>;
}

/** Splits the index's cards into the cards file and the details by entity id. */
export function separateDetails(index: CompiledIndex): {
  cards: CardsFile;
  details: Record<string, CardDetails>;
} {
  const entities: Record<string, CardWithoutDetails> = {};
  const details: Record<string, CardDetails> = {};
  for (const [id, card] of Object.entries(index.entities)) {
    const { summaries, sources, ...rest } = card;
    entities[id] = rest;
    details[id] = { summaries, sources };
  }
  return { cards: { ...index, aliases: [], entities }, details };
}

/**
 * The cards file, freshly parsed, as a compiled index whose cards have empty details (addDetails() gives them
 * theirs once the details are read). Fills the parsed cards in place: copying 1,100 cards would cost a woken
 * background more garbage on the way to its first answer.
 */
export function withEmptyDetails(file: CardsFile): CompiledIndex {
  for (const card of Object.values(file.entities)) Object.assign(card, { summaries: {}, sources: [] });
  return file as CompiledIndex;
}

/** `card` with `details` when there are any for it, else `card` itself. */
export function addDetails(card: EntityCard, details: CardDetails | undefined): EntityCard {
  return details ? { ...card, ...details } : card;
}
