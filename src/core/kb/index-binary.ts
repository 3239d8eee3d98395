/**
 * The binary index: the matcher's tables (dictionaries, tries) and the aliases as typed arrays in one buffer, written
 * by `npm run build:data` (build/data/index.bin) and loaded by viewing the buffer: no JSON parse of the dictionary,
 * no trie built, no string decoded at load: the dictionaries are compared in place as code units, and an alias's
 * text and entity id are decoded when an article first needs that alias. Entity cards stay in JSON (cards.json).
 *
 * Where it lives: in the background (service worker), one copy for all tabs, as the JSON index did. Loading it is a
 * fetch plus typed-array views (well under a millisecond once fetched), so an evicted worker rebuilds its state on
 * wake without a noticeable pause, while an index kept in every content script would cost its size (megabytes at
 * 100,000 names) in every tab. Content scripts send text and get mentions back.
 *
 * Layout, little-endian (every browser and Node on x86/ARM): "BSX1", u32 version, u32 section count, then per section
 * u32 offset and u32 byte length; each section starts at a multiple of 8.
 */
import type { AliasTable } from '../alias-table';
import { annotatorFrom, type Annotator } from '../annotate';
import { buildMatcherTables, matcherFromTables, type Matcher, type MatcherTables } from '../match';
import { FrozenDictionary } from '../token-dictionary';
import { FrozenTrie } from '../word-trie';
import type { CompiledAlias, CompiledIndex } from './index-format';
import { LANGUAGES } from './schema';

const MAGIC = 0x31585342; // "BSX1" read as a little-endian u32
const VERSION = 2;
const ALIGN = 8;
const CASE_SENSITIVE = 4;
const NEEDS_CONTEXT = 8;
const DEMONYM = 16;

type Section = Uint8Array | Uint16Array | Int32Array;

/** What the annotator needs of an index: its aliases and the cue words. */
export type MatchingIndex = Pick<CompiledIndex, 'aliases' | 'cues'>;

/** An index loaded from bytes. */
export interface LoadedIndex {
  tables: MatcherTables;
  aliases: AliasTable;
  cues: CompiledIndex['cues'];
  /** The distinct entity ids, in the order of the alias entity numbers. */
  entityCount: number;
}

const utf8 = new TextEncoder();

function trieSections(trie: FrozenTrie): Section[] {
  const { firstChild, edgeWord, outStart, outList } = trie.parts;
  return [firstChild, edgeWord, outStart, outList];
}

function dictionarySections(dictionary: FrozenDictionary): Section[] {
  const { units, starts, slots } = dictionary.parts;
  return [units, starts, slots];
}

/** Texts as UTF-8 plus their byte offsets (count + 1 entries), so one text is decoded without the others. */
function stringTable(texts: readonly string[]): [Uint8Array, Int32Array] {
  const encoded = texts.map((text) => utf8.encode(text));
  const starts = new Int32Array(texts.length + 1);
  let at = 0;
  encoded.forEach((bytes, k) => {
    starts[k] = at;
    at += bytes.length;
  });
  starts[texts.length] = at;
  const all = new Uint8Array(at);
  encoded.forEach((bytes, k) => all.set(bytes, starts[k]));
  return [all, starts];
}

