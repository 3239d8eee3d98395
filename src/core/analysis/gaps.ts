/**
 * The gap list: words that look like names (acronyms, runs of capitalised words, a capitalised word in the
 * middle of a sentence) that the data could not explain, so the reader knows what the extension left out.
 */
import { CALENDAR_WORDS, DATELINE_PLACE, MAX_DATELINE } from '../resolve/context-cues';
import { isTitleCase, isTitleLine } from '../resolve/headline';
import type { Mention } from '../resolve/mention';

/** The particles names use between their capitalised words (al-, de, van, von, la, bin…), as a pattern. */
const PARTICLES = '(?:al|el|as|ad|de|van|von|der|den|la|le|du|bin|ibn|abu)';
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
 * A byline or a credit line: "By Staff reporter · May 19, 2018 · Updated 7 hours ago", "Door onze redacteur",
 * "(Reporting by …; Editing by …)". Its capitals are the page's furniture and its writers' names, not the story's.
 */
const BYLINE =
  /^\s*(?:(?:By|Door|Von|Par)\s|\(?(?:Reporting|Editing|Writing|Additional reporting)\b|.*\s·\s)/u;

/** A page's label line: a section kicker or a pager ("Buitenland", "World News", "Older posts"), at most this long. */
const MAX_LABEL_WORDS = 3;
/** A live page's banner: "EN DIRECT Mis à jour en continu", "LIVE Updated every minute". */
const LIVE_LABEL = /^\s*(?:(?:EN\s+)?DIRECT|LIVE(?:BLOG)?|BREAKING|UPDATED?|EILMELDUNG)\b/u;
/**
 * Adjectives written with a capital, which name nothing by themselves: Dutch adjectives of peoples and places
 * ("Koerdische en Arabische strijders", "Brusselse"), English points of the compass ("Western diplomats").
 */
const ADJECTIVE: Readonly<Record<string, RegExp>> = {
  nl: /^\p{Lu}\p{Ll}+(?:sche|se)$/u,
  en: /^(?:Western|Eastern|Northern|Southern)$/u,
};

const MAX_GAPS = 30;

/** Capitalised function words: after a number or a quote they still start a sentence, never a name. */
const FUNCTION_WORDS = new Set(
  'de het een die dat deze in op en the a an in on and le la les un une des et der die das ein eine und im am bron source quelle'.split(
    ' ',
  ),
);

/** A particle inside a run: in German it joins nouns as often as names ("Aufhebung von Sanktionen"). */
const PARTICLE = new RegExp(`[ \\t\\u00a0]+${PARTICLES}[ \\t\\u00a0-]+`, 'u');

/**
 * German runs that start with a number, a quantity or a span of time: "Vier Wochen", "Millionen Euro", "Jahren
 * Bürgerkrieg".
 */
const GERMAN_QUANTITY =
  /^(?:jahre|jahren|monate|monaten|wochen|tage|tagen|stunden|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|hundert|tausend|(?:hundert|tausend|dutzend)en?|(?:hundert|tausend|dutzend)e|millionen|milliarden)\s/iu;

/**
 * Whether a capitalised word or run says "name" in an article in `language`. German capitalises every noun, so there
 * only an acronym or a run of two capitalised words or more, not joined by a particle, does ("Rotes Kreuz", not
 * "Bundesregierung" nor "Schutz von Minderheiten"). Days and months never do.
 */
function looksLikeName(word: string, acronym: boolean, language: string | undefined): boolean {
  // "Noord-" of "Noord-Syrië", whose name part is a mention: a fragment, not a name.
  if (CALENDAR_WORDS.has(word.toLowerCase()) || word.endsWith('-')) return false;
  if (language !== undefined && ADJECTIVE[language]?.test(word)) return false;
  if (language !== 'de' || acronym) return true;
  return !PARTICLE.test(word) && /\s/u.test(word) && !GERMAN_QUANTITY.test(word);
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
