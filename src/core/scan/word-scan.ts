/**
 * The article scan's one pass: normalisation (normalize.ts's rules), word boundaries (words.ts's rules) and each
 * word's FNV-1a hash (word-hash.ts), together. A character is read once; the hash grows while a word's letters go
 * by, so looking the word up (name-table.ts) costs a probe and no string. Only words keep their original offsets:
 * the per-character offset tables of normalize() cost more than the scan itself, and nothing after the scan needs
 * them.
 *
 * A character that normalises to one unit whatever its neighbours (ASCII, most letters of Latin, Greek, Cyrillic
 * and Arabic script) is handled inline from a table; anything else (spaces beyond ASCII, soft hyphens, dashes,
 * combining marks, ß) goes through normalize.ts's own normalizeChar, so the units written here are exactly
 * normalize()'s (test/core/scan/word-scan.test.ts checks it on random texts).
 *
 * Where WebAssembly runs, the inline path runs there (src/wasm/word-run.ts, through wasm/wasm-scan.ts), over the
 * same tables and word state; everything else still comes here, a character at a time (decision 0013).
 */
import { contextFreeFold, endsParagraph, normalizeChar } from '../text/normalize';
import type { NormalizedOutput } from '../text/normalized-output';
import { PRECLASSIFIED, PRECLASSIFIED_RANGES } from './scan-table-data';
import { Field, WasmScan } from './wasm/wasm-scan';
import { FNV_OFFSET, FNV_PRIME } from './word-hash';
import { wordCharLength, type WordList } from '../text/words';

const SPACE = 0x20;
const LINE_FEED = 0x0a;
const APOSTROPHE = 0x27;
const ANY_MARK = /\p{M}/gu;
/** Characters per inline run at most in JavaScript (see scanInto). */
const CHUNK = 4096;

/** What the inline path does with a BMP character: filled on first sight, one table entry per code unit. */
const UNKNOWN = 0;
const WORD = 1;
const WHITESPACE = 2;
const OTHER = 3;
/** Left to normalizeChar: spaces beyond ASCII, invisible characters, dashes, marks, surrogates, ß. */
const GENERAL = 4;
const KIND = new Uint8Array(0x10000);
/** The unit a WORD or OTHER character normalises to (contextFreeFold). */
const FOLDED = new Uint16Array(0x10000);
/** The folded unit of a WORD character, 0 for any other (or not yet classified): a word's letters cost one lookup. */
const WORD_FOLDED = new Uint16Array(0x10000);
/** The units classified so far, in order: what a WasmScan copies into its own tables. */
let classified = new Uint16Array(4096);
let classifiedCount = 0;
const TABLES = {
  kind: KIND,
  folded: FOLDED,
  wordFolded: WORD_FOLDED,
  get classified() {
    return classified;
  },
  classifiedCount: () => classifiedCount,
};

/** What the inline path does with BMP character `unit`: its kind and, for WORD and OTHER, the unit it folds to. */
export function classifyUnit(unit: number): { kind: number; folded: number } {
  if (unit === SPACE || (unit >= 0x09 && unit <= 0x0d)) return { kind: WHITESPACE, folded: 0 };
  const folded = contextFreeFold(unit);
  if (folded < 0) return { kind: GENERAL, folded: 0 };
  return { kind: wordCharLength(String.fromCharCode(folded), 0) > 0 ? WORD : OTHER, folded };
}

function record(unit: number, kind: number, folded: number): void {
  FOLDED[unit] = folded;
  if (kind === WORD) WORD_FOLDED[unit] = folded;
  KIND[unit] = kind;
  if (classifiedCount === classified.length) {
    classified = grown(classified);
  }
  classified[classifiedCount++] = unit;
}

/** Fills the table entry of `unit`; returns its kind. */
function classify(unit: number): number {
  const { kind, folded } = classifyUnit(unit);
  record(unit, kind, folded);
  return kind;
}

