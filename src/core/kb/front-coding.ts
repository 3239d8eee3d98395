/**
 * Texts stored front-coded, for the binary index: in blocks of 16, each text after a block's first keeps only what
 * differs from the text before it (the length of the prefix they share, then the rest). Sorted names share long
 * prefixes ("Deir ez-Zor", "Deir ez-Zor Governorate"), so this holds about two thirds of the plain UTF-8, and one
 * text is decoded by reading at most 15 neighbours, not the whole table.
 *
 * Entry layout, UTF-8 bytes: varint shared-prefix length (absent for a block's first text), varint rest length, rest.
 */

export const BLOCK = 16;

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();

export interface FrontCodedParts {
  bytes: Uint8Array;
  /** Per block: where it starts in `bytes`; one more entry at the end. */
  blockStarts: Uint32Array;
}

/** A growing byte buffer with little-endian base-128 varints (also the stub records' writer: stub-store.ts). */
export class ByteWriter {
  bytes = new Uint8Array(1 << 16);
  length = 0;

  reserve(count: number): void {
    if (this.length + count <= this.bytes.length) return;
    const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.length + count));
    bigger.set(this.bytes.subarray(0, this.length));
    this.bytes = bigger;
  }

  varint(value: number): void {
    this.reserve(5);
    while (value >= 0x80) {
      this.bytes[this.length++] = (value & 0x7f) | 0x80;
      value >>>= 7;
    }
    this.bytes[this.length++] = value;
  }
}

/** Reads little-endian base-128 varints from `bytes`, from `at` up to `end` (also the stub records' reader). */
export class ByteReader {
  constructor(
    readonly bytes: Uint8Array,
    public at = 0,
    readonly end = bytes.length,
    /** What a varint running past `end` is said to be. */
    private readonly truncated = 'front-coded texts: truncated',
  ) {}

  varint(): number {
    let value = 0;
    for (let scale = 1; ; scale *= 128) {
      // Written so that NaN (a position read from a detached view) throws too.
      if (!(this.at < this.end)) throw new Error(this.truncated);
      const byte = this.bytes[this.at++] as number;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
    }
  }
}

/** Encodes `texts` in their order (sort them first for the sharing to pay). */
export function frontCode(texts: readonly string[]): FrontCodedParts {
  const out = new ByteWriter();
  const blockStarts = new Uint32Array(Math.ceil(texts.length / BLOCK) + 1);
  let previous = new Uint8Array(0);
  texts.forEach((text, k) => {
    const bytes = utf8.encode(text);
    let shared = 0;
    if (k % BLOCK === 0) blockStarts[k / BLOCK] = out.length;
    else {
      const limit = Math.min(bytes.length, previous.length);
      while (shared < limit && bytes[shared] === previous[shared]) shared++;
      out.varint(shared);
    }
    out.varint(bytes.length - shared);
    out.reserve(bytes.length - shared);
    out.bytes.set(bytes.subarray(shared), out.length);
    out.length += bytes.length - shared;
    previous = bytes;
  });
  blockStarts[blockStarts.length - 1] = out.length;
  return { bytes: out.bytes.slice(0, out.length), blockStarts };
}

/** UTF-8 bytes as a string. */
function textOf(text: Uint8Array): string {
  // Most names are ASCII: those become a string in one call, without a TextDecoder (and not one character at a
  // time, which would leave a rope of one node per character in every cached alias).
  for (let i = 0; i < text.length; i++) if ((text[i] as number) >= 0x80) return utf8Decoder.decode(text);
  return String.fromCharCode.apply(null, text as unknown as number[]);
}

/** Reads texts out of front-coded parts; throws on parts that do not decode (a damaged index). */
export class FrontCodedTexts {
  private buffer = new Uint8Array(256);
  /** Per entry of the block being read: its shared-prefix length, rest length and where its rest starts. */
  private readonly shared = new Int32Array(BLOCK);
  private readonly rest = new Int32Array(BLOCK);
  private readonly offset = new Int32Array(BLOCK);

  constructor(
    readonly parts: FrontCodedParts,
    readonly length: number,
  ) {
    if (parts.blockStarts.length !== Math.ceil(length / BLOCK) + 1)
      throw new Error('front-coded texts: block table does not fit the count');
  }

  get(index: number): string {
    return textOf(this.bytesOf(index));
  }

