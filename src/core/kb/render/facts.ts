/**
 * A statement as a card's fact line, in every language at once (compile time): the property's name from the
 * vocabulary, the value in that language, a bracketed note. Dates stay as qualifiers, for the card to weigh against
 * the article's date.
 */
import type { CardFact, FactLine } from '../index-format';
import { LANGUAGES, type Lang, type Statement } from '../schema';
import { PROPERTIES } from '../vocabulary';
import { capitalise, textIn, valueText, type RenderLookup } from './values';

function line(statement: Statement, lang: Lang, lookup: RenderLookup, female: boolean): FactLine | undefined {
  const info = PROPERTIES[statement.property];
  const ofPerson = statement.property === 'position-held' || statement.property === 'occupation';
  let value = valueText(statement.value, lang, lookup, female && ofPerson);
  if (value === undefined) return undefined;
  const note = textIn(statement.note, lang);
  if (note) value = `${value} (${note})`;
  const key = statement.property === 'note' ? textIn(statement.label, lang) : info.label?.[lang];
  return key ? { key, value } : { value: capitalise(value) };
}

/**
 * The statement as a card fact; `female`: its subject is a woman (her offices take their female labels). A property
 * the card does not show as a line (class, gender, ISO code) keeps its value's id, code or date but no lines.
 */
export function renderFact(statement: Statement, lookup: RenderLookup, female: boolean): CardFact {
  const fact: CardFact = { property: statement.property, lines: {} };
  if (PROPERTIES[statement.property].shown) {
    for (const lang of LANGUAGES) {
      const rendered = line(statement, lang, lookup, female);
      if (rendered) fact.lines[lang] = rendered;
    }
  }
  const { value } = statement;
  if (statement.start) fact.start = statement.start;
  if (statement.end) fact.end = statement.end;
  if (statement.at) fact.at = statement.at;
  if ('date' in value) fact.date = value.date;
  if ('code' in value) fact.code = value.code;
  if ('entity' in value && lookup.entity(value.entity)) fact.entity = value.entity;
  if (statement.asOf) fact.asOf = statement.asOf;
  if (statement.source) fact.source = statement.source;
  return fact;
}
