/**
 * The gap list: words that look like names (acronyms, runs of capitalised words, a capitalised word in the
 * middle of a sentence) that the data could not explain, so the reader knows what the extension left out.
 */
import { CALENDAR_WORDS, DATELINE_PLACE, MAX_DATELINE } from '../resolve/context-cues';
import { isTitleCase, isTitleLine } from '../resolve/headline';
import type { Mention } from '../resolve/mention';
import {
  escapeRegExp,
  hasTrait,
  knowledgeOf,
  languageKnowledge,
  ofEveryLanguage,
  type LanguageKnowledge,
} from '../text/language-knowledge';
import { LANGUAGES } from '../text/languages';

/** Words as one regular-expression alternation, each once and matching as written. */
function anyOf(words: readonly string[]): string {
  return `(?:${[...new Set(words)].map(escapeRegExp).join('|')})`;
}

/** A pattern per language made of one of its lists, for the languages where that list is not empty. */
function perLanguage(
  list: (knowledge: LanguageKnowledge) => readonly string[],
  pattern: (alternation: string) => RegExp,
): ReadonlyMap<string, RegExp> {
  return new Map(
    LANGUAGES.flatMap((lang) => {
      const words = list(languageKnowledge(lang));
      return words.length === 0 ? [] : [[lang, pattern(anyOf(words))] as const];
    }),
  );
}

/** The particles of Arabic names, as every language writes them (al-Assad, bin Salman, Abu Mohammed). */
const ARABIC_PARTICLES = ['al', 'el', 'as', 'ad', 'bin', 'ibn', 'abu'];
/**
 * The particles names use between their capitalised words (al-, de, van, von, la, bin…: nameParticles and the
 * Arabic ones), as a pattern.
 */
const PARTICLES = anyOf([...ARABIC_PARTICLES, ...ofEveryLanguage((k) => k.nameParticles)]);
/** A capitalised word, with its hyphenated parts ("Saint-Germain", "Noord-"). */
const CAPITALISED = `\\p{Lu}[\\p{Ll}'’]+(?:-(?:\\p{L}[\\p{Ll}'’]*)?)*`;
/** Capitalised words, joined by a particle or not. */
const CANDIDATE = new RegExp(
  `\\b(?:\\p{Lu}{2,6}\\b|${CAPITALISED}(?:[ \\t\\u00a0]+(?:${PARTICLES}[ \\t\\u00a0-]+)?${CAPITALISED})*)`,
  'gu',
);

