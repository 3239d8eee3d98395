/**
 * The article's entities as the side panel lists them: each once, grouped by type, most important first
 * (mentioned most, then mentioned earliest), with counts for the summary line.
 */
import type { EntityCard } from '../core/kb/index-format';
import { ENTITY_TYPES, type EntityType } from '../core/kb/schema';
import type { ArticleSnapshot } from '../messages';

export interface ListedEntity {
  card: EntityCard;
  mentions: number;
  /** Text offset of the first mention: reading order. */
  first: number;
}

export interface EntityGroup {
  type: EntityType;
  entities: ListedEntity[];
}

/** Types in the order a reader scans them: who, what organisations and groups, where, what happened. */
const TYPE_ORDER: EntityType[] = ['person', 'organisation', 'group', 'place', 'event', 'work', 'concept'];

export function listEntities(article: ArticleSnapshot): ListedEntity[] {
  return article.entities.flatMap(({ entityId, mentions, first }) => {
    const card = article.cards[entityId];
    return card ? [{ card, mentions, first }] : [];
  });
}

function byImportance(a: ListedEntity, b: ListedEntity): number {
  return b.mentions - a.mentions || a.first - b.first;
}

export function groupEntities(entities: readonly ListedEntity[]): EntityGroup[] {
  return TYPE_ORDER.map((type) => ({
    type,
    entities: entities.filter((e) => e.card.type === type).sort(byImportance),
  })).filter((group) => group.entities.length > 0);
}

/** Entities per type, in the summary's order, without empty types. */
export function countByType(entities: readonly ListedEntity[]): { type: EntityType; count: number }[] {
  const counts = new Map<EntityType, number>(ENTITY_TYPES.map((type) => [type, 0]));
  for (const { card } of entities) counts.set(card.type, (counts.get(card.type) ?? 0) + 1);
  return TYPE_ORDER.map((type) => ({ type, count: counts.get(type) ?? 0 })).filter((c) => c.count > 0);
}

/** Case- and accent-insensitive search over names (every language) and descriptions. */
export function matchesFilter(entity: ListedEntity, query: string): boolean {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const needle = fold(query.trim());
  if (!needle) return true;
  const haystack = [...Object.values(entity.card.labels), ...Object.values(entity.card.descriptions)];
  return haystack.some((text) => text !== undefined && fold(text).includes(needle));
}