// The characters of most news text, classified ahead (scan-table-data.ts): working each out on first sight took
// 2-3 ms of a first scan, most of it in String.prototype.normalize and Unicode regular expressions.
{
  const data = atob(PRECLASSIFIED);
  let at = 0;
  for (const [from, to] of PRECLASSIFIED_RANGES)
    for (let unit = from; unit < to; unit++, at += 3)
      record(unit, data.charCodeAt(at), data.charCodeAt(at + 1) | (data.charCodeAt(at + 2) << 8));
}

/** What one scan found: the normalised units and, per word, its bounds (normalised and original) and its hash. */
export interface ArticleWords {
  /** The normalised text's code units (normalize(text).text, undecoded). */
  units: Uint16Array;
  words: WordList;
  /** Per word: where it starts in the original text, and where it ends (exclusive). */
  originalStarts: Int32Array;
  originalEnds: Int32Array;
  /** Per word: the FNV-1a hash of its units (hashRange's, as a signed 32-bit integer). */
  wordHashes: Int32Array;
}

/** The arrays a scan writes into, kept by an ArticleScanner for its next scan. */
interface ScanBuffers {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  origStarts: Int32Array;
  origEnds: Int32Array;
  hashes: Int32Array;
}

/** Whether a code point is a word character (letters, digits, marks), remembered per code point. */
function isWordCodePoint(codePoint: number): boolean {
  return wordCharLength(String.fromCodePoint(codePoint), 0) > 0;
}

/**
 * The word state machine, fed one normalised unit at a time by the loop below (inline for ASCII letters, through
 * feed() for the rest). The apostrophe rule of words.ts looks two units ahead (l'Irak splits, Sana'a does not,
 * Syria's splits before the s), so an apostrophe inside a word is held until those units arrive.
 */
class WordScanner implements NormalizedOutput {
  units: Uint16Array;
  length = 0;
  /** Where in the input the last unit came from (for normalize's paragraph rule). */
  lastUnitStart = -1;
  starts: Int32Array;
  ends: Int32Array;
  origStarts: Int32Array;
  origEnds: Int32Array;
  hashes: Int32Array;
  count = 0;

  /** The word being read: its first unit, original start, hash, and the original end of its last unit. */
  inWord = false;
  wordStart = 0;
  wordOrigStart = 0;
  hash = FNV_OFFSET | 0;
  lastOrigEnd = 0;
  /** An apostrophe inside the word, waiting for the units after it: its position, or -1. */
  apostrophe = -1;
  hashBeforeApostrophe = 0;
  origEndBeforeApostrophe = 0;
  /** After "'s": the word may end before the apostrophe after all, with the s a word of its own. */
  possessive = false;
  possessiveOrigin = 0;
  /** A high surrogate waiting for its low half: its unit (or 0), and where it came from. */
  highSurrogate = 0;
  highSurrogateOrigin = 0;

  /** Where the unit being fed came from in the input. */
  origin = 0;
  originEnd = 0;

  constructor(capacity: number, reuse?: ScanBuffers) {
    if (reuse && reuse.units.length >= capacity + 8) {
      ({ units: this.units, starts: this.starts, ends: this.ends, origStarts: this.origStarts } = reuse);
      ({ origEnds: this.origEnds, hashes: this.hashes } = reuse);
      return;
    }
    this.units = new Uint16Array(capacity + 8);
    const words = 16 + (capacity >> 2);
    this.starts = new Int32Array(words);
    this.ends = new Int32Array(words);
    this.origStarts = new Int32Array(words);
    this.origEnds = new Int32Array(words);
    this.hashes = new Int32Array(words);
  }

  /** The arrays, as grown, for the next scan to reuse. */
  get buffers(): ScanBuffers {
    const { units, starts, ends, origStarts, origEnds, hashes } = this;
    return { units, starts, ends, origStarts, origEnds, hashes };
  }

