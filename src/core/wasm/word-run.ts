/**
 * The article scan's inline path in WebAssembly (src/wasm/word-run.ts, compiled into word-run-binary.ts): one
 * instance per ArticleScanner, with its own memory holding a copy of the scan's tables, the text's UTF-8 bytes and
 * the arrays the scan writes (decision 0013). word-scan.ts drives it and takes every character it leaves.
 *
 * The memory layout is set here and in src/wasm/word-run.ts; change both together.
 */
import { WORD_RUN_WASM } from './word-run-binary';

const WORD_FOLDED_AT = 0;
const FOLDED_AT = 0x20000;
const KIND_AT = 0x40000;
const STATE_AT = 0x50000;
/** Where the buffers start: after the tables and the state. */
const BUFFERS_AT = 0x50100;
const PAGE = 0x10000;

/** Fields of the state (i32 indices from STATE_AT), as src/wasm/word-run.ts reads them. */
export const Field = {
  Length: 0,
  Count: 1,
  InWord: 2,
  WordStart: 3,
  WordOrigStart: 4,
  Hash: 5,
  LastUnitStart: 6,
  LastOrigEnd: 7,
  Byte: 8,
  Units: 9,
  UnitsCapacity: 10,
  Starts: 11,
  Ends: 12,
  OrigStarts: 13,
  OrigEnds: 14,
  Hashes: 15,
  WordsCapacity: 16,
  Input: 17,
} as const;

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

let compiled: WebAssembly.Module | null | undefined;

/** The compiled module, or null where WebAssembly is missing or refused (a CSP without 'wasm-unsafe-eval'). */
function wordRunModule(): WebAssembly.Module | null {
  if (compiled !== undefined) return compiled;
  try {
    compiled = new WebAssembly.Module(decodeBase64(WORD_RUN_WASM));
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

export class WordRun {
  /** The state fields, read and written around every run (views are remade when the memory grows). */
  state: Int32Array;
  private bytes: Uint8Array;
  private readonly memory: WebAssembly.Memory;
  private readonly runExport: (from: number, to: number) => number;
  /** How many of the tables' classified units this memory has a copy of. */
  private synced = 0;

  /** A run over `tables`, or undefined where WebAssembly cannot be used. */
  static create(tables: ScanTables): WordRun | undefined {
    const module = wordRunModule();
    if (!module) return undefined;
    try {
      return new WordRun(new WebAssembly.Instance(module), tables);
    } catch {
      return undefined;
    }
  }

  private constructor(
    instance: WebAssembly.Instance,
    private readonly tables: ScanTables,
  ) {
    this.memory = instance.exports.memory as WebAssembly.Memory;
    this.runExport = instance.exports.run as (from: number, to: number) => number;
    this.bytes = new Uint8Array(this.memory.buffer);
    this.state = new Int32Array(this.memory.buffer, STATE_AT, 32);
    this.syncTables();
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
    const wordFolded = new Uint16Array(memory, WORD_FOLDED_AT, 0x10000);
    const folded = new Uint16Array(memory, FOLDED_AT, 0x10000);
    const kind = new Uint8Array(memory, KIND_AT, 0x10000);
    for (let k = this.synced; k < count; k++) {
      const unit = tables.classified[k] as number;
      wordFolded[unit] = tables.wordFolded[unit] as number;
      folded[unit] = tables.folded[unit] as number;
      kind[unit] = tables.kind[unit] as number;
    }
    this.synced = count;
  }

  /**
   * Makes room for `input` and writes its UTF-8 bytes in; returns the arrays the scan writes into (`units` room
   * for `unitCapacity` units, word arrays for `wordCapacity` words), with the state's pointers set and the run at
   * the text's start.
   */
  begin(input: string, unitCapacity: number, wordCapacity: number): RunBuffers {
    const inputBytes = input.length * 3;
    const unitsAt = align(BUFFERS_AT + inputBytes);
    const wordsAt = align(unitsAt + unitCapacity * 2);
    const end = wordsAt + wordCapacity * 4 * 5;
    if (end > this.memory.buffer.byteLength) {
      this.memory.grow(Math.ceil((end - this.memory.buffer.byteLength) / PAGE));
      this.bytes = new Uint8Array(this.memory.buffer);
      this.state = new Int32Array(this.memory.buffer, STATE_AT, 32);
    }
    this.syncTables();
    encoder.encodeInto(input, this.bytes.subarray(BUFFERS_AT, BUFFERS_AT + inputBytes));
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
    const { state } = this;
    state[Field.Byte] = 0;
    state[Field.Input] = BUFFERS_AT;
    state[Field.Units] = unitsAt;
    state[Field.UnitsCapacity] = unitCapacity;
    state[Field.Starts] = buffers.starts.byteOffset;
    state[Field.Ends] = buffers.ends.byteOffset;
    state[Field.OrigStarts] = buffers.origStarts.byteOffset;
    state[Field.OrigEnds] = buffers.origEnds.byteOffset;
    state[Field.Hashes] = buffers.hashes.byteOffset;
    state[Field.WordsCapacity] = wordCapacity;
    return buffers;
  }

  /** Runs the inline path from code unit `from` to `to` at most (the state must be set); returns where it stopped. */
  run(from: number, to: number): number {
    return this.runExport(from, to);
  }

  /** Moves the run's byte position past input[from .. to), which the scan handled on its own path. */
  skip(input: string, from: number, to: number): void {
    this.state[Field.Byte] = (this.state[Field.Byte] as number) + utf8Length(input, from, to);
  }

  /** Whether `units` is still this memory's (the scan grows its arrays elsewhere when they are full). */
  owns(units: Uint16Array): boolean {
    return units.buffer === this.memory.buffer;
  }
}

function align(at: number): number {
  return (at + 15) & ~15;
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
