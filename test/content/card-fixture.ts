/** A minimal entity card for the content script's unit tests: only the id and type matter to the layers. */
import type { EntityCard } from '../../src/core/kb/index-format';
import type { EntityType } from '../../src/core/kb/schema';
import type { Mention } from '../../src/core/resolve/mention';

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

/** The mention of `words` (its nth occurrence) in `text`, linked to `entityId` by name. */
export function mentionIn(
  text: string,
  words: string,
  entityId: string,
  nth = 0,
  extra: Partial<Mention> = {},
): Mention {
  let start = text.indexOf(words);
  for (let i = 0; i < nth; i++) start = text.indexOf(words, start + 1);
  if (start < 0) throw new Error(`"${words}" is not in the text`);
  return {
    start,
    end: start + words.length,
    text: words,
    entityId,
    demonym: false,
    why: { alias: words, rule: 'name' },
    ...extra,
  };
}
