/**
 * The binary index: the matcher's tables and the aliases as typed arrays in one buffer, written by
 * `npm run build:data` (build/data/index.bin) and loaded by viewing the buffer: no JSON parse of the dictionary, no
 * trie built, no string decoded at load. An alias's text and entity id are decoded when an article first needs that
 * alias. Each entity's stub (card-details.ts: type, names, related entities, dated facts) is here too, so the index
 * alone links and paints names; the cards stay in JSON (cards.json, card-details.json).
 *
 * Where it lives: in the background (service worker), one copy for all tabs. Loading it is a fetch plus typed-array
 * views (well under a millisecond once fetched), so an evicted worker rebuilds its state on wake without a
 * noticeable pause, while an index kept in every content script would cost its size in every tab. Content scripts
 * send text and get mentions back.
 *
 * What makes it small (decision 0012): the name tables keep 16-bit fingerprints, not words (name-table.ts); the
 * aliases are stored grouped by the node their name ends at and sorted by text, so the names table needs no output
 * list and the texts front-code well (front-coding.ts); entity ids are sorted and front-coded too.
 *
 * Layout, little-endian (every browser and Node on x86/ARM): "BSX1", u32 version, u32 section count, then per section
 * u32 offset and u32 byte length; each section starts at a multiple of 8.
 */
import type { AliasTable } from '../scan/alias-table';
import { buildMatcherTables, type MatcherTables } from '../scan/match';
import { cueKeysOf, cuesFromKeys, type Cue, type CueTable } from '../resolve/context-cues';
import { NameTable, type NameTableParts } from '../scan/name-table';
import { ARTICLE_CHARS, WasmScan } from '../scan/wasm/wasm-scan';
import { createWasmScan } from '../scan/word-scan';
import { encodeStubs, StubStore } from '../kb/stub-store';
import { givenNamesOf, type NameSet } from '../resolve/entity-knowledge';
import { FrontCodedTexts, frontCode, type FrontCodedParts } from '../kb/front-coding';
import type { CompiledAlias, CompiledIndex, EntityCard } from '../kb/index-format';
import { LANGUAGES, type Lang } from '../kb/schema';

const MAGIC = 0x31585342; // "BSX1" read as a little-endian u32
/**
 * 5: the name tables' runFirst and outList packed (packed-ints.ts), their widths after the fingerprints'.
 * 6: the cues stored as their key words (context-cues.ts's cueKeysOf), not as the packs wrote them.
 * 7: the entities' stubs (card-details.ts) after the cues.
 * 8: an alias's flags may carry PERSON_NAME (the personName hint).
 * 9: and ANY_LANGUAGE (matched in articles of every language); the stubs' facts are statements' periods.
 * 10: the stubs as bytes read one entity at a time (stub-store.ts), their relations in both directions, and the cue
 *     keys in the stubs' records instead of a JSON section.
 * 11: the people's given names (entity-knowledge.ts's givenNamesOf), after the stubs.
 * 12: a place's population at the end of its stub record.
 * 13: the classes an entity is an instance of in its stub record, before the population; the stubs' pack and class
 *     ids as one JSON object.
 * 14: the given names by the pack of the people who bear them, so that a switched-off pack's are left out
 *     (overlay.ts).
 * 15: what the WebAssembly name walk reads first (the names table, the aliases' flags and texts), so that only that
 *     prefix is copied into its memory; all the given names as one sorted front-coded list at the end.
 */
const VERSION = 15;
const ALIGN = 8;
/** A name table's sections: its bit widths, then TABLE_PARTS. */
const TABLE_SECTIONS = 1 + 7;
/**
 * The first sections, all that the WebAssembly name walk reads (wasm-scan.ts's attach): the names table, the
 * aliases' flags, their texts and block starts. Only these are copied into its memory.
 */
