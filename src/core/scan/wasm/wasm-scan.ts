/**
 * The article scan and the name walk in WebAssembly (src/wasm/, compiled into scan-binary.ts; decision 0013).
 * One instance per ArticleScanner, with its own memory: a copy of the scan's tables, the text's UTF-8 bytes, the
 * arrays the scan writes and, when a binary index was placed in it, that index. word-scan.ts and match.ts drive it
 * and take everything it leaves to them.
 *
 * The memory layout is src/wasm/layout.ts's, imported from there.
 */
import type { FrontCodedParts } from '../../kb/front-coding';
import type { NameTableParts } from '../name-table';
// The layout the WebAssembly was compiled with: one file, so the two sides cannot drift apart.
import * as layout from '../../../wasm/layout';
import { SCAN_WASM } from './scan-binary';

const PAGE = 0x10000;
/**
 * The text the room beside a loaded index is made for at load (then written once, so a first scan finds its pages
 * there): most news articles are under 30,000 characters. A longer article grows the memory when it comes; a text
 * longer than any article is matched in parts of this size at most (long-text.ts), so it does not.
 */
export const ARTICLE_CHARS = 32_768;
/**
 * Hits written per match() call at most (i32s); a start word with more is left to match.ts. A 30,000-character
 * article with 100,000 names gives about 2,700 (1,000,000 names: 3,500); more take another call.
 */
const HITS_CAPACITY = 4096;

/** The i32 index of a state field at byte `at`, from the state's start at byte `base`. */
const slot = (at: number, base: number) => (at - base) >> 2;

/** Fields of the scan state (i32s from layout.ts's STATE). */
export const Field = {
  Length: slot(layout.LENGTH, layout.STATE),
  Count: slot(layout.COUNT, layout.STATE),
  InWord: slot(layout.IN_WORD, layout.STATE),
  WordStart: slot(layout.WORD_START, layout.STATE),
  WordOrigStart: slot(layout.WORD_ORIG_START, layout.STATE),
  Hash: slot(layout.HASH, layout.STATE),
  LastUnitStart: slot(layout.LAST_UNIT_START, layout.STATE),
  LastOrigEnd: slot(layout.LAST_ORIG_END, layout.STATE),
  Byte: slot(layout.BYTE, layout.STATE),
  Units: slot(layout.UNITS, layout.STATE),
  UnitsCapacity: slot(layout.UNITS_CAPACITY, layout.STATE),
  Starts: slot(layout.STARTS, layout.STATE),
  Ends: slot(layout.ENDS, layout.STATE),
  OrigStarts: slot(layout.ORIG_STARTS, layout.STATE),
  OrigEnds: slot(layout.ORIG_ENDS, layout.STATE),
  Hashes: slot(layout.HASHES, layout.STATE),
  WordsCapacity: slot(layout.WORDS_CAPACITY, layout.STATE),
  Input: slot(layout.INPUT, layout.STATE),
} as const;

/** Fields of the match state (i32s from layout.ts's MATCH). */
const MatchField = {
  Fingerprints: slot(layout.FINGERPRINTS, layout.MATCH),
  TableMask: slot(layout.TABLE_MASK, layout.MATCH),
  TableShift: slot(layout.TABLE_SHIFT, layout.MATCH),
  FingerprintMask: slot(layout.FINGERPRINT_MASK, layout.MATCH),
  Terminals: slot(layout.TERMINALS, layout.MATCH),
  TerminalRanks: slot(layout.TERMINAL_RANKS, layout.MATCH),
  RunFirst: slot(layout.RUN_FIRST, layout.MATCH),
  RunStarts: slot(layout.RUN_STARTS, layout.MATCH),
  TextBytes: slot(layout.TEXT_BYTES, layout.MATCH),
  TextBytesEnd: slot(layout.TEXT_BYTES_END, layout.MATCH),
  BlockStarts: slot(layout.BLOCK_STARTS, layout.MATCH),
  TextCount: slot(layout.TEXT_COUNT, layout.MATCH),
  Flags: slot(layout.FLAGS, layout.MATCH),
  CaseSensitiveBit: slot(layout.CASE_SENSITIVE_BIT, layout.MATCH),
  Hits: slot(layout.HITS, layout.MATCH),
  HitsCapacity: slot(layout.HITS_CAPACITY, layout.MATCH),
  HitsLength: slot(layout.HITS_LENGTH, layout.MATCH),
  Inflections: slot(layout.INFLECTIONS, layout.MATCH),
  RunFirstBits: slot(layout.RUN_FIRST_BITS, layout.MATCH),
} as const;

