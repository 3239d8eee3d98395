/**
 * Who says what: mentions of news agencies, monitors and spokespeople that the article cites as the source of
 * a statement ("volgens het SOHR", "meldt Sana", "selon l'OSDH", "laut SANA"), found by cue words around the
 * mention. Sources are listed apart from the people and places an article is about.
 */
import type { EntityType, Lang } from '../kb/schema';
import type { Mention } from '../resolve/mention';

/** Entity types that can be a source of a statement. */
const SOURCE_TYPES: ReadonlySet<EntityType> = new Set(['organisation', 'person', 'group']);

/** How far around a mention a cue may stand, in characters. */
const BEFORE_CHARS = 60;
const AFTER_CHARS = 40;

const ARTICLE = String.raw`(?:(?:het|de|the|le|la|les|l['’]|der|die|das|dem|des)\s*)?`;
const TITLE = String.raw`(?:(?:officiële|officiele|official|officielle|offizielle[nr]?|staatse?|state|syrische|syrian)\s+)?`;
const AGENCY = String.raw`(?:persbureau|nieuwsagentschap|persagentschap|agentschap|agency|news agency|agence|nachrichtenagentur)\s+`;

/** Cues that stand right before the source: "volgens het", "according to", "selon l'", "laut". */
const CUES_BEFORE: Record<Lang, RegExp> = {
  nl: new RegExp(
    String.raw`(?:volgens|aldus|bron:|bronnen:|meldt|meldde|zegt|zei|schrijft|schreef|bevestigt|bevestigde|aan|door)\s+${ARTICLE}${TITLE}(?:${AGENCY})?$`,
    'iu',
  ),
  en: new RegExp(
    String.raw`(?:according to|told|said|reported by|cited by|quoted by|source:|sources:)\s+${ARTICLE}${TITLE}(?:${AGENCY})?$`,
    'iu',
  ),
  fr: new RegExp(
    String.raw`(?:selon|d['’]après|a déclaré à|a indiqué à|source\s*:|sources\s*:|rapporte|affirme|indique)\s+${ARTICLE}${TITLE}(?:${AGENCY})?$`,
    'iu',
  ),
  de: new RegExp(
    String.raw`(?:laut|nach angaben|zufolge|quelle:|berichtete|meldete|sagte)\s+${ARTICLE}${TITLE}(?:${AGENCY})?$`,
    'iu',
  ),
};

/** Cues that follow the source: "meldt", "said", "a indiqué", "berichtete". */
const CUES_AFTER: Record<Lang, RegExp> = {
  nl: /^\s+(?:meldt|meldde|zegt|zei|spreekt van|sprak van|schrijft|schreef|bevestigt|bevestigde|bericht|berichtte|rapporteert|laat weten|liet weten)\b/iu,
  en: /^\s+(?:said|says|reported|reports|told|claimed|claims|added|announced|confirmed|wrote)\b/iu,
  fr: /^\s+(?:a indiqué|indique|a annoncé|annonce|rapporte|a rapporté|affirme|a affirmé|a déclaré|déclare|a confirmé)\b/iu,
  de: /^\s+(?:meldete|meldet|berichtete|berichtet|teilte mit|sagte|erklärte|bestätigte|zufolge)\b/iu,
};

/** A list of sources: "Bron: ANP, Belga" — a source right after another source and a comma is one too. */
const LIST_CONTINUATION = /^\s*(?:,|en|and|et|und)\s*$/iu;

export interface Attribution {
  entityId: string;
  /** How many statements the article attributes to the source. */
  statements: number;
}

/** The sources an article cites, most cited first. Cues of every language count; the article's come first. */
export function findAttributions(
  text: string,
  mentions: readonly Mention[],
  typeOf: (entityId: string) => EntityType | undefined,
  language: Lang,
): Attribution[] {
  const languages = [language, ...(['nl', 'en', 'fr', 'de'] as const).filter((l) => l !== language)];
  const counts = new Map<string, number>();
  let previousSourceEnd = -1;
  for (const mention of mentions) {
    const type = typeOf(mention.entityId);
    if (!type || !SOURCE_TYPES.has(type) || mention.demonym) continue;
    const before = text.slice(Math.max(0, mention.start - BEFORE_CHARS), mention.start);
    const after = text.slice(mention.end, mention.end + AFTER_CHARS);
    const cued =
      languages.some((lang) => CUES_BEFORE[lang].test(before) || CUES_AFTER[lang].test(after)) ||
      (previousSourceEnd >= 0 && LIST_CONTINUATION.test(text.slice(previousSourceEnd, mention.start)));
    if (!cued) continue;
    counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
    previousSourceEnd = mention.end;
  }
  return [...counts]
    .map(([entityId, statements]) => ({ entityId, statements }))
    .sort((a, b) => b.statements - a.statements);
}