const PLACED_SECTIONS = TABLE_SECTIONS + 3;
/** The entity stubs' bytes, after the keys table, the alias → entity column, the entity count, ids and stub offsets. */
const STUB_BYTES_SECTION = PLACED_SECTIONS + TABLE_SECTIONS + 1 + 1 + 2 + 1;
/** The stub bytes, their pack and class names, the given names by pack, and all of them (count, texts, blocks). */
const SECTION_COUNT = STUB_BYTES_SECTION + 1 + 1 + 1 + 1 + 2;
const CASE_SENSITIVE = 4;
const NEEDS_CONTEXT = 8;
const DEMONYM = 16;
const PERSON_NAME = 32;
const ANY_LANGUAGE = 64;

type Section = Uint8Array | Uint16Array | Int32Array | Uint32Array;

/**
 * What the annotator needs of an index: its aliases and the cue words, and the entities' stubs (card-details.ts)
 * when there are cards.
 */
export type MatchingIndex = Pick<CompiledIndex, 'aliases' | 'cues'> &
  Partial<Pick<CompiledIndex, 'entities'>>;

/** An index loaded from bytes. */
export interface LoadedIndex {
  tables: MatcherTables;
  aliases: AliasTable;
  /** The WebAssembly scan whose memory holds the index (its name walk reads it there); none without WebAssembly. */
  wasm?: WasmScan;
  /** The cue words of each entity, folded at build time (context-cues.ts), read from its stub record when asked. */
  cues: CueTable;
  /** Each entity's stub, by entity number: what resolving and painting a name need of its card (stub-store.ts). */
  stubs: StubStore;
  /** The people's given names as matching keys (entity-knowledge.ts's givenNamesOf), searched in place. */
  givenNames: NameSet;
  /** The same by the pack of the people who bear them, each pack's sorted (parsed when first asked for). */
  readonly givenNamesByPack: Readonly<Record<string, readonly string[]>>;
  /** The entity number of alias `index` (the entity of aliases.get(index), without making the alias). */
  aliasEntity(index: number): number;
  /** The number of distinct entities; their numbers are the positions of their ids in sorted order. */
  entityCount: number;
  /** The id of entity number `n`. */
  entityId(n: number): string;
  /** The number of entity `id`, or -1 when the index has no such entity (a binary search of the sorted ids). */
  entityNumber(id: string): number;
}

const utf8 = new TextEncoder();

const TABLE_PARTS = [
  'fingerprints',
  'terminals',
  'terminalRanks',
  'runFirst',
  'runStarts',
  'runSamples',
  'outList',
] as const satisfies readonly (keyof NameTableParts)[];

function tableSections(table: NameTable): Section[] {
  const { runFirstBits, outListBits } = table.parts;
  return [
    Uint8Array.of(table.fingerprintBits, runFirstBits, outListBits),
    ...TABLE_PARTS.map((part) => table.parts[part]),
  ];
}

function textSections({ bytes, blockStarts }: FrontCodedParts): Section[] {
  return [bytes, blockStarts];
}

/**
 * The order the index stores the aliases in: grouped by the names-table node their name ends at (so a node's
 * outputs are consecutive positions), groups sorted by their first text, and aliases without words last.
 */
function storageOrder(aliases: readonly CompiledAlias[], names: NameTable): number[] {
  const { starts, list } = names.terminalOutputs();
  const texts = aliases.map((alias) => alias.text);
  const byText = (a: number, b: number) => {
    const x = texts[a] as string;
    const y = texts[b] as string;
    return x < y ? -1 : x > y ? 1 : a - b;
  };
  // Each group sorted by text; then the groups by their first text.
  const grouped = new Uint8Array(aliases.length);
  const firsts: number[] = [];
  const groupOf = new Map<number, number>();
  for (let r = 0; r + 1 < starts.length; r++) {
    const group = list.subarray(starts[r], starts[r + 1]);
    if (group.length > 1)
      Array.from(group)
        .sort(byText)
        .forEach((a, k) => (group[k] = a));
    for (const a of group) grouped[a] = 1;
    firsts.push(group[0] as number);
    groupOf.set(group[0] as number, r);
  }
  const order: number[] = [];
  for (const first of firsts.sort(byText)) {
    const r = groupOf.get(first) as number;
    for (const a of list.subarray(starts[r], starts[r + 1])) order.push(a);
  }
  for (let a = 0; a < aliases.length; a++) if (grouped[a] === 0) order.push(a);
  return order;
}

