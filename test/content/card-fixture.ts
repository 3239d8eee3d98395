/** A minimal entity card for the content script's unit tests: only the id and type matter to the layers. */
import type { EntityCard } from '../../src/core/kb/index-format';
import type { EntityType } from '../../src/core/kb/schema';

export function card(id: string, type: EntityType): EntityCard {
  return {
    id,
    qid: null,
    type,
    packId: 'test',
    labels: { en: id },
    descriptions: {},
    summaries: {},
    facts: [],
    related: [],
    sources: [],
    reviewed: '2026-01-01',
  };
}