const { TABLE_UNITS, STATE: STATE_AT, MATCH: MATCH_AT, FREE: FREE_AT } = layout;

/** A hit's alias must be checked by match.ts (its words need the full scan to fold). */
export const NEEDS_CHECK = 0x80000000;
/** A hit's alias is case-sensitive: match.ts checks its case as written. */
export const NEEDS_CASE = 0x40000000;
export const HIT_ALIAS = 0x3fffffff;
/** In a hit's alias count: its aliases match once the last word loses a genitive -s (Syriens). */
export const HIT_INFLECTED = 0x40000000;

/** The scan's lookup tables and the order their entries were filled in (word-scan.ts's classify()). */
export interface ScanTables {
  kind: Uint8Array;
  folded: Uint16Array;
  wordFolded: Uint16Array;
  /** The units classified so far, in order: entries 0 .. classifiedCount() - 1. */
  classified: Uint16Array;
  classifiedCount(): number;
}

/** The arrays one scan writes into: views of the instance's memory. */
export interface RunBuffers {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  origStarts: Int32Array;
  origEnds: Int32Array;
  hashes: Int32Array;
}

/** What the name walk reads of a binary index: its names table and its alias texts and flags, in this memory. */
export interface PlacedIndex {
  names: NameTableParts;
  fingerprintBits: number;
  texts: FrontCodedParts;
  textCount: number;
  flags: Uint8Array;
  caseSensitiveBit: number;
}

let compiled: WebAssembly.Module | null | undefined;

/** The compiled module, or null where WebAssembly is missing or refused (a CSP without 'wasm-unsafe-eval'). */
function scanModule(): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  try {
    compiled = new WebAssembly.Module(decodeBase64(SCAN_WASM));
  } catch {
    compiled = null;
  }
  return compiled;
}

function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let k = 0; k < binary.length; k++) bytes[k] = binary.charCodeAt(k);
  return bytes;
}

const encoder = new TextEncoder();
/** The scans that hold an index, by their memory's buffer. */
const holders = new WeakMap<ArrayBufferLike, WasmScan>();

function align(at: number): number {
  return (at + 15) & ~15;
}

export class WasmScan {
  /** The scan state, read and written around every run (remade when the memory grows). */
  state: Int32Array;
  /** The hits of the last match() call (remade when the memory grows). */
  hits: Uint32Array;
  /** The match state: where the index's parts and the hits are (remade when the memory grows). */
  private matchState: Int32Array;
  private bytes: Uint8Array;
  private readonly memory: WebAssembly.Memory;
  private readonly exports: { run(from: number, to: number): number; match(from: number): number };
  /** How many of the tables' classified units this memory has a copy of. */
  private synced = 0;
  /** Where the scan's buffers may start (after an index placed here). */
  private buffersAt = FREE_AT;
  /** Told the new buffer whenever the memory grows: the views of an index placed here must be made again. */
  private readonly growListeners: ((buffer: ArrayBuffer) => void)[] = [];
  /** Whether the names table and alias texts of a placed index are attached for match(). */
  private attached = false;
  private claimed = false;

  /**
   * An instance over `tables`, or undefined where WebAssembly cannot be used. `hitsCapacity`: i32s of hits per
   * match() call (tests narrow it, so that start words overflow and match.ts walks them).
   */
  static create(tables: ScanTables, hitsCapacity = HITS_CAPACITY): WasmScan | undefined {
    const module = scanModule();
    if (!module) return undefined;
    try {
      return new WasmScan(new WebAssembly.Instance(module), tables, hitsCapacity);
    } catch {
      return undefined;
    }
  }