/** The binary form of an index's matching part; `tables` may be passed when already built. */
export function encodeIndex(index: MatchingIndex, tables = buildMatcherTables(index.aliases)): Uint8Array {
  const order = storageOrder(index.aliases, tables.names);
  const newIndexOf = new Uint32Array(order.length);
  order.forEach((old, k) => (newIndexOf[old] = k));
  const aliases = order.map((old) => index.aliases[old] as CompiledAlias);
  const entityIds = [...new Set(aliases.map((alias) => alias.entityId))].sort();
  const entityNumbers = new Map(entityIds.map((id, k) => [id, k]));
  // Two bytes per alias while the entities fit (1,100 in the bundled packs; 50,000 in the 100,000-name bench).
  const entityOf =
    entityIds.length <= 0x10000 ? new Uint16Array(aliases.length) : new Uint32Array(aliases.length);
  const meta = new Uint8Array(aliases.length);
  aliases.forEach((alias, k) => {
    entityOf[k] = entityNumbers.get(alias.entityId) as number;
    meta[k] =
      LANGUAGES.indexOf(alias.lang) |
      (alias.caseSensitive ? CASE_SENSITIVE : 0) |
      (alias.needsContext ? NEEDS_CONTEXT : 0) |
      (alias.demonym ? DEMONYM : 0) |
      (alias.personName ? PERSON_NAME : 0) |
      (alias.anyLanguage ? ANY_LANGUAGE : 0);
  });
  const givenByPack = givenNamesByPack(index.entities ?? {});
  const givenNames = [...new Set(Object.values(givenByPack).flat())].sort();
  // The order of SECTIONS: what the name walk reads in WebAssembly memory first (PLACED_SECTIONS).
  const sections: Section[] = [
    ...tableSections(tables.names.relabel(newIndexOf, true)),
    meta,
    ...textSections(frontCode(aliases.map((alias) => alias.text))),
    ...tableSections(tables.keys.relabel(newIndexOf, false)),
    entityOf,
    Uint32Array.of(entityIds.length),
    ...textSections(frontCode(entityIds)),
    ...stubSections(entityIds, index.entities ?? {}, cueKeysOf(index.cues)),
    utf8.encode(JSON.stringify(givenByPack)),
    Uint32Array.of(givenNames.length),
    ...textSections(frontCode(givenNames)),
  ];
  const headerBytes = 12 + sections.length * 8;
  let size = headerBytes;
  const offsets = sections.map((section) => {
    size = Math.ceil(size / ALIGN) * ALIGN;
    const offset = size;
    size += section.byteLength;
    return offset;
  });
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, VERSION, true);
  view.setUint32(8, sections.length, true);
  sections.forEach((section, k) => {
    view.setUint32(12 + k * 8, offsets[k] as number, true);
    view.setUint32(16 + k * 8, section.byteLength, true);
    bytes.set(new Uint8Array(section.buffer, section.byteOffset, section.byteLength), offsets[k]);
  });
  return bytes;
}

/** The given names of each pack's people (givenNamesOf), each pack's sorted, the packs in sorted order. */
function givenNamesByPack(entities: NonNullable<MatchingIndex['entities']>): Record<string, string[]> {
  const byPack = new Map<string, EntityCard[]>();
  for (const card of Object.values(entities)) {
    const cards = byPack.get(card.packId);
    if (cards) cards.push(card);
    else byPack.set(card.packId, [card]);
  }
  const names: Record<string, string[]> = {};
  for (const pack of [...byPack.keys()].sort()) {
    const given = [...givenNamesOf(byPack.get(pack) ?? [])].sort();
    if (given.length > 0) names[pack] = given;
  }
  return names;
}