  // NormalizedOutput, for normalizeChar.
  last(): number {
    return this.length > 0 ? (this.units[this.length - 1] as number) : -1;
  }
  lastStart(): number {
    return this.lastUnitStart;
  }
  replaceLast(unit: number): void {
    this.units[this.length - 1] = unit;
  }
  push(unit: number, start: number, end: number): void {
    this.origin = start;
    this.originEnd = end;
    this.lastUnitStart = start;
    this.write(unit);
    this.feed(unit);
  }
  pushString(text: string, start: number, end: number): void {
    for (let k = 0; k < text.length; k++) this.push(text.charCodeAt(k), start, end);
  }

  write(unit: number): void {
    if (this.length === this.units.length) {
      this.units = grown(this.units);
    }
    this.units[this.length++] = unit;
  }

  /** The general path: classifies the unit just written (at length - 1) and moves the word state on. */
  feed(unit: number): void {
    const at = this.length - 1;
    if (this.highSurrogate !== 0) {
      const high = this.highSurrogate;
      this.highSurrogate = 0;
      const pair = unit >= 0xdc00 && unit <= 0xdfff;
      if (pair && isWordCodePoint(((high - 0xd800) << 10) + (unit - 0xdc00) + 0x10000)) {
        this.origin = this.highSurrogateOrigin;
        return this.wordUnits(at - 1, 2);
      }
      // A pair that is no word character, or a lone high surrogate (then this unit is looked at on its own).
      this.other(at - 1);
      if (pair) return;
    }
    if (unit >= 0xd800 && unit <= 0xdbff) {
      this.highSurrogate = unit;
      this.highSurrogateOrigin = this.origin;
      return;
    }
    let kind = KIND[unit] as number;
    if (kind === UNKNOWN) kind = classify(unit);
    const word = kind === WORD || (kind === GENERAL && wordCharLength(String.fromCharCode(unit), 0) > 0);
    if (word) this.wordUnits(at, 1);
    else if (unit === APOSTROPHE && this.inWord && this.apostrophe < 0 && !this.possessive)
      this.holdApostrophe(at);
    else this.other(at);
  }

  /** A word character of `width` units at `at`. */
  wordUnits(at: number, width: number): void {
    if (this.possessive) {
      // "'s" followed by more letters: all one word after all (Qur'ans is rare, but words.ts keeps it whole).
      this.possessive = false;
      this.apostrophe = -1;
    } else if (this.apostrophe >= 0) {
      const apostrophe = this.apostrophe;
      if (apostrophe - this.wordStart <= 2) {
        // l'Irak, d'Assad: the apostrophe ends an elided article.
        this.apostrophe = -1;
        this.endWord(apostrophe, this.hashBeforeApostrophe, this.origEndBeforeApostrophe);
      } else if (width === 1 && (this.units[at] === 0x73 || this.units[at] === 0x53)) {
        this.possessive = true;
        this.possessiveOrigin = this.origin;
        this.hash = hashUnit(this.hash, this.units[at] as number);
        this.lastOrigEnd = this.originEnd;
        return;
      } else this.apostrophe = -1;
    }
    if (!this.inWord) {
      this.inWord = true;
      this.wordStart = at;
      this.wordOrigStart = this.origin;
      this.hash = FNV_OFFSET | 0;
    }
    for (let k = 0; k < width; k++) this.hash = hashUnit(this.hash, this.units[at + k] as number);
    this.lastOrigEnd = this.originEnd;
  }

  holdApostrophe(at: number): void {
    this.apostrophe = at;
    this.hashBeforeApostrophe = this.hash;
    this.origEndBeforeApostrophe = this.lastOrigEnd;
    this.hash = hashUnit(this.hash, APOSTROPHE);
  }

  /** A unit that is not part of a word at `at`: ends the word being read, settling a held apostrophe. */
  other(at: number): void {
    if (!this.inWord) return;
    this.settle(at);
  }