  private constructor(
    instance: WebAssembly.Instance,
    private readonly tables: ScanTables,
    private readonly hitsCapacity: number,
  ) {
    this.memory = instance.exports.memory as WebAssembly.Memory;
    this.exports = instance.exports as unknown as WasmScan['exports'];
    this.bytes = new Uint8Array(this.memory.buffer);
    this.state = new Int32Array(this.memory.buffer, STATE_AT, 32);
    this.matchState = new Int32Array(this.memory.buffer, MATCH_AT, 32);
    this.hits = new Uint32Array(0);
    this.syncTables();
  }

  private grow(end: number): boolean {
    if (end <= this.memory.buffer.byteLength) return true;
    try {
      this.memory.grow(Math.ceil((end - this.memory.buffer.byteLength) / PAGE));
    } catch {
      // No memory to be had (a RangeError): this text is scanned in JavaScript, and the memory stays as it was.
      return false;
    }
    const { buffer } = this.memory;
    this.bytes = new Uint8Array(buffer);
    this.state = new Int32Array(buffer, STATE_AT, 32);
    this.matchState = new Int32Array(buffer, MATCH_AT, 32);
    for (const listener of this.growListeners) listener(buffer);
    return true;
  }

  /**
   * Calls `listener` with the memory's new buffer whenever it grows: every view of the old one is then detached
   * (length 0), so the holder of views of an index placed here must make them again, at the same offsets.
   */
  onGrow(listener: (buffer: ArrayBuffer) => void): void {
    this.growListeners.push(listener);
  }

  /**
   * Room for a binary index of `length` bytes in this memory, with room after it for the scan of a text of
   * `reserveChars` characters (of plain text: see begin()): fill it and load it from there (loadIndex), and the
   * name walk reads it in place. Longer texts grow the memory (ArticleScanner bounds how long).
   */
  reserveIndex(length: number, reserveChars: number): Uint8Array {
    this.buffersAt = align(FREE_AT + length);
    if (!this.grow(this.buffersAt + this.layout(reserveChars, inputRoom(reserveChars)).end))
      throw new RangeError(`no memory for an index of ${length} bytes`);
    const room = new Uint8Array(this.memory.buffer, FREE_AT, length);
    holders.set(this.memory.buffer, this);
    return room;
  }

  /**
   * Writes the room reserved for scans and the alias cache once, so that their pages are there: on this machine a
   * first scan spent 1-5 ms faulting in fresh pages (about 3.5 ms a megabyte). loadIndex() calls it, so loading
   * pays for it.
   */
  commitScanMemory(): void {
    const memory = new Uint8Array(this.memory.buffer);
    memory.fill(0, layout.CACHE_SLOTS, FREE_AT);
    memory.fill(0, this.buffersAt);
  }

  /** reserveIndex() with `bytes` copied in. */
  place(bytes: Uint8Array, reserveChars: number): Uint8Array {
    const room = this.reserveIndex(bytes.length, reserveChars);
    room.set(bytes);
    return room;
  }

  /** The scan whose memory holds `view` (one from reserveIndex()), once: a second load of the same bytes copies. */
  static holding(view: ArrayBufferView): WasmScan | undefined {
    const scan = holders.get(view.buffer);
    holders.delete(view.buffer);
    return scan;
  }

  /**
   * Takes this scan for one matcher: true the first time only. Its memory holds one scan's results at a time, so
   * two matchers must not share it.
   */
  claim(): boolean {
    if (this.claimed) return false;
    this.claimed = true;
    return true;
  }