function stubSections(
  entityIds: readonly string[],
  entities: NonNullable<MatchingIndex['entities']>,
  cueKeys: Record<string, string[]>,
): Section[] {
  const { offsets, bytes, packs, classes } = encodeStubs(entityIds, entities, cueKeys);
  return [offsets, bytes, utf8.encode(JSON.stringify({ packs, classes }))];
}

/**
 * Where an index's parts start in its bytes: the sections read in WebAssembly memory are `[0, rest)`, the other
 * sections the first answer needs `[rest, stubs)`, the entity stubs' bytes `[stubs, tail)` (read as they are needed:
 * readIndexLazily) and the names after them `[tail, size)`. The build writes them down beside its index key.
 */
export interface IndexRanges {
  rest: number;
  stubs: number;
  tail: number;
  size: number;
}

interface SectionSpan {
  offset: number;
  length: number;
}

/** The section table of an index whose first bytes are `header`; throws on bytes that are not one of this version. */
function sectionTable(header: Uint8Array): SectionSpan[] {
  const view = new DataView(header.buffer, header.byteOffset, header.byteLength);
  if (header.byteLength < 12 || view.getUint32(0, true) !== MAGIC)
    throw new Error('not a Backstory index (bad magic number)');
  if (view.getUint32(4, true) !== VERSION)
    throw new Error(`unsupported Backstory index version ${view.getUint32(4, true)}`);
  const count = view.getUint32(8, true);
  if (count !== SECTION_COUNT || 12 + count * 8 > header.byteLength)
    throw new Error('truncated Backstory index');
  return Array.from({ length: count }, (_, k) => ({
    offset: view.getUint32(12 + k * 8, true),
    length: view.getUint32(16 + k * 8, true),
  }));
}

/** The ranges (IndexRanges) of an index whose first bytes (at least its section table) are `header`. */
export function indexRanges(header: Uint8Array): IndexRanges {
  const table = sectionTable(header);
  const at = (k: number) => (table[k] as SectionSpan).offset;
  const last = table[table.length - 1] as SectionSpan;
  return {
    rest: at(PLACED_SECTIONS),
    stubs: at(STUB_BYTES_SECTION),
    tail: at(STUB_BYTES_SECTION + 1),
    size: last.offset + last.length,
  };
}

/** Bytes of an index from `start` on: the whole file, or one of its IndexRanges. */
interface IndexPart {
  start: number;
  bytes: Uint8Array;
}

/**
 * Reads the sections of a binary index held in `parts` (the first one from the file's start); throws on bytes that
 * are not one. A section in none of the parts is a fresh zeroed array: only the stubs' bytes may be missing
 * (readIndexLazily reads them into it later).
 */
function readSections(parts: readonly IndexPart[]) {
  const aligned = parts.map(({ start, bytes }) => ({
    start,
    // Int32Array views need a 4-byte aligned start; a Buffer from a pool may not have one.
    bytes: bytes.byteOffset % 4 === 0 ? bytes : bytes.slice(),
  }));
  const table = sectionTable((aligned[0] as IndexPart).bytes);
  let next = 0;
  const take = (): Uint8Array => {
    const k = next++;
    const { offset, length } = table[k] as SectionSpan;
    const part = aligned.find(
      ({ start, bytes }) => offset >= start && offset + length <= start + bytes.length,
    );
    if (part) return new Uint8Array(part.bytes.buffer, part.bytes.byteOffset + offset - part.start, length);
    if (k !== STUB_BYTES_SECTION) throw new Error('truncated Backstory index');
    return new Uint8Array(length);
  };
  const uints = () => {
    const bytes = take();
    return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  };
  const shorts = () => {
    const bytes = take();
    return new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length / 2);
  };
  return { uints, shorts, raw: take };
}

const utf8Decoder = new TextDecoder();
/** Aliases kept made at once: an article touches a few hundred, and the background keeps this for its lifetime. */
const MADE_LIMIT = 4096;

