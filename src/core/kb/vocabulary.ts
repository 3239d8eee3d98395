/**
 * The one fixed vocabulary of statement properties (pack format version 2), aligned with Wikidata's: each property
 * names the Wikidata property it stands for (`pid`), the kinds of value it takes, whether its value changes over time
 * (`volatile`: an open statement then needs an `asOf` and a source), and its name in the four languages, as a card's
 * fact line and the side panel's timeline write it. Documented for humans in docs/pack-format.md.
 *
 * Language knowledge is data: adding a property is one entry here, not a branch in the renderer.
 */
import type { Lang } from './schema';

export const VALUE_KINDS = ['entity', 'date', 'quantity', 'coordinates', 'text', 'code'] as const;
export type ValueKind = (typeof VALUE_KINDS)[number];

export interface PropertyInfo {
  /** The Wikidata property, or null for the few Backstory needs that Wikidata has no single property for. */
  pid: `P${number}` | null;
  /** The kinds of value the property takes; the first is the usual one. */
  kinds: readonly ValueKind[];
  /** The value can change while the entity exists: an open statement (no `end`, no `at`) needs `asOf` and `source`. */
  volatile: boolean;
  /**
   * How the fact line names it, per language ("Founded", "Opgericht"…). Null: the value speaks for itself and the
   * line is the value alone (an office held: "President of Syria 2000–2024").
   */
  label: Readonly<Record<Lang, string>> | null;
  /** Shown as a fact line on a card; false for what the description and the map already say (class, coordinates). */
  shown: boolean;
}

const p = (
  pid: PropertyInfo['pid'],
  kinds: readonly ValueKind[],
  volatile: boolean,
  label: PropertyInfo['label'],
  shown = true,
): PropertyInfo => ({ pid, kinds, volatile, label, shown });

const L = (en: string, nl: string, fr: string, de: string): Record<Lang, string> => ({ en, nl, fr, de });

/**
 * The vocabulary. Ids are kebab-case English; the order is the order a card shows its fact lines in: what the entity
 * is and does first (offices, leaders, founding), then where, then life dates and ties.
 */
