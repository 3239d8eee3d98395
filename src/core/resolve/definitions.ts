/**
 * Acronyms the article defines itself: "Syrisch Observatorium voor de Mensenrechten (SOHR)" or "IS (Islamitische
 * Staat)". From the definition on, the bare acronym means that entity in this article, alias or not, and it
 * overrides another entity's alias of the same spelling: the article's own words are the best evidence there is.
 */
import { hasSmallLetter } from './headline';
import type { Mention } from './mention';
import type { ResolvedMention } from './resolve';
import type { ScanResult } from '../scan/match';

const MAX_ACRONYM_LENGTH = 10;

interface Definition {
  acronym: string;
  entityId: string;
  /** The long form as written in the article. */
  longForm: string;
  /** The word where the acronym is first used; mentions are added from here on, never before. */
  fromWord: number;
}

function wordStart(scan: ScanResult, w: number): number {
  return scan.originalStarts[w] as number;
}

function wordEnd(scan: ScanResult, w: number): number {
  return scan.originalEnds[w] as number;
}

/** Upper-case letters and digits as written, with at least two letters (SOHR, IS, G20), at most ten units. */
function isAcronym(word: string): boolean {
  if (word.length < 2 || word.length > MAX_ACRONYM_LENGTH) return false;
  let letters = 0;
  for (const ch of word) {
    const isUpper = ch !== ch.toLowerCase() && ch === ch.toUpperCase();
    if (isUpper) letters++;
    else if (ch < '0' || ch > '9') return false;
  }
  return letters >= 2;
}

/** Whether words `before` and `before + 1` are separated by an opening parenthesis, optionally after a space. */
function opensParenthesis(scan: ScanResult, before: number): boolean {
  const { text } = scan;
  const from = scan.words.ends[before] as number;
  const to = scan.words.starts[before + 1] as number;
  return (
    text.charCodeAt(to - 1) === 0x28 &&
    (to - from === 1 || (to - from === 2 && text.charCodeAt(from) === 0x20))
  );
}

function closesParenthesisAfter(scan: ScanResult, w: number): boolean {
  return scan.text.charCodeAt(scan.words.ends[w] as number) === 0x29;
}

/** Whether an acronym and a long form start with the same letter, case and accents aside (SOHR, Syrisch…). */
function sameInitial(acronym: string, longForm: string): boolean {
  const initial = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[^\p{L}]/gu, '')
      .charAt(0)
      .toLowerCase();
  return initial(acronym) === initial(longForm);
}

function findDefinitions(scan: ScanResult, resolved: readonly ResolvedMention[]): Definition[] {
  const definitions: Definition[] = [];
  const count = scan.words.count;
  /** Words an ordinary name already explains: "BEIRUT (Reuters)" is a dateline, not Reuters defining BEIRUT. */
  const named = new Set<number>();
  /** Words that are an acronym the data knows, by the entity it means: AFP, SANA. */
  const knownAcronyms = new Map<number, string>();
  for (const { mention, firstWord, lastWord } of resolved) {
    if (mention.why.rule === 'acronym') knownAcronyms.set(firstWord, mention.entityId);
    else if (mention.why.rule !== 'definition') for (let w = firstWord; w <= lastWord; w++) named.add(w);
  }
  for (const { mention, firstWord, lastWord } of resolved) {
    // A short form cannot define another short form.
    if (mention.demonym || mention.why.rule === 'acronym' || mention.why.rule === 'definition') continue;
    // A dateline's place in capitals ("BEIRUT (AFP)") defines nothing; nor does a name that cannot stand for an
    // acronym the data gives to another entity ("Beirut (AFP)": B is no A).
    if (!hasSmallLetter(mention.text)) continue;
    const define = (w: number) => {
      const acronym = scan.original.slice(wordStart(scan, w), wordEnd(scan, w));
      if (!isAcronym(acronym) || named.has(w)) return;
      const known = knownAcronyms.get(w);
      if (known !== undefined && known !== mention.entityId && !sameInitial(acronym, mention.text)) return;
      definitions.push({ acronym, entityId: mention.entityId, longForm: mention.text, fromWord: w });
    };
    const after = lastWord + 1;
    if (after < count && opensParenthesis(scan, lastWord) && closesParenthesisAfter(scan, after))
      define(after);
    const before = firstWord - 1;
    if (before >= 0 && opensParenthesis(scan, before) && closesParenthesisAfter(scan, lastWord))
      define(before);
  }
  // A repeated definition adds nothing: its acronym is already linked from the first one on.
  definitions.sort((a, b) => a.fromWord - b.fromWord);
  return definitions.filter(
    (d, i) => !definitions.slice(0, i).some((e) => e.acronym === d.acronym && e.entityId === d.entityId),
  );
}

/** Adds the mentions that definitions in the text imply; returns all mentions sorted by start. */
export function addDefinitions(scan: ScanResult, resolved: readonly ResolvedMention[]): Mention[] {
  const definitions = findDefinitions(scan, resolved);
  if (definitions.length === 0) return resolved.map((r) => r.mention);
  const all = [...resolved];
  /** Per word: the index in `all` of the mention covering it, or -1. */
  const owner = new Int32Array(scan.words.count).fill(-1);
  all.forEach(({ firstWord, lastWord }, i) => owner.fill(i, firstWord, lastWord + 1));

  for (const { acronym, entityId, longForm, fromWord } of definitions) {
    for (let w = fromWord; w < scan.words.count; w++) {
      const start = wordStart(scan, w);
      const end = wordEnd(scan, w);
      if (end - start !== acronym.length || !scan.original.startsWith(acronym, start)) continue;
      const current = all[owner[w] as number];
      const replaces =
        current && current.firstWord === w && current.lastWord === w && current.mention.entityId !== entityId;
      if (current && !replaces) continue;
      const why: Mention['why'] = { alias: acronym, rule: 'definition', evidence: longForm };
      const defined = {
        mention: { start, end, text: acronym, entityId, demonym: false, why },
        firstWord: w,
        lastWord: w,
      };
      if (replaces) all[owner[w] as number] = defined;
      else owner[w] = all.push(defined) - 1;
    }
  }
  return all.map((r) => r.mention).sort((a, b) => a.start - b.start);
}
