/**
 * Statement values as one language writes them: dates and numbers through Intl in that language's locale, entities
 * and classes by their label in that language (a woman's form of an office where the language has one).
 */
import type { EntityType, Lang, PackClass, Statement, Value } from '../schema';
import { GRAMMAR } from './grammar';

export type PerLanguage = Partial<Record<Lang, string>>;

/** What rendering needs of the other entities and classes a statement points at. */
export interface RenderLookup {
  entity(
    id: string,
  ): { labels: PerLanguage; type: EntityType; adjective?: Partial<Record<Lang, string[]>> } | undefined;
  klass(id: string): PackClass | undefined;
}

/**
 * The text (or fact line) in the language, else English, else any language that has one: one language per screen
 * wherever the data allows, and never nothing where it has something.
 */
export function textIn<T>(texts: Partial<Record<Lang, T>> | undefined, lang: Lang): T | undefined {
  if (!texts) return undefined;
  return texts[lang] ?? texts.en ?? Object.values(texts).find((text) => text !== undefined);
}

export function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** An ISO date of a year, a month or a day as the language writes it: "1965", "September 1965", "11. September 1965". */
export function formatDate(iso: string, lang: Lang): string {
  if (iso.length === 4) return iso;
  const precision = iso.length === 7 ? 'month' : 'day';
  const key = `${lang}:${precision}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(GRAMMAR[lang].locale, {
      year: 'numeric',
      month: 'long',
      ...(precision === 'day' ? { day: 'numeric' } : {}),
      timeZone: 'UTC',
    });
    dateFormats.set(key, format);
  }
  const date = new Date(`${precision === 'month' ? `${iso}-01` : iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : format.format(date);
}

export function formatQuantity(quantity: number, lang: Lang): string {
  return new Intl.NumberFormat(GRAMMAR[lang].locale).format(quantity);
}

/** Whether the statement's subject is a woman: her offices and occupations take their female labels. */
export function isFemale(statements: readonly Statement[]): boolean {
  return statements.some(
    (statement) =>
      statement.property === 'sex-or-gender' &&
      'code' in statement.value &&
      statement.value.code === 'female',
  );
}

/** A class's label in the language, in its female form where `female` and the language has one. */
export function classLabel(klass: PackClass, lang: Lang, female: boolean): string | undefined {
  return (female ? klass.femaleLabels[lang] : undefined) ?? textIn(klass.labels, lang);
}

/** The value as text in the language; undefined when it names nothing the data has. */
export function valueText(
  value: Value,
  lang: Lang,
  lookup: RenderLookup,
  female = false,
): string | undefined {
  if ('entity' in value) {
    const klass = lookup.klass(value.entity);
    if (klass) return classLabel(klass, lang, female);
    return textIn(lookup.entity(value.entity)?.labels, lang);
  }
  if ('date' in value) return formatDate(value.date, lang);
  if ('quantity' in value)
    return value.unit
      ? `${formatQuantity(value.quantity, lang)} ${value.unit}`
      : formatQuantity(value.quantity, lang);
  if ('coordinates' in value) return `${value.coordinates.lat}, ${value.coordinates.lon}`;
  if ('text' in value) return textIn(value.text, lang);
  return value.code;
}
