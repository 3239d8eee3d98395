/**
 * Descriptions written from statements, in each language with its own grammar, as Wikidata's automatic
 * descriptions do: "Nederlands politicus (VVD); premier van Nederland 2010–2024", "agence de presse syrienne fondée
 * en 1965", "niederländische Stadt". A pack's hand-written description wins where it has one (compile.ts).
 *
 * The head of a description is a noun phrase: the class (occupation for a person, else instance-of) with the
 * adjective of the entity's country agreeing with it (grammar.ts); a person adds party, offices and lifespan, an
 * organisation its founding year, an event its years.
 */
import type { EntityType, Lang, PackClass, Statement } from '../schema';
import { agreeingAdjective, fill, GRAMMAR, type NounGender } from './grammar';
import { capitalise, classLabel, isFemale, textIn, type RenderLookup } from './values';

/** A description must fit the card's one line (schema.ts: 140 characters). */
const MAX_LENGTH = 140;
/** How many offices a person's description names: the current or latest ones. */
const MAX_OFFICES = 2;

const year = (date: string | undefined) => date?.slice(0, 4);

function first(statements: readonly Statement[], property: Statement['property']): Statement | undefined {
  return statements.find((statement) => statement.property === property);
}

function entityValue(statement: Statement | undefined): string | undefined {
  return statement && 'entity' in statement.value ? statement.value.entity : undefined;
}

function dateValue(statement: Statement | undefined): string | undefined {
  return statement && 'date' in statement.value ? statement.value.date : undefined;
}

/** The class noun's gender where the language's adjectives agree with it (French, German); else masculine. */
function genderOf(klass: PackClass, lang: Lang): NounGender {
  return lang === 'fr' || lang === 'de' ? (klass.gender[lang] ?? 'm') : 'm';
}

/**
 * "2010–2024", "sinds 2024", or "" without dates. An open period whose data dates from a later year than its start
 * says so ("since 2017 (as of 2022)"): a card read years after its data must not claim the office is still held.
 */
export function yearsText(
  lang: Lang,
  start: string | undefined,
  end: string | undefined,
  asOf?: string,
): string {
  const grammar = GRAMMAR[lang];
  const from = year(start);
  const to = year(end);
  if (from && to) return from === to ? from : fill(grammar.range, from, to);
  const known = year(asOf);
  if (from && known && known > from) return fill(grammar.sinceAsOf, from, known);
  if (from) return fill(grammar.since, from);
  if (to) return fill(grammar.until, to);
  return '';
}

/** The class and the adjective of the country, agreeing: "Syrische stad", "ville syrienne", "syrisches Dorf". */
function nounPhrase(
  klass: PackClass,
  countryId: string | undefined,
  lang: Lang,
  lookup: RenderLookup,
  person: 'female' | 'male' | null,
): string | undefined {
  const noun = classLabel(klass, lang, person === 'female');
  if (!noun) return undefined;
  const forms = countryId ? lookup.entity(countryId)?.adjective?.[lang] : undefined;
  if (!forms || forms.length === 0) return noun;
  const gender: NounGender = person === 'female' ? 'f' : person === 'male' ? 'm' : genderOf(klass, lang);
  // Dutch: a man's profession takes the bare adjective ("Nederlands politicus"), as does a het-word.
  const inflectedNl = person === 'female' || (person === null && klass.gender.nl !== 'het');
  const adjective = agreeingAdjective(forms, lang, gender, inflectedNl);
  return GRAMMAR[lang].adjectiveAfterNoun ? `${noun} ${adjective}` : `${adjective} ${noun}`;
}

function personParts(statements: readonly Statement[], lang: Lang, lookup: RenderLookup): string[] {
  const female = isFemale(statements);
  const gender = female ? 'female' : 'male';
  const parts: string[] = [];
  const occupation = lookup.klass(entityValue(first(statements, 'occupation')) ?? '');
  const country = entityValue(first(statements, 'citizenship'));
  let head = occupation ? nounPhrase(occupation, country, lang, lookup, gender) : undefined;
  const party = statements.find((s) => s.property === 'member-of-party' && s.end === undefined);
  const partyLabel =
    party && 'entity' in party.value ? textIn(lookup.entity(party.value.entity)?.labels, lang) : undefined;
  if (head && partyLabel) head = `${head} (${partyLabel})`;
  const born = year(dateValue(first(statements, 'born')));
  const died = year(dateValue(first(statements, 'died')));
  if (head && born && died) head = `${head} ${fill(GRAMMAR[lang].lifespan, born, died)}`;
  if (head) parts.push(head);
  const offices = statements
    .filter((s) => s.property === 'position-held' && 'entity' in s.value)
    // Current offices first, then by when they ended, latest first.
    .sort(
      (a, b) =>
        (b.end ?? '9999').localeCompare(a.end ?? '9999') || (b.start ?? '').localeCompare(a.start ?? ''),
    );
  for (const office of offices.slice(0, MAX_OFFICES)) {
    const klass = lookup.klass(entityValue(office) ?? '');
    const label = klass && classLabel(klass, lang, female);
    if (!label) continue;
    const years = yearsText(lang, office.start, office.end, office.asOf);
    parts.push(years ? `${label} ${years}` : label);
  }
  if (!head && parts.length > 0 && born && died) parts.push(fill(GRAMMAR[lang].lifespan, born, died));
  return parts;
}

function thingParts(
  type: EntityType,
  statements: readonly Statement[],
  lang: Lang,
  lookup: RenderLookup,
): string[] {
  const klass = lookup.klass(entityValue(first(statements, 'instance-of')) ?? '');
  if (!klass) return [];
  // A capital's country is the one it is the capital of.
  const country = entityValue(first(statements, 'country')) ?? entityValue(first(statements, 'capital-of'));
  let head = nounPhrase(klass, country, lang, lookup, null);
  if (!head) return [];
  const grammar = GRAMMAR[lang];
  if (type === 'organisation' || type === 'group') {
    const founded = year(dateValue(first(statements, 'founded')));
    if (founded) {
      head +=
        grammar.foundedJoin + fill(grammar.founded[genderOf(klass, lang)] ?? grammar.founded.m, founded);
    }
  } else if (type === 'event') {
    const start = dateValue(first(statements, 'start-time')) ?? dateValue(first(statements, 'point-in-time'));
    const years = yearsText(lang, start, dateValue(first(statements, 'end-time')) ?? start);
    if (years) head += ` (${years})`;
  }
  return [head];
}

/** The description the statements give in the language, or undefined when they say too little. */
export function describe(
  type: EntityType,
  statements: readonly Statement[],
  lang: Lang,
  lookup: RenderLookup,
): string | undefined {
  const parts =
    type === 'person' ? personParts(statements, lang, lookup) : thingParts(type, statements, lang, lookup);
  // Fewer parts rather than a cut-off one.
  while (parts.length > 1 && parts.join(GRAMMAR[lang].partSeparator).length > MAX_LENGTH) parts.pop();
  const text = parts.join(GRAMMAR[lang].partSeparator);
  return text && text.length <= MAX_LENGTH ? capitalise(text) : undefined;
}
