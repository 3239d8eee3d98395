/** Helpers for text shown to readers: UI strings come from _locales, entity text from the card's languages. */
import type { EntityType, Lang } from '../core/kb/schema';
import { t } from '../platform/browser';

export { t };

/** The localised name of an entity type ("Place", "Plaats"…). */
export function typeLabel(type: EntityType): string {
  return t(`type_${type}`);
}

/** The text in the wanted language, else English, else any language the entity has. */
export function inLanguage(texts: Partial<Record<Lang, string>>, lang: Lang): string | undefined {
  return texts[lang] ?? texts.en ?? Object.values(texts).find((text) => text !== undefined);
}
