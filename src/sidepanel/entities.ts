/** The article's entities as the side panel lists them: each once, in order of first mention, with a count. */
import type { EntityCard } from '../core/kb/index-format';
import type { ArticleSnapshot } from '../messages';

export interface ListedEntity {
  card: EntityCard;
  mentions: number;
}

export function listEntities(article: ArticleSnapshot): ListedEntity[] {
  const listed = new Map<string, ListedEntity>();
  for (const mention of article.mentions) {
    const card = article.cards[mention.entityId];
    if (!card) continue;
    const entry = listed.get(card.id);
    if (entry) entry.mentions++;
    else listed.set(card.id, { card, mentions: 1 });
  }
  return [...listed.values()];
}
