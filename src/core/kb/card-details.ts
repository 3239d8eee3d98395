/**
 * The parts of an entity card, by when a woken background reads them (decision 0001):
 *  - its stub (type, pack, names, related entities, dated facts) is in index.bin, read before the first answer:
 *    enough to resolve names and paint them;
 *  - the rest of the card, but for its details, is data/cards.json, read after that answer;
 *  - its details (summaries and sources, which only an opened card shows) are data/card-details.json.
 */
import type { CardFact, CompiledIndex, EntityCard } from './index-format';

export type CardDetails = Pick<EntityCard, 'summaries' | 'sources'>;

/**
 * What a background that has read only index.bin knows of an entity: what the resolver weighs (related entities,
 * facts with a start) and what painting a name and naming its card need. `facts` holds only the facts with a start,
 * and of them only their property and period: the lines come with the card.
 */
export type EntityStub = Pick<EntityCard, 'type' | 'packId' | 'labels' | 'related' | 'facts'>;

/** What the resolver weighs of a dated fact: its property and period; its lines come with the whole card. */
function periodOnly({ property, start, end }: CardFact): CardFact {
  return end === undefined ? { property, start, lines: {} } : { property, start, end, lines: {} };
}

export function stubsOf(entities: Readonly<Record<string, EntityCard>>): Record<string, EntityStub> {
  const stubs: Record<string, EntityStub> = {};
  for (const [id, { type, packId, labels, related, facts }] of Object.entries(entities))
    stubs[id] = {
      type,
      packId,
      labels,
      related,
      facts: facts.filter((fact) => fact.start !== undefined).map(periodOnly),
    };
  return stubs;
}

/** A card made from a stub alone, to be completed in place when the whole card comes. */
export function cardFromStub(id: string, stub: EntityStub): EntityCard {
  return {
    id,
    qid: null,
    ...stub,
    descriptions: {},
    summaries: {},
    sources: [],
    reviewed: '',
  };
}

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
 * theirs once the details are read). Fills the parsed cards in place: copies of 1,100 cards would only be garbage.
 */
export function withEmptyDetails(file: CardsFile): CompiledIndex {
  for (const card of Object.values(file.entities)) Object.assign(card, { summaries: {}, sources: [] });
  return file as CompiledIndex;
}

/** `card` with `details` when there are any for it, else `card` itself. */
export function addDetails(card: EntityCard, details: CardDetails | undefined): EntityCard {
  return details ? { ...card, ...details } : card;
}