  /**
   * Where a scan of `chars` characters puts its parts, from the scan's buffers' start: the text's UTF-8 bytes
   * (`inputBytes` of room), its units, its word arrays and the hits.
   */
  private layout(chars: number, inputBytes: number) {
    const unitCapacity = chars + (chars >> 3) + 16;
    // As word-scan.ts sizes its word arrays; when a text has more words, the rest of its scan is JavaScript's.
    const wordCapacity = (chars >> 2) + 16;
    const unitsAt = align(inputBytes);
    const wordsAt = align(unitsAt + unitCapacity * 2);
    const hitsAt = wordsAt + wordCapacity * 20;
    return { unitCapacity, wordCapacity, unitsAt, wordsAt, hitsAt, end: hitsAt + this.hitsCapacity * 4 };
  }

  /**
   * Attaches a placed index for match(): its parts must be views of this memory (place()), and its names table must
   * find its runs from runFirst (a binary index's). Returns whether match() can be used.
   */
  attach(index: PlacedIndex): boolean {
    const { names, texts, flags } = index;
    const views: ArrayBufferView[] = [
      names.fingerprints,
      names.terminals,
      names.terminalRanks,
      names.runFirst,
      names.runStarts,
      texts.bytes,
      texts.blockStarts,
      flags,
    ];
    const inMemory = views.every((view) => this.owns(view));
    if (!inMemory || names.runFirst.length === 0 || names.outList.length > 0) return false;
    const size = names.fingerprints.length;
    const match = this.matchState;
    match[MatchField.Fingerprints] = names.fingerprints.byteOffset;
    match[MatchField.TableMask] = size - 1;
    match[MatchField.TableShift] = 32 - Math.log2(size);
    match[MatchField.FingerprintMask] = (1 << index.fingerprintBits) - 1;
    match[MatchField.Terminals] = names.terminals.byteOffset;
    match[MatchField.TerminalRanks] = names.terminalRanks.byteOffset;
    match[MatchField.RunFirst] = names.runFirst.byteOffset;
    match[MatchField.RunFirstBits] = names.runFirstBits;
    match[MatchField.RunStarts] = names.runStarts.byteOffset;
    match[MatchField.TextBytes] = texts.bytes.byteOffset;
    match[MatchField.TextBytesEnd] = texts.bytes.byteOffset + texts.bytes.byteLength;
    match[MatchField.BlockStarts] = texts.blockStarts.byteOffset;
    match[MatchField.TextCount] = index.textCount;
    match[MatchField.Flags] = flags.byteOffset;
    match[MatchField.CaseSensitiveBit] = index.caseSensitiveBit;
    this.attached = true;
    return true;
  }

  get canMatch(): boolean {
    return this.attached;
  }

  /**
   * Copies the table entries classified since the last sync into the memory: before a scan, and whenever the scan
   * has classified a character on its own path.
   */
  syncTables(): void {
    const { tables } = this;
    const count = tables.classifiedCount();
    if (this.synced === count) return;
    const memory = this.memory.buffer;
    const wordFolded = new Uint16Array(memory, layout.WORD_FOLDED, TABLE_UNITS);
    const folded = new Uint16Array(memory, layout.FOLDED, TABLE_UNITS);
    const kind = new Uint8Array(memory, layout.KIND, TABLE_UNITS);
    for (let k = this.synced; k < count; k++) {
      const unit = tables.classified[k] as number;
      if (unit >= TABLE_UNITS) continue;
      wordFolded[unit] = tables.wordFolded[unit] as number;
      folded[unit] = tables.folded[unit] as number;
      kind[unit] = tables.kind[unit] as number;
    }
    this.synced = count;
  }

