/**
 * Where normalisation writes: an article needs each code unit with the original range it came from; an alias or
 * a cue needs only the key string, and building it without offset arrays makes compiling 100k names cheap.
 */
import type { NormalizedText } from './normalize';

const CHUNK = 8192;
/** Native decoding of UTF-16 code units (lone surrogates pass through unchanged, as String.fromCharCode). */
const utf16 = new TextDecoder('utf-16le');

/** What the normalisation loop writes to. */
export interface NormalizedOutput {
  /** The last code unit written, or -1 (to collapse runs of spaces). */
  last(): number;
  /** Where in the input the last unit written came from, or -1 when unknown. */
  lastStart(): number;
  /** Overwrites the last unit written (a space that turns out to be a paragraph break). */
  replaceLast(unit: number): void;
  push(unit: number, start: number, end: number): void;
  pushString(text: string, start: number, end: number): void;
}

/** Decodes code units to a string in chunks: String.fromCharCode with too many arguments overflows the stack. */
function decode(units: Uint16Array | number[], length: number): string {
  let text = '';
  for (let k = 0; k < length; k += CHUNK) {
    const end = Math.min(k + CHUNK, length);
    const chunk = units instanceof Uint16Array ? units.subarray(k, end) : units.slice(k, end);
    text += String.fromCharCode.apply(null, chunk as number[]);
  }
  return text;
}

/** Only the key: code units in a plain array, no offsets. */
export class KeyOutput implements NormalizedOutput {
  private readonly units: number[] = [];

  last(): number {
    return this.units.length > 0 ? (this.units[this.units.length - 1] as number) : -1;
  }

  lastStart(): number {
    return -1;
  }

  replaceLast(unit: number): void {
    this.units[this.units.length - 1] = unit;
  }

  push(unit: number): void {
    this.units.push(unit);
  }

  pushString(text: string): void {
    for (let k = 0; k < text.length; k++) this.units.push(text.charCodeAt(k));
  }

  finish(): string {
    return decode(this.units, this.units.length);
  }
}

/**
 * Code units plus, per unit, the original range it came from: typed arrays that grow like an array list, so
 * normalising an article allocates no object per character.
 */
export class OffsetOutput implements NormalizedOutput {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.units = new Uint16Array(capacity + 8);
    this.starts = new Int32Array(capacity + 8);
    this.ends = new Int32Array(capacity + 8);
  }

  last(): number {
    return this.length > 0 ? (this.units[this.length - 1] as number) : -1;
  }

  lastStart(): number {
    return this.length > 0 ? (this.starts[this.length - 1] as number) : -1;
  }

  replaceLast(unit: number): void {
    this.units[this.length - 1] = unit;
  }

  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = unit;
    this.starts[this.length] = start;
    this.ends[this.length++] = end;
  }

  pushString(text: string, start: number, end: number): void {
    for (let k = 0; k < text.length; k++) this.push(text.charCodeAt(k), start, end);
  }

  finish(): NormalizedText {
    return {
      text: utf16.decode(this.units.subarray(0, this.length)),
      toOriginal: this.starts.subarray(0, this.length),
      originalEnds: this.ends.subarray(0, this.length),
    };
  }

  private grow(): void {
    const size = this.units.length * 2;
    const [units, starts, ends] = [new Uint16Array(size), new Int32Array(size), new Int32Array(size)];
    units.set(this.units);
    starts.set(this.starts);
    ends.set(this.ends);
    [this.units, this.starts, this.ends] = [units, starts, ends];
  }
}