  /**
   * The position of `text` among texts that were coded in JavaScript's string order (`[...].sort()`), or -1: a binary
   * search over the blocks' first texts (each stored whole, so read without walking its block), then a walk through
   * the one block that can hold it. Searching every text instead decoded up to a block's length of entries per step:
   * a woken worker's look-ups of the entities an article names took several milliseconds of cold code (decision 27).
   */
  indexOf(text: string): number {
    const blocks = Math.ceil(this.length / BLOCK);
    let low = 0;
    let high = blocks - 1;
    // The last block whose first text is not after `text`.
    let block = -1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const first = this.get(middle * BLOCK);
      if (first === text) return middle * BLOCK;
      if (first < text) {
        block = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    if (block < 0) return -1;
    // The block's later texts in order, each from the one before it: every byte read once.
    const { bytes } = this.parts;
    const read = new ByteReader(bytes, this.parts.blockStarts[block] as number);
    let length = 0;
    const end = Math.min(this.length, (block + 1) * BLOCK);
    for (let index = block * BLOCK; index < end; index++) {
      const shared = index === block * BLOCK ? 0 : read.varint();
      const rest = read.varint();
      if (shared > length || read.at + rest > bytes.length)
        throw new Error('front-coded texts: damaged entry');
      if (shared + rest > this.buffer.length) {
        const grown = new Uint8Array((shared + rest) * 2);
        grown.set(this.buffer.subarray(0, length));
        this.buffer = grown;
      }
      this.buffer.set(bytes.subarray(read.at, read.at + rest), shared);
      length = shared + rest;
      read.at += rest;
      if (index === block * BLOCK) continue;
      const found = textOf(this.buffer.subarray(0, length));
      if (found === text) return index;
      if (found > text) return -1;
    }
    return -1;
  }

  /** Text `index` as UTF-8 bytes: a view of a buffer that the next call overwrites. */
  bytesOf(index: number): Uint8Array {
    if (!(index >= 0 && index < this.length)) throw new RangeError(`no text ${index}`);
    // Plain loops, no closures or subarrays: this runs on an article's first scan, before V8 has optimised it.
    const { bytes } = this.parts;
    const end = bytes.length;
    const { shared, rest, offset } = this;
    // First only the entries' headers, up to the one asked for.
    let at = this.parts.blockStarts[Math.floor(index / BLOCK)] as number;
    let length = 0;
    const first = index - (index % BLOCK);
    for (let k = first; k <= index; k++) {
      const j = k - first;
      for (let field = k === first ? 1 : 0; field < 2; field++) {
        let value = 0;
        for (let scale = 1; ; scale *= 128) {
          // Written so that NaN (a block start read from a detached view, see engine/index-binary.ts) throws too.
          if (!(at < end)) throw new Error('front-coded texts: truncated');
          const byte = bytes[at++] as number;
          value += (byte & 0x7f) * scale;
          if (byte < 0x80) break;
        }
        if (field === 0) shared[j] = value;
        else rest[j] = value;
      }
      if (k === first) shared[j] = 0;
      if ((shared[j] as number) > length || at + (rest[j] as number) > end)
        throw new Error('front-coded texts: damaged entry');
      offset[j] = at;
      length = (shared[j] as number) + (rest[j] as number);
      at += rest[j] as number;
    }
    // Then the text from the back: its own rest, then the part of each earlier entry that the later ones still
    // share, so every byte is copied once.
    if (length > this.buffer.length) this.buffer = new Uint8Array(length * 2);
    const buffer = this.buffer;
    let need = length;
    for (let j = index - first; need > 0; j--) {
      const from = shared[j] as number;
      const source = (offset[j] as number) - from;
      for (let i = from; i < need; i++) buffer[i] = bytes[source + i] as number;
      if (from < need) need = from;
    }
    return buffer.subarray(0, length);
  }
}

/**
 * Calls `visit` with each text's index and its first `width` bytes (fewer for a shorter text: `length` says how many),
 * in one pass over the parts that decodes no text: a look at every name's opening costs about a read of the bytes.
 */
export function forEachOpening(
  parts: FrontCodedParts,
  count: number,
  width: number,
  visit: (index: number, opening: Uint8Array, length: number) => void,
): void {
  const { bytes, blockStarts } = parts;
  const opening = new Uint8Array(width);
  let length = 0;
  const read = new ByteReader(bytes);
  for (let index = 0; index < count; index++) {
    const first = index % BLOCK === 0;
    if (first) read.at = blockStarts[index / BLOCK] as number;
    const shared = first ? 0 : read.varint();
    const rest = read.varint();
    const at = read.at;
    if (shared > length || at + rest > bytes.length) throw new Error('front-coded texts: damaged entry');
    for (let k = shared; k < width && k < shared + rest; k++) opening[k] = bytes[at + k - shared] as number;
    length = shared + rest;
    read.at += rest;
    visit(index, opening, Math.min(width, length));
  }
}