  /**
   * Makes room for `input` and writes its UTF-8 bytes in; returns the arrays the scan writes into, with the state's
   * pointers set and the run at the text's start; undefined when the memory cannot grow to hold it.
   */
  begin(input: string): RunBuffers | undefined {
    const chars = input.length;
    const inputAt = this.buffersAt;
    let inputBytes = inputRoom(chars);
    let parts = this.layout(chars, inputBytes);
    if (!this.grow(inputAt + parts.end)) return undefined;
    this.syncTables();
    if (encoder.encodeInto(input, this.bytes.subarray(inputAt, inputAt + inputBytes)).read < chars) {
      // More than a few characters beyond Latin: room for the most UTF-8 can take, and again.
      inputBytes = chars * 3;
      parts = this.layout(chars, inputBytes);
      if (!this.grow(inputAt + parts.end)) return undefined;
      encoder.encodeInto(input, this.bytes.subarray(inputAt, inputAt + inputBytes));
    }
    const { unitCapacity, wordCapacity } = parts;
    const unitsAt = inputAt + parts.unitsAt;
    const wordsAt = inputAt + parts.wordsAt;
    const hitsAt = inputAt + parts.hitsAt;
    const buffer = this.memory.buffer;
    const words = (k: number) => new Int32Array(buffer, wordsAt + k * wordCapacity * 4, wordCapacity);
    const buffers: RunBuffers = {
      units: new Uint16Array(buffer, unitsAt, unitCapacity),
      starts: words(0),
      ends: words(1),
      origStarts: words(2),
      origEnds: words(3),
      hashes: words(4),
    };
    this.hits = new Uint32Array(buffer, hitsAt, this.hitsCapacity);
    const { state } = this;
    state[Field.Byte] = 0;
    state[Field.Input] = inputAt;
    state[Field.Units] = unitsAt;
    state[Field.UnitsCapacity] = unitCapacity;
    state[Field.Starts] = buffers.starts.byteOffset;
    state[Field.Ends] = buffers.ends.byteOffset;
    state[Field.OrigStarts] = buffers.origStarts.byteOffset;
    state[Field.OrigEnds] = buffers.origEnds.byteOffset;
    state[Field.Hashes] = buffers.hashes.byteOffset;
    state[Field.WordsCapacity] = wordCapacity;
    const match = this.matchState;
    match[MatchField.Hits] = hitsAt;
    match[MatchField.HitsCapacity] = this.hitsCapacity;
    return buffers;
  }

  /** Runs the inline path from code unit `from` to `to` at most (the state must be set); returns where it stopped. */
  run(from: number, to: number): number {
    return this.exports.run(from, to);
  }

  /** Moves the run's byte position past input[from .. to), which the scan handled on its own path. */
  skip(input: string, from: number, to: number): void {
    this.state[Field.Byte] = (this.state[Field.Byte] as number) + utf8Length(input, from, to);
  }

  /** Whether `view` is in this memory (the scan grows its arrays elsewhere when they are full). */
  owns(view: ArrayBufferView): boolean {
    return view.buffer === this.memory.buffer;
  }

  /**
   * The name walk over the words of the last scan (they must be in this memory, and the word count in the
   * state), from start word `from`, with inflected forms too when asked: returns the start word it stopped
   * before, with `hitCount` i32s of `hits` written (see src/wasm/name-match.ts).
   */
  match(from: number, inflections: boolean): number {
    this.matchState[MatchField.Inflections] = inflections ? 1 : 0;
    return this.exports.match(from);
  }

  /** The word count match() walks: the scan's, which the JavaScript side may have added to after the last run. */
  setWordCount(count: number): void {
    this.state[Field.Count] = count;
  }

  get hitCount(): number {
    return this.matchState[MatchField.HitsLength] as number;
  }
}

/**
 * The room a text's UTF-8 bytes get at first: enough for Latin-script prose (in French about 1.04 bytes a
 * character). begin() makes room for three bytes a character when the text needs more.
 */
function inputRoom(chars: number): number {
  return chars + (chars >> 2) + 16;
}

/** How many bytes TextEncoder writes for input[from .. to): a lone surrogate becomes U+FFFD (3 bytes). */
function utf8Length(input: string, from: number, to: number): number {
  let length = 0;
  for (let k = from; k < to; k++) {
    const unit = input.charCodeAt(k);
    if (unit < 0x80) length += 1;
    else if (unit < 0x800) length += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && k + 1 < to) {
      const low = input.charCodeAt(k + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        length += 4;
        k++;
      } else length += 3;
    } else length += 3;
  }
  return length;
}