/**
 * Room for `length` bytes of an index in the memory of a WebAssembly scan where WebAssembly runs (a plain array
 * elsewhere): loadIndex() views a whole index read into it where it is, without a copy, and readIndexLazily() reads
 * the sections that the name walk reads (IndexRanges.rest bytes) into it.
 */
export function indexBuffer(length: number): Uint8Array {
  try {
    const room = createWasmScan()?.reserveIndex(length, ARTICLE_CHARS);
    if (room) return room;
  } catch {
    // No memory for it there: the index then runs in JavaScript.
  }
  return new Uint8Array(length);
}

/**
 * Loads a binary index: typed-array views on its bytes, two short string decodes. The name walk of a WebAssembly
 * scan reads the first sections (PLACED_SECTIONS) in that scan's memory (decision 0013): they are copied there once
 * (a fresh 4 MB costs 10-20 ms in page faults on this machine), the other sections are viewed where they are. Where
 * WebAssembly cannot run, or with `wasm: false`, every view is on `bytes`. `hitsCapacity`: see WasmScan (tests narrow
 * it).
 */
export function loadIndex(
  bytes: Uint8Array | ArrayBuffer,
  options: { wasm?: boolean; hitsCapacity?: number } = {},
): LoadedIndex {
  const whole = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (options.wasm === false) return loadParts([{ start: 0, bytes: whole }], options);
  // Read whole into indexBuffer() (the benches do): viewed where it is.
  const holder = options.hitsCapacity === undefined ? WasmScan.holding(whole) : undefined;
  if (holder) return loadParts([{ start: 0, bytes: whole }], options, holder);
  const { rest } = indexRanges(whole);
  const wasm = createWasmScan(options.hitsCapacity);
  let placed: Uint8Array | undefined;
  try {
    placed = wasm?.place(whole.subarray(0, rest), ARTICLE_CHARS);
  } catch {
    // No memory for the copy (memory.grow refused): the index stays where it is, and the scan in JavaScript.
  }
  if (!wasm || !placed) return loadParts([{ start: 0, bytes: whole }], { wasm: false });
  // The rest in a buffer of its own: views of `whole` would keep the placed sections' bytes alive twice.
  return loadParts(
    [
      { start: 0, bytes: placed },
      { start: rest, bytes: whole.slice(rest) },
    ],
    { wasm: true },
    wasm,
  );
}

/**
 * The index in `parts`: unless `wasm` is false, the first part holds at least the placed sections (PLACED_SECTIONS)
 * in the memory of the scan `placedIn`, or of the one whose indexBuffer() it is.
 */
