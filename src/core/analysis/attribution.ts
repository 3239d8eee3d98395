/**
 * Who says what: mentions of news agencies, monitors and spokespeople that the article cites as the source of
 * a statement ("volgens het SOHR", "meldt Sana", "selon l'OSDH", "laut SANA"), found by cue words around the
 * mention. Sources are listed apart from the people and places an article is about.
 */
import type { EntityType, Lang } from '../kb/schema';
import {
  escapeRegExp,
  languageKnowledge,
  ofEveryLanguage,
  type AttributionPatterns,
} from '../text/language-knowledge';
import { LANGUAGES } from '../text/languages';
import type { Mention } from '../resolve/mention';

/** Entity types that can be a source of a statement. */
const SOURCE_TYPES: ReadonlySet<EntityType> = new Set(['organisation', 'person', 'group']);

/** How far around a mention a cue may stand, in characters. */
const BEFORE_CHARS = 60;
const AFTER_CHARS = 40;

/** One regular-expression alternation of the patterns of every language under one key of `attribution`. */
function anyOf(patterns: (attribution: AttributionPatterns) => readonly string[]): string {
  return `(?:${ofEveryLanguage((k) => patterns(k.attribution)).join('|')})`;
}

/** What may stand between a cue and the source: an article, a qualifier ("official", "state"), an agency noun. */
const ARTICLE = String.raw`(?:${anyOf((a) => a.articles)}\s*)?`;
const TITLE = String.raw`(?:${anyOf((a) => a.qualifiers)}\s+)?`;
const AGENCY = String.raw`${anyOf((a) => a.agencies)}\s+`;

/** Cues that stand right before the source (attribution.before): "volgens het", "according to", "selon l'", "laut". */
const CUES_BEFORE: ReadonlyMap<Lang, RegExp> = new Map(
  LANGUAGES.map((lang) => [
    lang,
    new RegExp(
      String.raw`(?:${languageKnowledge(lang).attribution.before.join('|')})\s+${ARTICLE}${TITLE}(?:${AGENCY})?$`,
      'iu',
    ),
  ]),
);

/** Cues that follow the source (attribution.after): "meldt", "said", "a indiqué", "berichtete". */
const CUES_AFTER: ReadonlyMap<Lang, RegExp> = new Map(
  LANGUAGES.map((lang) => [
    lang,
    new RegExp(String.raw`^\s+(?:${languageKnowledge(lang).attribution.after.join('|')})\b`, 'iu'),
  ]),
);

/** A list of sources: "Bron: ANP, Belga" — a source right after another source and a comma or an "and" is one too. */
const LIST_CONTINUATION = new RegExp(
  String.raw`^\s*(?:,|${ofEveryLanguage((k) => k.and)
    .map(escapeRegExp)
    .join('|')})\s*$`,
  'iu',
);

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
  const languages = [language, ...LANGUAGES.filter((l) => l !== language)];
  const counts = new Map<string, number>();
  let previousSourceEnd = -1;
  for (const mention of mentions) {
    const type = typeOf(mention.entityId);
    if (!type || !SOURCE_TYPES.has(type) || mention.demonym) continue;
    const before = text.slice(Math.max(0, mention.start - BEFORE_CHARS), mention.start);
    const after = text.slice(mention.end, mention.end + AFTER_CHARS);
    const cued =
      languages.some((lang) => CUES_BEFORE.get(lang)?.test(before) || CUES_AFTER.get(lang)?.test(after)) ||
      (previousSourceEnd >= 0 && LIST_CONTINUATION.test(text.slice(previousSourceEnd, mention.start)));
    if (!cued) continue;
    counts.set(mention.entityId, (counts.get(mention.entityId) ?? 0) + 1);
    previousSourceEnd = mention.end;
  }
  return [...counts]
    .map(([entityId, statements]) => ({ entityId, statements }))
    .sort((a, b) => b.statements - a.statements);
}
