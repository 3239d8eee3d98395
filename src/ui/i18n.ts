/** Helpers for text shown to readers: UI strings come from _locales, entity text from the card's languages. */
import { textIn } from '../core/kb/render/values';
import { LANGUAGES, type EntityType, type Lang } from '../core/kb/schema';
import { t } from '../platform/browser';
import type { Settings } from '../settings';

export { t };

/** The localised name of an entity type ("Place", "Plaats"…). */
export function typeLabel(type: EntityType): string {
  return t(`type_${type}`);
}

/**
 * The language the interface speaks: the locale the browser picked our messages from (each _locales file names its
 * own language), so explanations match the labels around them. Not i18n.getUILanguage(): Chromium started with
 * --lang picks the messages of that language yet still reports its own English UI there.
 */
export function interfaceLanguage(): Lang {
  const code = t('interfaceLanguage');
  return (LANGUAGES as readonly string[]).includes(code) ? (code as Lang) : 'en';
}

/** The language cards and the side panel explain in, from the reader's setting and the article's language. */
export function explanationLanguage(setting: Settings['explanationLanguage'], articleLanguage: Lang): Lang {
  if (setting === 'interface') return interfaceLanguage();
  return setting === 'article' ? articleLanguage : setting;
}

/** The text in the wanted language, else English, else any language the entity has (the compiler's own rule). */
export const inLanguage: (texts: Partial<Record<Lang, string>>, lang: Lang) => string | undefined =
  textIn<string>;

/**
 * A YYYY-MM-DD day, a YYYY-MM month or a YYYY year as the interface's language writes dates ("21 May 2018",
 * "mei 2018", "2018"), so a date reads like the words around it; the text itself if it is none of these.
 */
export function dayText(day: string): string {
  const parts = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(day);
  if (!parts) return day;
  if (parts[2] === undefined) return parts[1]!;
  const date = new Date(`${parts[1]}-${parts[2]}-${parts[3] ?? '01'}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return date.toLocaleDateString(interfaceLanguage(), {
    ...(parts[3] === undefined ? {} : { day: 'numeric' }),
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}