/** The binary form of an index's matching part; `tables` may be passed when already built. */
export function encodeIndex(index: MatchingIndex, tables = buildMatcherTables(index.aliases)): Uint8Array {
  const entityNumbers = new Map<string, number>();
  const entityOf = new Int32Array(index.aliases.length);
  const meta = new Uint8Array(index.aliases.length);
  index.aliases.forEach((alias, k) => {
    let number = entityNumbers.get(alias.entityId);
    if (number === undefined) entityNumbers.set(alias.entityId, (number = entityNumbers.size));
    entityOf[k] = number;
    meta[k] =
      LANGUAGES.indexOf(alias.lang) |
      (alias.caseSensitive ? CASE_SENSITIVE : 0) |
      (alias.needsContext ? NEEDS_CONTEXT : 0) |
      (alias.demonym ? DEMONYM : 0);
  });
  const sections: Section[] = [
    ...dictionarySections(tables.words),
    ...trieSections(tables.trie),
    ...dictionarySections(tables.keys),
    ...trieSections(tables.keyTrie),
    entityOf,
    meta,
    ...stringTable(index.aliases.map((alias) => alias.text)),
    ...stringTable([...entityNumbers.keys()]),
    utf8.encode(JSON.stringify(index.cues)),
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

/** Reads the sections of a binary index; throws on a buffer that is not one. */
function readSections(input: Uint8Array | ArrayBuffer) {
  let bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  // Int32Array views need a 4-byte aligned start; a Buffer from a pool may not have one.
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 12 || view.getUint32(0, true) !== MAGIC)
    throw new Error('not a Backstory index (bad magic number)');
  if (view.getUint32(4, true) !== VERSION)
    throw new Error(`unsupported Backstory index version ${view.getUint32(4, true)}`);
  const count = view.getUint32(8, true);
  let next = 0;
  const take = () => {
    const offset = view.getUint32(12 + next * 8, true);
    const length = view.getUint32(16 + next * 8, true);
    next++;
    if (offset + length > bytes.byteLength) throw new Error('truncated Backstory index');
    return { start: bytes.byteOffset + offset, length };
  };
  const ints = () => {
    const { start, length } = take();
    return new Int32Array(bytes.buffer, start, length / 4);
  };
  const raw = () => {
    const { start, length } = take();
    return new Uint8Array(bytes.buffer, start, length);
  };
  return { count, ints, raw };
}

const utf8Decoder = new TextDecoder();

/** Loads a binary index: typed-array views on `bytes` (kept, not copied), two short string decodes. */
export function loadIndex(bytes: Uint8Array | ArrayBuffer): LoadedIndex {
  const { ints, raw } = readSections(bytes);
  const dictionary = () => {
    const bytes = raw();
    const starts = ints();
    // One byte per code unit when the section is as long as the units it holds, else two (see token-dictionary.ts).
    const units =
      bytes.byteLength === starts[starts.length - 1]
        ? bytes
        : new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 2);
    return new FrozenDictionary({ units, starts, slots: ints() });
  };
  const trie = () =>
    new FrozenTrie({
      firstChild: ints(),
      edgeWord: ints(),
      outStart: ints(),
      outList: ints(),
    });
  const words = dictionary();
  const wordTrie = trie();
  const keys = dictionary();
  const keyTrie = trie();
  const entityOf = ints();
  const meta = raw();
  const aliasText = raw();
  const aliasStarts = ints();
  const entityText = raw();
  const entityStarts = ints();
  const cues = JSON.parse(utf8Decoder.decode(raw())) as CompiledIndex['cues'];

  const made = new Map<number, CompiledAlias>();
  const aliases: AliasTable = {
    length: entityOf.length,
    get(index) {
      let alias = made.get(index);
      if (alias) return alias;
      const entity = entityOf[index] as number;
      const flags = meta[index] as number;
      alias = {
        text: utf8Decoder.decode(aliasText.subarray(aliasStarts[index], aliasStarts[index + 1])),
        entityId: utf8Decoder.decode(entityText.subarray(entityStarts[entity], entityStarts[entity + 1])),
        lang: LANGUAGES[flags & 3] as CompiledAlias['lang'],
        caseSensitive: (flags & CASE_SENSITIVE) !== 0,
        needsContext: (flags & NEEDS_CONTEXT) !== 0,
        demonym: (flags & DEMONYM) !== 0,
      };
      made.set(index, alias);
      return alias;
    },
    caseSensitive: (index) => ((meta[index] as number) & CASE_SENSITIVE) !== 0,
  };
  return {
    tables: { words, trie: wordTrie, keys, keyTrie },
    aliases,
    cues,
    entityCount: entityStarts.length - 1,
  };
}

/** The matcher of a binary index, without the resolver: for benchmarks and tools that only scan. */
export function matcherFromBytes(bytes: Uint8Array | ArrayBuffer): Matcher {
  const loaded = loadIndex(bytes);
  return matcherFromTables(loaded.tables, loaded.aliases);
}

/** The annotator of a loaded binary index. */
export function annotatorFromLoaded(loaded: LoadedIndex): Annotator {
  return annotatorFrom(matcherFromTables(loaded.tables, loaded.aliases), loaded.aliases, loaded.cues);
}

/** The annotator of a binary index (build/data/index.bin): what createAnnotator(index) is for the JSON index. */
export function createAnnotatorFromBytes(bytes: Uint8Array | ArrayBuffer): Annotator {
  return annotatorFromLoaded(loadIndex(bytes));
}