function loadParts(
  parts: readonly IndexPart[],
  options: { wasm?: boolean },
  placedIn?: WasmScan,
): LoadedIndex {
  const wasm =
    options.wasm === false ? undefined : (placedIn ?? WasmScan.holding((parts[0] as IndexPart).bytes));
  wasm?.commitScanMemory();
  const { uints, shorts, raw } = readSections(parts);
  const table = () => {
    const [bits, runFirstBits, outListBits] = raw();
    if (bits === undefined || runFirstBits === undefined || outListBits === undefined)
      throw new Error('truncated Backstory index');
    const parts: NameTableParts = {
      fingerprints: shorts(),
      terminals: uints(),
      terminalRanks: uints(),
      runFirst: uints(),
      runFirstBits,
      runStarts: uints(),
      runSamples: uints(),
      outList: uints(),
      outListBits,
    };
    return new NameTable(parts, bits);
  };
  const names = table();
  const meta = raw();
  const texts = (count: number) => new FrontCodedTexts({ bytes: raw(), blockStarts: uints() }, count);
  const aliasTexts = texts(meta.length);
  const keys = table();
  const entityOfBytes = raw();
  const columns = {
    entityOf:
      entityOfBytes.byteLength === meta.length * 2
        ? new Uint16Array(entityOfBytes.buffer, entityOfBytes.byteOffset, meta.length)
        : new Uint32Array(entityOfBytes.buffer, entityOfBytes.byteOffset, meta.length),
    meta,
  };
  const entityIds = texts(uints()[0] as number);
  const stubOffsets = uints();
  const stubBytes = raw();
  const stubNames = JSON.parse(utf8Decoder.decode(raw())) as { packs: string[]; classes: string[] };
  const givenByPackBytes = raw();
  let givenByPack: Record<string, string[]> | undefined;
  const givenNamesList = texts(uints()[0] as number);
  const givenNames: NameSet = { has: (key) => givenNamesList.indexOf(key) >= 0 };
  const packed = { texts: aliasTexts.parts, flags: meta, caseSensitiveBit: CASE_SENSITIVE };
  const stubParts = { offsets: stubOffsets, bytes: stubBytes, ...stubNames };
  const entityId = (n: number) => entityIds.get(n);
  /**
   * The numbers of ids met so far: by an alias made (aliases.get) or a search. Each step of the search decodes an id
   * from its front-coded block, and resolving an article asks for the same few dozen ids again and again.
   */
  const numbers = new Map<string, number>();
  const remember = (id: string, n: number) => {
    if (numbers.size >= MADE_LIMIT) numbers.clear();
    numbers.set(id, n);
  };
  const entityNumber = (id: string) => {
    const known = numbers.get(id);
    if (known !== undefined) return known;
    const found = entityIds.indexOf(id);
    if (found >= 0) remember(id, found);
    return found;
  };
  const stubs = new StubStore(stubParts, entityId);
  const cueCache = new Map<string, readonly Cue[] | undefined>();
  if (wasm?.owns(meta))
    wasm.onGrow(
      viewRemaker(
        [
          names.parts,
          keys.parts,
          columns,
          aliasTexts.parts,
          entityIds.parts,
          givenNamesList.parts,
          packed,
          stubParts,
        ],
        (view) => wasm.owns(view),
      ),
    );

  const made = new Map<number, CompiledAlias>();
  const aliases: AliasTable = {
    length: meta.length,
    get(index) {
      let alias = made.get(index);
      if (alias) return alias;
      const entity = columns.entityOf[index] as number;
      const flags = columns.meta[index] as number;
      const id = entityIds.get(entity);
      remember(id, entity);
      alias = {
        text: aliasTexts.get(index),
        entityId: id,
        lang: LANGUAGES[flags & 3] as CompiledAlias['lang'],
        caseSensitive: (flags & CASE_SENSITIVE) !== 0,
        needsContext: (flags & NEEDS_CONTEXT) !== 0,
        demonym: (flags & DEMONYM) !== 0,
      };
      if (flags & PERSON_NAME) alias.personName = true;
      if (flags & ANY_LANGUAGE) alias.anyLanguage = true;
      // Bounded: a long-lived background annotates article after article.
      if (made.size >= MADE_LIMIT) made.clear();
      made.set(index, alias);
      return alias;
    },
    caseSensitive: (index) => ((columns.meta[index] as number) & CASE_SENSITIVE) !== 0,
    lang: (index) => LANGUAGES[(columns.meta[index] as number) & 3] as Lang,
    text: (index) => made.get(index)?.text ?? aliasTexts.get(index),
    utf8: (index) => aliasTexts.bytesOf(index),
    packed,
  };
  return {
    tables: { names, keys },
    aliases,
    ...(wasm && { wasm }),
    cues: {
      get(id) {
        if (cueCache.has(id)) return cueCache.get(id);
        const n = entityNumber(id);
        const keys = n < 0 ? [] : stubs.cuesOf(n);
        const cues = keys.length > 0 ? cuesFromKeys(keys) : undefined;
        // A record not read yet (a lazily read index) is asked again once it is.
        if (n >= 0 && !stubs.isRead(n)) return cues;
        if (cueCache.size >= MADE_LIMIT) cueCache.clear();
        cueCache.set(id, cues);
        return cues;
      },
    },
    stubs,
    givenNames,
    get givenNamesByPack() {
      givenByPack ??= JSON.parse(utf8Decoder.decode(givenByPackBytes)) as Record<string, string[]>;
      return givenByPack;
    },
    aliasEntity: (index) => columns.entityOf[index] as number,
    entityCount: entityIds.length,
    entityId,
    entityNumber,
  };
}