/** Sentence starts: a capital there says nothing about being a name. Read in the line, up to the word. */
const SENTENCE_START = /(?:^\s*|[.!?:]\s+|["“„«]\s*)$/u;
/** How far back a sentence's start is looked for: a page's text keeps its indentation ("practice.  Organisers"). */
const SENTENCE_LOOKBACK = 16;
/** A wire story's dateline before the first sentence: "AMMAN - ", "GENÈVE (Reuters) – ", "Damas (AFP) — ". */
const DATELINE = new RegExp(`^\\s*${DATELINE_PLACE}(?:\\s*\\([^()\\n]{1,40}\\))?\\s+[-–—]\\s+$`, 'u');
/**
 * A byline or a credit line (bylineWords, creditWords): "By Staff reporter · May 19, 2018 · Updated 7 hours ago",
 * "Door onze redacteur", "(Reporting by …; Editing by …)". Its capitals are the page's furniture and its writers'
 * names, not the story's.
 */
const BYLINE_WORD = anyOf(ofEveryLanguage((k) => k.bylineWords));
const CREDIT_WORD = anyOf(ofEveryLanguage((k) => k.creditWords));
const BYLINE = new RegExp(String.raw`^\s*(?:${BYLINE_WORD}\s|\(?${CREDIT_WORD}\b|.*\s·\s)`, 'u');

/** A page's label line: a section kicker or a pager ("Buitenland", "World News", "Older posts"), at most this long. */
const MAX_LABEL_WORDS = 3;
/** A live page's banner (liveLabels, a space for any white space): "EN DIRECT Mis à jour en continu", "LIVE Updated". */
const LIVE_LABELS = ofEveryLanguage((k) => k.liveLabels).map((label) =>
  label
    .split(' ')
    .map(escapeRegExp)
    .join(String.raw`\s+`),
);
const LIVE_LABEL = new RegExp(String.raw`^\s*(?:${LIVE_LABELS.join('|')})\b`, 'u');
/** The endings of capitalised adjectives per language (capitalisedAdjectiveEndings). */
const ADJECTIVE_ENDING = perLanguage(
  (k) => k.capitalisedAdjectiveEndings,
  (endings) => new RegExp(`^\\p{Lu}\\p{Ll}+${endings}$`, 'u'),
);
/**
 * Whether `word` is an adjective written with a capital in `language`, which names nothing by itself: by its ending
 * (capitalisedAdjectiveEndings: Dutch adjectives of peoples and places, "Koerdische en Arabische strijders",
 * "Brusselse") or as a whole (capitalisedAdjectives: English points of the compass, "Western diplomats").
 */
function capitalisedAdjective(word: string, language: string | undefined): boolean {
  if (language === undefined) return false;
  return (
    (knowledgeOf(language)?.capitalisedAdjectives.includes(word) ?? false) ||
    (ADJECTIVE_ENDING.get(language)?.test(word) ?? false)
  );
}

const MAX_GAPS = 30;

/**
 * Capitalised function words (functionWords), and the word that opens a source line (sourceWords): after a number or
 * a quote they still start a sentence, never a name.
 */
const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  ofEveryLanguage((k) => [...k.functionWords, ...k.sourceWords]),
);

/** A particle inside a run: in German it joins nouns as often as names ("Aufhebung von Sanktionen"). */
const PARTICLE = new RegExp(`[ \\t\\u00a0]+${PARTICLES}[ \\t\\u00a0-]+`, 'u');

/** The quantity words that open a run, per language (quantityWords). */
const QUANTITY = perLanguage(
  (k) => k.quantityWords,
  (words) => new RegExp(`^${words}\\s`, 'iu'),
);
/**
 * Whether a run starts with a number, a quantity or a span of time of `language` (quantityWords): "Vier Wochen",
 * "Millionen Euro", "Jahren Bürgerkrieg".
 */
function startsWithQuantity(run: string, language: string | undefined): boolean {
  return language !== undefined && (QUANTITY.get(language)?.test(run) ?? false);
}

/**
 * Whether a capitalised word or run says "name" in an article in `language`. Where every noun has a capital (the
 * trait capitalisesNouns: German), only an acronym or a run of two capitalised words or more, not joined by a
 * particle, does ("Rotes Kreuz", not "Bundesregierung" nor "Schutz von Minderheiten"). Days and months never do.
 */
function looksLikeName(word: string, acronym: boolean, language: string | undefined): boolean {
  // "Noord-" of "Noord-Syrië", whose name part is a mention: a fragment, not a name.
  if (CALENDAR_WORDS.has(word.toLowerCase()) || word.endsWith('-')) return false;
  if (capitalisedAdjective(word, language)) return false;
  if (!hasTrait(language, 'capitalisesNouns') || acronym) return true;
  return !PARTICLE.test(word) && /\s/u.test(word) && !startsWithQuantity(word, language);
}

/**
 * The gaps of `text` (at most MAX_GAPS), given its mentions as annotate() returns them: sorted by start and not
 * overlapping. `language` is the article's.
 */
export function findGaps(text: string, mentions: readonly Mention[], language?: string): string[] {
  // Mentions and matches both come in text order: a pointer into the mentions, not a search per match (a long page
  // with 20,000 mentions took seconds).
  let next = 0;
  const covered = (start: number, end: number) => {
    while (next < mentions.length && (mentions[next] as Mention).end <= start) next++;
    return next < mentions.length && (mentions[next] as Mention).start < end;
  };
  // The line of the current match, found going forward (matches come in order), so a text costs one pass; and
  // whether it says nothing about names: a Title Case headline, where every longer word is capitalised, or a byline.
  let lineStart = 0;
  let lineEnd = -1;
  let lineSaysNothing = false;
  const moveToLineOf = (at: number) => {
    if (at <= lineEnd) return;
    lineStart = lineEnd + 1;
    while (lineStart < at) {
      const next = text.indexOf('\n', lineStart);
      if (next < 0 || next >= at) break;
      lineStart = next + 1;
    }
    const end = text.indexOf('\n', at);
    lineEnd = end < 0 ? text.length : end;
    const line = text.slice(lineStart, lineEnd);
    lineSaysNothing =
      isTitleLine(line) &&
      (isTitleCase(line) ||
        BYLINE.test(line) ||
        LIVE_LABEL.test(line) ||
        line.trim().split(/\s+/u).length <= MAX_LABEL_WORDS);
  };
  const gaps = new Set<string>();
  for (const match of text.matchAll(CANDIDATE)) {
    let word = match[0];
    let start = match.index;
    if (covered(start, start + word.length)) continue;
    moveToLineOf(start);
    if (lineSaysNothing) continue;
    const acronym = /^\p{Lu}{2,6}$/u.test(word);
    const startsSentence =
      SENTENCE_START.test(text.slice(Math.max(lineStart, start - SENTENCE_LOOKBACK), start)) ||
      (start - lineStart <= MAX_DATELINE && DATELINE.test(text.slice(lineStart, start)));
    if (!acronym && startsSentence) {
      // "Volgens Amnesty International": the sentence's first word is capitalised for the sentence's sake.
      const rest = /^\S+\s+(\p{Lu}.*)$/u.exec(word)?.[1];
      if (!rest) continue;
      start += word.length - rest.length;
      word = rest;
    }
    if (FUNCTION_WORDS.has(word.toLowerCase()) || !looksLikeName(word, acronym, language)) continue;
    gaps.add(word);
    if (gaps.size >= MAX_GAPS) break;
  }
  return [...gaps];
}
