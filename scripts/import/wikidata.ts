/**
 * The parts of Wikidata's entity JSON (the format of the JSON dumps and of Special:EntityData) the importer reads,
 * and the conversions of its values that do not depend on the pack: QIDs, times, links.
 * Reference: https://doc.wikimedia.org/Wikibase/master/php/docs_topics_json.html
 *
 * Records from before 2015 differ a little (an item value without `id`, only `numeric-id`; empty maps written as
 * `[]`); both shapes are read.
 */

export interface WdTerm {
  language: string;
  value: string;
}

export interface WdDatavalue {
  type: string;
  value: unknown;
}

export interface WdSnak {
  snaktype: 'value' | 'somevalue' | 'novalue';
  property: string;
  datatype?: string;
  datavalue?: WdDatavalue;
}

export interface WdStatement {
  mainsnak: WdSnak;
  rank?: 'preferred' | 'normal' | 'deprecated';
  qualifiers?: Record<string, WdSnak[]>;
  id?: string;
}

export interface WdSitelink {
  site: string;
  title: string;
  badges?: string[];
  url?: string;
}

export interface WdEntity {
  id: string;
  type?: string;
  modified?: string;
  labels?: Record<string, WdTerm>;
  descriptions?: Record<string, WdTerm>;
  aliases?: Record<string, WdTerm[]>;
  claims?: Record<string, WdStatement[]>;
  sitelinks?: Record<string, WdSitelink>;
  /** Not Wikidata's: the number of sitelinks, set by a scan that trims `sitelinks` to the English one. */
  sitelinkCount?: number;
}

export const QID = /^Q[1-9]\d*$/;

/** A map of the record, or an empty one where an old record wrote `[]` or left it out. */
export function record<T>(
  value: Record<string, T> | readonly unknown[] | undefined | null,
): Record<string, T> {
  return value && !Array.isArray(value) ? (value as Record<string, T>) : {};
}

/** The item a `wikibase-entityid` value names (`Q42`), or null for properties, lexemes and malformed values. */
export function itemId(datavalue: WdDatavalue | undefined): string | null {
  if (!datavalue || datavalue.type !== 'wikibase-entityid') return null;
  const value = datavalue.value as { id?: unknown; 'numeric-id'?: unknown; 'entity-type'?: unknown };
  if (typeof value.id === 'string') return QID.test(value.id) ? value.id : null;
  if (value['entity-type'] === 'item' && typeof value['numeric-id'] === 'number' && value['numeric-id'] > 0)
    return `Q${value['numeric-id']}`;
  return null;
}

/** The item values of a statement list, deprecated ones left out. */
export function itemValues(statements: readonly WdStatement[] | undefined): string[] {
  const ids: string[] = [];
  for (const statement of statements ?? []) {
    if (statement.rank === 'deprecated' || statement.mainsnak.snaktype !== 'value') continue;
    const id = itemId(statement.mainsnak.datavalue);
    if (id) ids.push(id);
  }
  return ids;
}

const TIME = /^([+-])(\d+)-(\d{2})-(\d{2})T/;

/**
 * A Wikidata time as the pack writes dates: precision 9 (year) → `YYYY`, 10 (month) → `YYYY-MM`, 11 (day) →
 * `YYYY-MM-DD`. Null for lower precision (decade and coarser), for dates before the common era, for years beyond
 * four digits, for a missing month or day at the precision that needs it, and for unknown values.
 * The calendar model is not converted: a Julian day stays as Wikidata writes it.
 */
export function timeToDate(datavalue: WdDatavalue | undefined): string | null {
  if (!datavalue || datavalue.type !== 'time') return null;
  const { time, precision } = datavalue.value as { time?: unknown; precision?: unknown };
  if (typeof time !== 'string' || typeof precision !== 'number') return null;
  const match = TIME.exec(time);
  if (!match || match[1] !== '+') return null;
  const year = Number(match[2]);
  if (year < 1 || year > 9999) return null;
  const yyyy = String(year).padStart(4, '0');
  const [month, day] = [match[3]!, match[4]!];
  if (precision === 9) return yyyy;
  if (precision === 10) return month === '00' ? null : `${yyyy}-${month}`;
  if (precision === 11) return month === '00' || day === '00' ? null : `${yyyy}-${month}-${day}`;
  return null;
}

/** The Wikidata page of an entity: the link every imported statement cites. */
export const wikidataUrl = (qid: string) => `https://www.wikidata.org/wiki/${qid}`;

/** A Wikipedia article's link as MediaWiki writes it: spaces as underscores, `:/(),;@$!*~'` left as they are. */
export function wikipediaUrl(lang: string, title: string): string {
  const path = encodeURIComponent(title.replace(/ /g, '_')).replace(
    /%(3A|2F|2C|3B|40|24|21|2A|28|29|7E|27)/gi,
    (escaped) => decodeURIComponent(escaped),
  );
  return `https://${lang}.wikipedia.org/wiki/${path}`;
}