/** The header and section table are within the first bytes: 12 bytes and 8 per section. */
const HEADER_READ = 4096;

/**
 * Loads the binary index kept in `blob` without reading its entity stubs' bytes (most of a large index): the sections
 * the name walk reads are read into WebAssembly memory (placedRoom()), the others into buffers of their own, and each
 * stub record is read from the blob when an article first needs it (StubStore.ensure; annotators from
 * annotatorFromLoaded read them in `prepare`). `ranges`, where the build wrote them down for this very file, spare
 * reading the section table first. Stubs of at most `stubsAlongUpTo` bytes are read at once with the rest instead.
 */
export async function readIndexLazily(
  blob: Blob,
  options: { wasm?: boolean; ranges?: IndexRanges; stubsAlongUpTo?: number } = {},
): Promise<LoadedIndex> {
  const ranges =
    options.ranges ?? indexRanges(new Uint8Array(await blob.slice(0, HEADER_READ).arrayBuffer()));
  if (ranges.size !== blob.size) throw new Error('truncated Backstory index');
  const stubsAlong = ranges.tail - ranges.stubs <= (options.stubsAlongUpTo ?? 0);
  const reads = Promise.all([
    blob.slice(0, ranges.rest).arrayBuffer(),
    blob.slice(ranges.rest, ranges.stubs).arrayBuffer(),
    blob.slice(ranges.tail).arrayBuffer(),
    ...(stubsAlong ? [blob.slice(ranges.stubs, ranges.tail).arrayBuffer()] : []),
  ]);
  // Made while the browser reads the bytes.
  const room = options.wasm === false ? undefined : indexBuffer(ranges.rest);
  const [placed, rest, tail, stubs] = await reads;
  const first = room ?? new Uint8Array(placed);
  if (room) room.set(new Uint8Array(placed));
  // Ranges of another file would make nonsense of every view.
  const own = indexRanges(first);
  if (own.rest !== ranges.rest || own.stubs !== ranges.stubs || own.tail !== ranges.tail)
    throw new Error('the index ranges do not fit the index');
  const loaded = loadParts(
    [
      { start: 0, bytes: first },
      { start: ranges.rest, bytes: new Uint8Array(rest!) },
      { start: ranges.tail, bytes: new Uint8Array(tail!) },
      ...(stubs ? [{ start: ranges.stubs, bytes: new Uint8Array(stubs) }] : []),
    ],
    options,
  );
  if (stubs) return loaded;
  loaded.stubs.deferBytes(
    async (from, to) =>
      new Uint8Array(await blob.slice(ranges.stubs + from, ranges.stubs + to).arrayBuffer()),
  );
  return loaded;
}

type View = Uint8Array | Uint16Array | Uint32Array;

/**
 * What remakes the typed-array fields of `holders` that are views of a WebAssembly memory (`inMemory`) on its new
 * buffer, at the offsets they have now: a memory that grows detaches its old buffer, and every view of it with it.
 */
function viewRemaker(
  holders: object[],
  inMemory: (view: ArrayBufferView) => boolean,
): (buffer: ArrayBuffer) => void {
  const fields = holders.flatMap((holder) =>
    Object.entries(holder)
      .filter((entry): entry is [string, View] => ArrayBuffer.isView(entry[1]) && inMemory(entry[1]))
      .map(([key, view]) => ({
        holder: holder as Record<string, View>,
        key,
        make: view.constructor as new (buffer: ArrayBuffer, offset: number, length: number) => View,
        offset: view.byteOffset,
        length: view.length,
      })),
  );
  return (buffer) => {
    for (const { holder, key, make, offset, length } of fields)
      holder[key] = new make(buffer, offset, length);
  };
}