  /** Ends the word being read; `at` is the first unit after everything fed so far. */
  settle(at: number): void {
    if (this.possessive) {
      // Syria's: the word ends before the apostrophe, and the s is a word of its own.
      const apostrophe = this.apostrophe;
      this.possessive = false;
      this.apostrophe = -1;
      const sEnd = this.lastOrigEnd;
      this.endWord(apostrophe, this.hashBeforeApostrophe, this.origEndBeforeApostrophe);
      const s = this.units[apostrophe + 1] as number;
      this.addWord(apostrophe + 1, apostrophe + 2, this.possessiveOrigin, sEnd, hashUnit(FNV_OFFSET, s));
      return;
    }
    if (this.apostrophe >= 0) {
      const apostrophe = this.apostrophe;
      this.apostrophe = -1;
      this.endWord(apostrophe, this.hashBeforeApostrophe, this.origEndBeforeApostrophe);
      return;
    }
    this.endWord(at, this.hash, this.lastOrigEnd);
  }

  endWord(end: number, hash: number, origEnd: number): void {
    this.inWord = false;
    this.addWord(this.wordStart, end, this.wordOrigStart, origEnd, hash);
  }

  addWord(start: number, end: number, origStart: number, origEnd: number, hash: number): void {
    if (this.count === this.starts.length) {
      this.starts = grown(this.starts);
      this.ends = grown(this.ends);
      this.origStarts = grown(this.origStarts);
      this.origEnds = grown(this.origEnds);
      this.hashes = grown(this.hashes);
    }
    const k = this.count++;
    this.starts[k] = start;
    this.ends[k] = end;
    this.origStarts[k] = origStart;
    this.origEnds[k] = origEnd;
    this.hashes[k] = hash;
  }

  /**
   * The inline path: from `from` to at most `to` (which scanInto keeps short of any combining mark), as long as the
   * characters are the table's and nothing is held, writes units and words straight away; returns where it
   * stopped. The hot state lives in locals for the run (V8 keeps them in registers) and goes back to the fields
   * when it ends, so the fields are read and written on every call, never only on a rare path (which would
   * deoptimise the loop).
   */
  inlineRun(input: string, from: number, to: number): number {
    if (this.apostrophe >= 0 || this.highSurrogate !== 0) return from;
    const units = this.units;
    let at = this.length;
    let inWord = this.inWord;
    let wordStart = this.wordStart;
    let wordOrigStart = this.wordOrigStart;
    let hash = this.hash;
    let lastUnitStart = this.lastUnitStart;
    let lastOrigEnd = this.lastOrigEnd;
    // The word arrays as locals too: a word ends every six characters or so, and a method call there cost more
    // than the letters. When they are full, the general path below grows them.
    const { starts, ends, origStarts, origEnds, hashes } = this;
    let count = this.count;
    let i = from;
    while (i < to && at < units.length) {
      let unit = input.charCodeAt(i);
      // Letters first, from the one table the word loop reads: most characters are letters.
      let folded = WORD_FOLDED[unit] as number;
      if (folded !== 0) {
        if (!inWord) {
          inWord = true;
          wordStart = at;
          wordOrigStart = i;
          hash = FNV_OFFSET | 0;
        }
        // The rest of the word's letters in a loop of their own: the common case, without the checks below. One
        // letter writes one unit, so one bound covers both the input run and the units' room.
        const stop = Math.min(to, i + units.length - at);
        for (;;) {
          units[at++] = folded;
          hash = Math.imul(hash ^ folded, FNV_PRIME);
          if (++i >= stop) break;
          unit = input.charCodeAt(i);
          folded = WORD_FOLDED[unit] as number;
          if (folded === 0) break;
        }
        lastUnitStart = i - 1;
        lastOrigEnd = i;
        // The character that ended the word is `unit`, read below in this same turn (one turn of the outer loop
        // per word and its separator, not two).
        if (i >= stop) continue;
      }
      const kind = KIND[unit] as number;
      // A character seen for the first time: classified, then read again (a letter is in WORD_FOLDED now).
      if (kind === UNKNOWN) {
        classify(unit);
        continue;
      }
      if (kind === GENERAL) break;
      if (kind === WHITESPACE) {
        const last = at > 0 ? (units[at - 1] as number) : -1;
        if (last === SPACE || last === LINE_FEED) {
          if (last === SPACE && endsParagraph(input, lastUnitStart, i)) units[at - 1] = LINE_FEED;
          i++;
          continue;
        }
      }
      folded = kind === WHITESPACE ? SPACE : (FOLDED[unit] as number);
      if (inWord) {
        if (folded === APOSTROPHE || count === starts.length) break;
        inWord = false;
        starts[count] = wordStart;
        ends[count] = at;
        origStarts[count] = wordOrigStart;
        origEnds[count] = lastOrigEnd;
        hashes[count++] = hash;
      }
      units[at++] = folded;
      lastUnitStart = i++;
    }
    this.length = at;
    this.count = count;
    this.inWord = inWord;
    this.wordStart = wordStart;
    this.wordOrigStart = wordOrigStart;
    this.hash = hash;
    this.lastUnitStart = lastUnitStart;
    this.lastOrigEnd = lastOrigEnd;
    return i;
  }

