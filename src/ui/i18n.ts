/** Helpers for text shown to readers: UI strings come from _locales, entity text from the card's languages. */
import type { EntityType, Lang } from '../core/kb/schema';
import { browser, t } from '../platform/browser';
import type { Settings } from '../settings';

export { t };

/** The localised name of an entity type ("Place", "Plaats"…). */
export function typeLabel(type: EntityType): string {
  return t(`type_${type}`);
}

/** The interface's language among the four (the browser's UI language; English for any other). */
export function interfaceLanguage(): Lang {
  const code = browser.i18n.getUILanguage().slice(0, 2).toLowerCase();
  return code === 'nl' || code === 'fr' || code === 'de' ? code : 'en';
}

/** The language cards and the side panel explain in, from the reader's setting and the article's language. */
export function explanationLanguage(setting: Settings['explanationLanguage'], articleLanguage: Lang): Lang {
  if (setting === 'interface') return interfaceLanguage();
  return setting === 'article' ? articleLanguage : setting;
}

/** The text in the wanted language, else English, else any language the entity has. */
export function inLanguage(texts: Partial<Record<Lang, string>>, lang: Lang): string | undefined {
  return texts[lang] ?? texts.en ?? Object.values(texts).find((text) => text !== undefined);
}