export const PROPERTIES = {
  'instance-of': p('P31', ['entity'], false, L('Instance of', 'Is een', 'Nature', 'Ist ein'), false),
  occupation: p('P106', ['entity'], false, L('Occupation', 'Beroep', 'Profession', 'Beruf'), false),
  'sex-or-gender': p('P21', ['code'], false, null, false),
  'position-held': p('P39', ['entity'], true, null),
  'member-of-party': p('P102', ['entity'], true, L('Party', 'Partij', 'Parti', 'Partei')),
  'head-of-state': p(
    'P35',
    ['entity'],
    true,
    L('Head of state', 'Staatshoofd', "Chef d'État", 'Staatsoberhaupt'),
  ),
  'head-of-government': p(
    'P6',
    ['entity'],
    true,
    L('Head of government', 'Regeringsleider', 'Chef du gouvernement', 'Regierungschef'),
  ),
  'led-by': p('P488', ['entity', 'text'], true, L('Led by', 'Geleid door', 'Dirigé par', 'Geleitet von')),
  director: p('P1037', ['entity', 'text'], true, L('Director', 'Directeur', 'Directeur', 'Leitung')),
  founded: p('P571', ['date'], false, L('Founded', 'Opgericht', 'Fondation', 'Gegründet')),
  'founded-by': p(
    'P112',
    ['entity', 'text'],
    false,
    L('Founded by', 'Opgericht door', 'Fondé par', 'Gegründet von'),
  ),
  dissolved: p('P576', ['date'], false, L('Dissolved', 'Opgeheven', 'Dissolution', 'Aufgelöst')),
  'start-time': p('P580', ['date'], false, L('Began', 'Begin', 'Début', 'Beginn')),
  'end-time': p('P582', ['date'], false, L('Ended', 'Einde', 'Fin', 'Ende')),
  'point-in-time': p('P585', ['date'], false, L('Date', 'Datum', 'Date', 'Datum')),
  location: p('P276', ['entity', 'text'], false, L('Location', 'Plaats', 'Lieu', 'Ort')),
  participant: p(
    'P710',
    ['entity', 'text'],
    false,
    L('Parties', 'Betrokkenen', 'Participants', 'Beteiligte'),
  ),
  headquarters: p('P159', ['entity', 'text'], true, L('Headquarters', 'Hoofdzetel', 'Siège', 'Sitz')),
  capital: p('P36', ['entity'], true, L('Capital', 'Hoofdstad', 'Capitale', 'Hauptstadt')),
  'capital-of': p(
    'P1376',
    ['entity'],
    true,
    L('Capital of', 'Hoofdstad van', 'Capitale de', 'Hauptstadt von'),
  ),
  country: p('P17', ['entity'], false, L('Country', 'Land', 'Pays', 'Staat')),
  'located-in': p('P131', ['entity'], false, L('Located in', 'Ligt in', 'Situé dans', 'Liegt in')),
  'part-of': p('P361', ['entity'], false, L('Part of', 'Deel van', 'Fait partie de', 'Teil von')),
  population: p('P1082', ['quantity'], true, L('Population', 'Inwoners', 'Population', 'Einwohner')),
  'member-count': p('P2124', ['quantity', 'text'], true, L('Members', 'Leden', 'Membres', 'Mitglieder')),
  born: p('P569', ['date'], false, L('Born', 'Geboren', 'Naissance', 'Geboren')),
  'place-of-birth': p(
    'P19',
    ['entity', 'text'],
    false,
    L('Born in', 'Geboren in', 'Lieu de naissance', 'Geburtsort'),
  ),
  died: p('P570', ['date'], false, L('Died', 'Overleden', 'Décès', 'Gestorben')),
  'place-of-death': p(
    'P20',
    ['entity', 'text'],
    false,
    L('Died in', 'Overleden in', 'Lieu de décès', 'Sterbeort'),
  ),
  citizenship: p(
    'P27',
    ['entity'],
    false,
    L('Citizenship', 'Nationaliteit', 'Nationalité', 'Staatsangehörigkeit'),
  ),
  'member-of-team': p('P54', ['entity'], true, L('Team', 'Ploeg', 'Équipe', 'Mannschaft')),
  'member-of': p('P463', ['entity'], true, L('Member of', 'Lid van', 'Membre de', 'Mitglied von')),
  employer: p('P108', ['entity', 'text'], true, L('Employer', 'Werkgever', 'Employeur', 'Arbeitgeber')),
  affiliation: p(
    'P1416',
    ['entity', 'text'],
    true,
    L('Affiliated with', 'Verbonden met', 'Affilié à', 'Verbunden mit'),
  ),
  'supported-by': p(
    null,
    ['entity', 'text'],
    true,
    L('Backed by', 'Gesteund door', 'Soutenu par', 'Unterstützt von'),
  ),
  'controlled-by': p(
    null,
    ['entity', 'text'],
    true,
    L('Held by', 'In handen van', 'Contrôlé par', 'Kontrolliert von'),
  ),
  'parent-organisation': p(
    'P749',
    ['entity'],
    true,
    L('Parent organisation', 'Moederorganisatie', 'Organisation mère', 'Mutterorganisation'),
  ),
  'owned-by': p(
    'P127',
    ['entity', 'text'],
    true,
    L('Owned by', 'Eigendom van', 'Propriétaire', 'Eigentümer'),
  ),
  operator: p('P137', ['entity', 'text'], true, L('Run by', 'Beheerd door', 'Exploité par', 'Betrieben von')),
  league: p('P118', ['entity'], true, L('League', 'Competitie', 'Championnat', 'Liga')),
  'home-venue': p('P115', ['entity', 'text'], true, L('Stadium', 'Stadion', 'Stade', 'Stadion')),
  'participant-in': p(
    'P1344',
    ['entity'],
    false,
    L('Took part in', 'Nam deel aan', 'A participé à', 'Teilnahme an'),
  ),
  'official-language': p(
    'P37',
    ['entity'],
    false,
    L('Official language', 'Officiële taal', 'Langue officielle', 'Amtssprache'),
  ),
  spouse: p('P26', ['entity', 'text'], false, L('Spouse', 'Echtgeno(o)t(e)', 'Conjoint', 'Ehepartner')),
  father: p('P22', ['entity', 'text'], false, L('Father', 'Vader', 'Père', 'Vater')),
  mother: p('P25', ['entity', 'text'], false, L('Mother', 'Moeder', 'Mère', 'Mutter')),
  child: p('P40', ['entity', 'text'], false, L('Child', 'Kind', 'Enfant', 'Kind')),
  sibling: p(
    'P3373',
    ['entity', 'text'],
    false,
    L('Sibling', 'Broer of zus', 'Frère ou sœur', 'Geschwister'),
  ),
  follows: p('P155', ['entity', 'text'], false, L('Preceded by', 'Voorganger', 'Précédé par', 'Vorgänger')),
  'replaced-by': p(
    'P1366',
    ['entity', 'text'],
    false,
    L('Replaced by', 'Opgevolgd door', 'Remplacé par', 'Ersetzt durch'),
  ),
  'award-received': p(
    'P166',
    ['entity', 'text'],
    false,
    L('Award', 'Onderscheiding', 'Distinction', 'Auszeichnung'),
  ),
  'heritage-designation': p(
    'P1435',
    ['entity', 'text'],
    false,
    L('Heritage status', 'Erfgoedstatus', 'Statut patrimonial', 'Denkmalstatus'),
  ),
  'significant-event': p('P793', ['text', 'entity'], false, null),
  'iso-3166-1-alpha-2': p(
    'P297',
    ['code'],
    false,
    L('ISO 3166-1 code', 'ISO 3166-1-code', 'Code ISO 3166-1', 'ISO-3166-1-Code'),
    false,
  ),
  coordinates: p('P625', ['coordinates'], false, null, false),
  /** A fact the vocabulary has no property for (readers' version 1 glossaries): the statement names it in `label`. */
  note: p(null, ['text'], false, null),
} as const satisfies Record<string, PropertyInfo>;

export type PropertyId = keyof typeof PROPERTIES;
export const PROPERTY_IDS = Object.keys(PROPERTIES) as PropertyId[];

/** The codes a `code` value of `sex-or-gender` may take (Wikidata Q6581072, Q6581097, Q1097630). */
export const GENDER_CODES = ['female', 'male', 'intersex'] as const;

/** Whether a string names a property of the vocabulary. */
export function isPropertyId(id: string): id is PropertyId {
  return Object.hasOwn(PROPERTIES, id);
}

/** Each property's place in the vocabulary: the order a card shows its fact lines in. */
export const PROPERTY_ORDER: ReadonlyMap<PropertyId, number> = new Map(PROPERTY_IDS.map((id, i) => [id, i]));