  /**
   * inlineRun() in WebAssembly (src/wasm/word-run.ts), over the buffers `wasm` gave this scanner: the word state
   * goes into its memory and comes back. Stops where inlineRun() would, and also before anything the WebAssembly
   * side leaves to this file; returns where it stopped.
   */
  wasmRun(wasm: WasmScan, from: number, to: number): number {
    if (this.apostrophe >= 0 || this.highSurrogate !== 0) return from;
    const { state } = wasm;
    state[Field.Length] = this.length;
    state[Field.Count] = this.count;
    state[Field.InWord] = this.inWord ? 1 : 0;
    state[Field.WordStart] = this.wordStart;
    state[Field.WordOrigStart] = this.wordOrigStart;
    state[Field.Hash] = this.hash;
    state[Field.LastUnitStart] = this.lastUnitStart;
    state[Field.LastOrigEnd] = this.lastOrigEnd;
    const next = wasm.run(from, to);
    this.length = state[Field.Length] as number;
    this.count = state[Field.Count] as number;
    this.inWord = state[Field.InWord] !== 0;
    this.wordStart = state[Field.WordStart] as number;
    this.wordOrigStart = state[Field.WordOrigStart] as number;
    this.hash = state[Field.Hash] as number;
    this.lastUnitStart = state[Field.LastUnitStart] as number;
    this.lastOrigEnd = state[Field.LastOrigEnd] as number;
    return next;
  }

  finish(): ArticleWords {
    if (this.highSurrogate !== 0) {
      this.highSurrogate = 0;
      this.other(this.length - 1);
    }
    if (this.inWord) this.settle(this.length);
    const count = this.count;
    return {
      units: this.units.subarray(0, this.length),
      words: { count, starts: this.starts, ends: this.ends },
      originalStarts: this.origStarts.subarray(0, count),
      originalEnds: this.origEnds.subarray(0, count),
      wordHashes: this.hashes.subarray(0, count),
    };
  }
}

function hashUnit(hash: number, unit: number): number {
  return Math.imul(hash ^ unit, FNV_PRIME);
}

/** `array` copied into a new one twice as long, or `size` long if that is more. */
export function grown<T extends Uint16Array | Int32Array>(array: T, size = 0): T {
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}

/**
 * Normalises `input` as normalize() does and finds its words as findWords() would in the result, with their
 * hashes and original offsets.
 */
export function scanArticle(input: string): ArticleWords {
  return scanInto(new WordScanner(input.length), input);
}

/**
 * Texts up to this length leave their arrays to the next scan (about 3 MB for 100,000 characters), and go through
 * WebAssembly, whose memory grows for them and never shrinks: this bounds what one long text leaves behind there
 * (about 1 MB). Longer texts are scanned here in JavaScript; the matcher cuts them into parts first where it can
 * (long-text.ts), and each part goes through WebAssembly.
 */
export const LONGEST_ARTICLE = 100_000;

/**
 * scanArticle() for a caller that scans one text after another (the matcher): each scan writes into the arrays of
 * the one before, so a result is only valid until the next scan() on the same scanner. Fresh arrays for every
 * 30 KB article cost more than the scan in Chromium: the memory is zeroed, and each page is faulted in when the
 * scan first writes to it.
 */
export class ArticleScanner {
  private kept: ScanBuffers | undefined;
  /** The WebAssembly scan: made on the first scan; null where WebAssembly cannot run or is turned off. */
  private wasm: WasmScan | null | undefined;
  private lastInWasm = false;

  /**
   * `wasm: false` keeps the scan in JavaScript (the tests compare both); a WasmScan is used as given (one that holds
   * a binary index, for the matcher's name walk).
   */
  constructor(options: { wasm?: boolean | WasmScan } = {}) {
    if (options.wasm === false) this.wasm = null;
    else if (options.wasm instanceof WasmScan) this.wasm = options.wasm;
  }

  /** Whether scans go through WebAssembly (after the first scan; texts longer than LONGEST_ARTICLE never do). */
  get usesWasm(): boolean {
    return !!this.wasm;
  }

  /** The WebAssembly scan that holds the last scan's words and units, if one does. */
  get wasmWithWords(): WasmScan | undefined {
    return this.lastInWasm ? (this.wasm ?? undefined) : undefined;
  }

  scan(input: string): ArticleWords {
    this.lastInWasm = false;
    if (input.length <= LONGEST_ARTICLE) {
      if (this.wasm === undefined) this.wasm = createWasmScan() ?? null;
      const buffers = this.wasm?.begin(input);
      if (this.wasm && buffers) {
        const scanner = new WordScanner(input.length, buffers);
        const words = scanThroughWasm(scanner, input, this.wasm);
        this.lastInWasm = this.wasm.owns(words.units) && this.wasm.owns(words.words.starts);
        return words;
      }
    }
    const scanner = new WordScanner(input.length, this.kept);
    const words = scanInto(scanner, input);
    this.kept = input.length <= LONGEST_ARTICLE ? scanner.buffers : undefined;
    return words;
  }
}

/** A WebAssembly scan over this file's tables, or undefined where WebAssembly cannot be used. */
export function createWasmScan(hitsCapacity?: number): WasmScan | undefined {
  return WasmScan.create(TABLES, hitsCapacity);
}

/**
 * Where the next combining mark at or after `from` is (past the end when there is none): a native search, so the
 * scan never looks ahead for one. Text in NFC (nearly every page) has none, and the search runs once. The character
 * before a mark folds with it (e + U+0301 is é), so the inline paths stop short of it and normalizeChar takes the
 * whole cluster.
 */
function nextMark(input: string, from: number): number {
  ANY_MARK.lastIndex = from;
  return ANY_MARK.exec(input)?.index ?? input.length + 1;
}

/**
 * The scan through WebAssembly: it takes the text as far as it can, and this file takes each character it leaves,
 * one at a time (inlineRun() classifies it, or normalizeChar() handles it), then hands back. When this file's side
 * has outgrown the buffers in its memory, the rest of the text is scanned here.
 */
function scanThroughWasm(scanner: WordScanner, input: string, wasm: WasmScan): ArticleWords {
  let markAt = -1;
  let i = 0;
  while (i < input.length) {
    if (markAt < i) markAt = nextMark(input, i);
    const to = Math.min(input.length, markAt - 1);
    let next = scanner.wasmRun(wasm, i, to);
    if (next > i) {
      i = next;
      continue;
    }
    next = scanner.inlineRun(input, i, Math.min(to, i + 1));
    if (next === i) next = normalizeChar(input, i, true, scanner);
    wasm.skip(input, i, next);
    i = next;
    if (!wasm.owns(scanner.units) || !wasm.owns(scanner.starts)) return scanInto(scanner, input, i);
    wasm.syncTables();
  }
  return scanner.finish();
}

/** The scan in JavaScript, from code unit `from` (0, or where the WebAssembly scan handed over). */
function scanInto(scanner: WordScanner, input: string, from = 0): ArticleWords {
  let markAt = -1;
  for (let i = from; i < input.length;) {
    if (markAt < i) markAt = nextMark(input, i);
    // In chunks: a run over a whole long text makes V8 optimise the loop on the stack before the code after it has
    // run, and the return then deoptimised it, again and again (seen with --trace-deopt on the bench's news text).
    const next = scanner.inlineRun(input, i, Math.min(input.length, i + CHUNK, markAt - 1));
    i = next > i ? next : normalizeChar(input, i, true, scanner);
  }
  return scanner.finish();
}

/** Between the words of foldedWords(): a NUL is never part of a word. */
export const WORD_SEPARATOR = 0;

const utf8 = new TextEncoder();

/**
 * A name's words as the scan folds them, one after another with WORD_SEPARATOR between: what the matcher checks a
 * candidate against. foldUtf8Words() of the text's bytes when it can (TextEncoder makes a lone surrogate U+FFFD,
 * which separates words as the surrogate does in the scan); a full scan otherwise.
 */
export function foldedWords(text: string): Uint16Array {
  const bytes = utf8.encode(text);
  const folded = new Uint16Array(bytes.length);
  const end = foldUtf8Words(bytes, folded, 0);
  return end >= 0 ? folded.slice(0, end) : scannedWords(text);
}

function scannedWords(text: string): Uint16Array {
  const { units, words } = scanArticle(text);
  let length = Math.max(0, words.count - 1);
  for (let w = 0; w < words.count; w++) length += (words.ends[w] as number) - (words.starts[w] as number);
  const folded = new Uint16Array(length);
  let at = 0;
  for (let w = 0; w < words.count; w++) {
    if (w > 0) folded[at++] = WORD_SEPARATOR;
    folded.set(units.subarray(words.starts[w], words.ends[w]), at);
    at += (words.ends[w] as number) - (words.starts[w] as number);
  }
  return folded;
}

/**
 * A name's folded words (see foldedWords) from its UTF-8 bytes, as the binary index stores alias texts, written
 * into `out` from `at`: returns where they end, or -1 when the name needs the full scan. Names of plain
 * characters (nearly all) are folded straight from the scan's tables; anything the inline path would leave to
 * normalizeChar (marks, dashes, invisible characters, apostrophes, characters beyond the BMP) is not. The matcher
 * checks each alias it meets for the first time, so this spares a string and an array per check; `out` must have
 * room for bytes.length units.
 */
export function foldUtf8Words(bytes: Uint8Array, out: Uint16Array, at: number): number {
  const first = at;
  let inWord = false;
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] as number;
    let unit: number;
    if (lead < 0x80) {
      unit = lead;
      i += 1;
    } else if (lead >= 0xc2 && lead < 0xe0) {
      unit = ((lead & 0x1f) << 6) | ((bytes[i + 1] as number) & 0x3f);
      i += 2;
    } else if (lead >= 0xe0 && lead < 0xf0) {
      unit =
        ((lead & 0x0f) << 12) | (((bytes[i + 1] as number) & 0x3f) << 6) | ((bytes[i + 2] as number) & 0x3f);
      i += 3;
    } else return -1; // beyond the BMP (or not UTF-8): a surrogate pair, left to the full scan
    let kind = KIND[unit] as number;
    if (kind === UNKNOWN) kind = classify(unit);
    if (kind === WORD) {
      if (!inWord && at > first) out[at++] = WORD_SEPARATOR;
      inWord = true;
      out[at++] = FOLDED[unit] as number;
    } else if (kind === GENERAL || (kind === OTHER && FOLDED[unit] === APOSTROPHE)) return -1;
    else inWord = false;
  }
  return at;
}
