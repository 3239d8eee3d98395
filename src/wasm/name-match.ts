/**
 * The matcher's walk over the names table (match.ts: collect(), collectInflected() and spellsAlias(); variants stay
 * in match.ts) over the words the scan left in this memory and a binary index placed in it (index-binary.ts): per
 * start word, the names table walked word by word, and every alias a node reports checked against the article's
 * words. What it cannot decide it hands to match.ts with a flag: an alias whose words need the full scan to fold
 * (marks, dashes, apostrophes, characters it has not classified), or whose case must be checked as written.
 *
 * Hits, as i32s from HITS: first word, last word, alias count (with INFLECTED set for aliases that match once the
 * last word loses a genitive -s), then the aliases, each with NEEDS_CHECK or NEEDS_CASE set where match.ts must
 * decide. With INFLECTIONS set, the walk also reports inflected forms (match.ts's collectInflected), in the order
 * match.ts would find them.
 */
import {
  AMPERSAND,
  APOSTROPHE,
  SLASH,
  BLOCK_STARTS,
  CACHE_ENTRIES,
  CACHE_MAX_ENTRIES,
  CACHE_POOL,
  CACHE_POOL_UNITS,
  CACHE_SLOT_COUNT,
  CACHE_SLOT_SHIFT,
  CACHE_SLOTS,
  CACHE_USED,
  CASE_SENSITIVE_BIT,
  COUNT,
  ENDS,
  FINGERPRINT_MASK,
  FINGERPRINTS,
  FLAGS,
  FOLDED,
  GENERAL,
  HASHES,
  HITS,
  HITS_CAPACITY,
  HITS_LENGTH,
  INFLECTIONS,
  KIND,
  TABLE_UNITS,
  OTHER,
  RUN_FIRST,
  RUN_FIRST_BITS,
  RUN_STARTS,
  SCRATCH,
  SCRATCH_BYTES,
  STARTS,
  TABLE_MASK,
  TABLE_SHIFT,
  TERMINAL_RANKS,
  TERMINALS,
  TEXT_BYTES,
  TEXT_BYTES_END,
  TEXT_COUNT,
  UNITS,
  UNKNOWN,
  WORD,
} from './layout';

const NEEDS_CHECK: u32 = 0x80000000;
const NEEDS_CASE: u32 = 0x40000000;
const INFLECTED: i32 = 0x40000000;
/** Shortest name word that a genitive -s may follow (match.ts's MIN_INFLECTED_STEM). */
const MIN_INFLECTED_STEM: i32 = 4;
/** The multiplicative inverse of FNV-1a's prime modulo 2^32. */
const FNV_PRIME_INVERSE: u32 = 0x359c449b;
/** A cache entry for an alias this file cannot fold: match.ts checks it every time. */
const UNFOLDABLE: i32 = -1;
/** Aliases per front-coded block (front-coding.ts). */
const BLOCK: i32 = 16;
const RANK_WORDS: i32 = 8;

// The word arrays and units of the scan, and the index, as set for one match() call.
let units: usize = 0;
let starts: usize = 0;
let ends: usize = 0;
let hashes: usize = 0;
let fingerprints: usize = 0;
let tableMask: u32 = 0;
let tableShift: u32 = 0;
let fingerprintMask: u32 = 0;
let hits: usize = 0;
let hitsLength: i32 = 0;
let hitsCapacity: i32 = 0;
let inflections = false;

/**
 * Walks the names table from every start word from `from` on, writing hits; returns the start word it stopped
 * before: the word count when it is done, earlier when the hits are full (HITS_LENGTH says how many it wrote; with
 * none written, one start word's hits alone do not fit and match.ts takes that word).
 */
export function match(from: i32): i32 {
  units = load<u32>(UNITS) as usize;
  starts = load<u32>(STARTS) as usize;
  ends = load<u32>(ENDS) as usize;
  hashes = load<u32>(HASHES) as usize;
  fingerprints = load<u32>(FINGERPRINTS) as usize;
  tableMask = load<u32>(TABLE_MASK);
  tableShift = load<u32>(TABLE_SHIFT);
  fingerprintMask = load<u32>(FINGERPRINT_MASK);
  hits = load<u32>(HITS) as usize;
  hitsCapacity = load<i32>(HITS_CAPACITY);
  hitsLength = 0;
  inflections = load<i32>(INFLECTIONS) != 0;
  const count = load<i32>(COUNT);
  let w = from;
  for (; w < count; w++) {
    const first = child(0, load<u32>(hashes + ((w as usize) << 2)));
    const mark = hitsLength;
    const fits = first >= 0 ? collect(w, first, count) : !inflections || inflected(0, w, w);
    if (!fits) {
      hitsLength = mark;
      break;
    }
  }
  store<i32>(HITS_LENGTH, hitsLength);
  return w;
}

/** match.ts's collect() from start word `firstWord` (whose root child is `first`); false when the hits are full. */
function collect(firstWord: i32, first: i32, count: i32): bool {
  let node = 0;
  let next = first;
  for (let w = firstWord; w < count; w++) {
    if (w > firstWord) next = child(node, load<u32>(hashes + ((w as usize) << 2)));
    const from = next >= 0 ? firstOutput(next) : -1;
    if (from >= 0 && !outputHits(from, firstWord, w, 0)) return false;
    if (inflections && !inflected(node, firstWord, w)) return false;
    if (next < 0) return true;
    node = next;
    if (w + 1 >= count || !isNameGap(w)) return true;
  }
  return true;
}

/**
 * The aliases of the output run from `from` that words firstWord..w spell, as one hit; false when full. With `trim`
 * (1), the last word without its final -s: an inflected form, where case-sensitive aliases never match.
 */
function outputHits(from: i32, firstWord: i32, w: i32, trim: i32): bool {
  const to = nextSetBit(load<u32>(RUN_STARTS) as usize, from + 1);
  const record = hitsLength;
  let found = 0;
  const flags = load<u32>(FLAGS) as usize;
  const caseBit = load<u8>(CASE_SENSITIVE_BIT) as u32;
  for (let a = from; a < to; a++) {
    const caseSensitive = ((load<u8>(flags + (a as usize)) as u32) & caseBit) != 0;
    if (caseSensitive && trim != 0) continue;
    const spelt = spellsAlias(a, firstWord, w, trim);
    if (spelt == 0) continue;
    let hit = a as u32;
    if (spelt == 2) hit |= NEEDS_CHECK;
    else if (caseSensitive) hit |= NEEDS_CASE;
    if (!addHit(record, found, firstWord, w, hit)) return false;
    found++;
  }
  if (found > 0) store<i32>(hits + (((record + 2) as usize) << 2), trim != 0 ? found | INFLECTED : found);
  return true;
}

/**
 * match.ts's collectInflected(): the aliases that end at `node`'s child along word `w` without its final -s
 * (Syriens, Assads); false when full.
 */
function inflected(node: i32, firstWord: i32, w: i32): bool {
  const end = load<i32>(ends + ((w as usize) << 2));
  if (end - load<i32>(starts + ((w as usize) << 2)) <= MIN_INFLECTED_STEM) return true;
  if (load<u16>(units + (((end - 1) as usize) << 1)) != 0x73) return true;
  // The stem's hash from the word's: FNV-1a's last step undone (the prime is odd, so it has an inverse).
  const word = load<u32>(hashes + ((w as usize) << 2));
  const next = child(node, (word * FNV_PRIME_INVERSE) ^ 0x73);
  const from = next >= 0 ? firstOutput(next) : -1;
  return from < 0 || outputHits(from, firstWord, w, 1);
}

/** Adds alias hit `hit` to the record at `record` (writing its words first when it is the first); false when full. */
function addHit(record: i32, found: i32, firstWord: i32, w: i32, hit: u32): bool {
  if (found == 0) {
    if (record + 3 > hitsCapacity) return false;
    store<i32>(hits + ((record as usize) << 2), firstWord);
    store<i32>(hits + (((record + 1) as usize) << 2), w);
    hitsLength = record + 3;
  }
  if (hitsLength >= hitsCapacity) return false;
  store<u32>(hits + ((hitsLength as usize) << 2), hit);
  hitsLength++;
  return true;
}

/** name-table.ts's child(). */
function child(node: i32, word: u32): i32 {
  let h = word ^ (((node + 1) as u32) * 0x9e3779b1);
  h = (h ^ (h >>> 16)) * 0x85ebca6b;
  h = (h ^ (h >>> 13)) * 0xc2b2ae35;
  h ^= h >>> 16;
  let fingerprint = ((h * 0x2c1b3c6d) >>> 16) & fingerprintMask;
  if (fingerprint == 0) fingerprint = 1;
  for (let slot = h >>> tableShift; ; slot = (slot + 1) & tableMask) {
    const stored = load<u16>(fingerprints + ((slot as usize) << 1)) as u32;
    if (stored == fingerprint) return (slot + 1) as i32;
    if (stored == 0) return -1;
  }
  return -1;
}

/** name-table.ts's firstOutput() for a table whose runs are found from runFirst (a binary index's). */
function firstOutput(node: i32): i32 {
  if (node <= 0) return -1;
  const slot = (node - 1) as u32;
  const terminals = load<u32>(TERMINALS) as usize;
  const word = slot >>> 5;
  const bits = load<u32>(terminals + ((word as usize) << 2));
  if ((bits & (1 << (slot & 31))) == 0) return -1;
  const ranks = load<u32>(TERMINAL_RANKS) as usize;
  let rank = load<u32>(ranks + (((word / RANK_WORDS) as usize) << 2));
  for (let w = word - (word % RANK_WORDS); w < word; w++)
    rank += popcnt<u32>(load<u32>(terminals + ((w as usize) << 2)));
  rank += popcnt<u32>(bits & ((1 << (slot & 31)) - 1));
  // runFirst is packed RUN_FIRST_BITS bits an entry (packed-ints.ts), with a spare word at its end for this load.
  const width = load<u32>(RUN_FIRST_BITS) as u64;
  const bit = (rank as u64) * width;
  const packed = load<u64>((load<u32>(RUN_FIRST) as usize) + (((bit >> 5) as usize) << 2));
  return ((packed >> (bit & 31)) & ((1 << width) - 1)) as i32;
}

/** The first set bit of the bitset at `bits` at or after `from` (there must be one). */
function nextSetBit(bits: usize, from: i32): i32 {
  let word = (from as u32) >>> 5;
  let current = (load<u32>(bits + ((word as usize) << 2)) >>> ((from as u32) & 31)) << ((from as u32) & 31);
  while (current == 0) current = load<u32>(bits + ((++word as usize) << 2));
  return ((word << 5) + ctz<u32>(current)) as i32;
}

/** words.ts's isNameGap(): what lies between word `before` and the next may sit inside a name. */
function isNameGap(before: i32): bool {
  const from = load<i32>(ends + ((before as usize) << 2));
  const to = load<i32>(starts + (((before + 1) as usize) << 2));
  if (to - from > 3) return false;
  let dots = 0;
  for (let k = from; k < to; k++) {
    const unit = load<u16>(units + ((k as usize) << 1)) as u32;
    if (unit == 0x2e) dots++;
    else if (unit != 0x20 && unit != 0x2d && unit != APOSTROPHE && unit != AMPERSAND && unit != SLASH)
      return false;
  }
  const length = from - load<i32>(starts + ((before as usize) << 2));
  return dots == 0 || (dots == 1 && (length == 1 || to - from == 1 || isVowellessAbbreviation(from, length)));
}

/** words.ts's isVowellessAbbreviation(): "St", "Mt", "Dr" before a dot, which then ends no sentence. */
function isVowellessAbbreviation(end: i32, length: i32): bool {
  if (length < 2 || length > 3) return false;
  for (let k = end - length; k < end; k++) {
    const unit = (load<u16>(units + ((k as usize) << 1)) as u32) | 0x20;
    if (unit < 0x61 || unit > 0x7a) return false;
    if (unit == 0x61 || unit == 0x65 || unit == 0x69 || unit == 0x6f || unit == 0x75 || unit == 0x79)
      return false;
  }
  return true;
}

/**
 * match.ts's spellsAlias(): 1 when alias `a` is exactly words first..last (the last `trim` units shorter), 0 when
 * not, 2 when match.ts must say.
 */
function spellsAlias(a: i32, first: i32, last: i32, trim: i32): i32 {
  let entry = cached(a);
  if (entry == UNFOLDABLE) return 2;
  if (entry < 0) entry = fold(a);
  if (entry < 0) return 2;
  const pool = CACHE_POOL;
  let at = entry + 2;
  const end =
    at +
    ((load<u16>(pool + ((entry as usize) << 1)) as i32) << 16) +
    (load<u16>(pool + (((entry + 1) as usize) << 1)) as i32);
  for (let w = first; w <= last; w++) {
    if (w > first) {
      if (load<u16>(pool + ((at as usize) << 1)) != 0) return 0;
      at++;
    }
    const wordEnd = load<i32>(ends + ((w as usize) << 2)) - (w == last ? trim : 0);
    for (let k = load<i32>(starts + ((w as usize) << 2)); k < wordEnd; k++) {
      if (load<u16>(pool + ((at as usize) << 1)) != load<u16>(units + ((k as usize) << 1))) return 0;
      at++;
    }
  }
  return at == end ? 1 : 0;
}

/** The slot of alias `a` in the cache's table, or of the free slot where it would go. */
function slotOf(a: i32): usize {
  let slot = ((a as u32) * 0x9e3779b1) >>> CACHE_SLOT_SHIFT;
  for (;;) {
    const at = CACHE_SLOTS + ((slot as usize) << 3);
    const key = load<i32>(at);
    if (key == a + 1 || key == 0) return at;
    slot = (slot + 1) & ((CACHE_SLOT_COUNT as u32) - 1);
  }
  return 0;
}

/** Alias `a`'s cache entry (a pool position, or UNFOLDABLE), or -2 when it has none. */
function cached(a: i32): i32 {
  const at = slotOf(a);
  return load<i32>(at) == 0 ? -2 : load<i32>(at + 4);
}

/**
 * Puts alias `a`'s UTF-8 bytes together from the front-coded texts (front-coding.ts), folds its words as
 * word-scan.ts's foldUtf8Words() does into the cache, and returns the entry; UNFOLDABLE (cached) when it needs the
 * full scan, -2 (not cached) when a character is not classified yet or the texts do not decode (match.ts then
 * says; it throws on a damaged index).
 */
function fold(a: i32): i32 {
  const length = aliasBytes(a);
  if (length < 0) return -2;
  let used = load<i32>(CACHE_USED);
  if (load<i32>(CACHE_ENTRIES) >= CACHE_MAX_ENTRIES || used + length + 2 > CACHE_POOL_UNITS) {
    memory.fill(CACHE_SLOTS, 0, (CACHE_SLOT_COUNT as usize) << 3);
    store<i32>(CACHE_ENTRIES, 0);
    used = 0;
  }
  const start = used;
  let at = start + 2;
  let inWord = false;
  for (let i = 0; i < length;) {
    const lead = load<u8>(SCRATCH + (i as usize)) as u32;
    let unit: u32 = 0;
    if (lead < 0x80) {
      unit = lead;
      i += 1;
    } else if (lead >= 0xc2 && lead < 0xe0) {
      unit = ((lead & 0x1f) << 6) | ((load<u8>(SCRATCH + ((i + 1) as usize)) as u32) & 0x3f);
      i += 2;
    } else if (lead >= 0xe0 && lead < 0xf0) {
      unit =
        ((lead & 0x0f) << 12) |
        (((load<u8>(SCRATCH + ((i + 1) as usize)) as u32) & 0x3f) << 6) |
        ((load<u8>(SCRATCH + ((i + 2) as usize)) as u32) & 0x3f);
      i += 3;
      if (unit >= TABLE_UNITS) return remember(a, UNFOLDABLE);
    } else return remember(a, UNFOLDABLE);
    const kind = load<u8>(KIND + (unit as usize));
    if (kind == UNKNOWN) return -2;
    const folded = load<u16>(FOLDED + ((unit as usize) << 1));
    if (kind == WORD) {
      if (!inWord && at > start + 2) {
        store<u16>(CACHE_POOL + ((at as usize) << 1), 0);
        at++;
      }
      inWord = true;
      store<u16>(CACHE_POOL + ((at as usize) << 1), folded);
      at++;
    } else if (kind == GENERAL || (kind == OTHER && (folded as u32) == APOSTROPHE))
      return remember(a, UNFOLDABLE);
    else inWord = false;
  }
  const folded = at - start - 2;
  store<u16>(CACHE_POOL + ((start as usize) << 1), (folded >>> 16) as u16);
  store<u16>(CACHE_POOL + (((start + 1) as usize) << 1), (folded & 0xffff) as u16);
  store<i32>(CACHE_USED, at);
  return remember(a, start);
}

function remember(a: i32, entry: i32): i32 {
  const at = slotOf(a);
  store<i32>(at, a + 1);
  store<i32>(at + 4, entry);
  store<i32>(CACHE_ENTRIES, load<i32>(CACHE_ENTRIES) + 1);
  return entry;
}

/** Alias `a`'s UTF-8 bytes into SCRATCH; their length, or -1 when they do not decode or do not fit. */
function aliasBytes(a: i32): i32 {
  if (a >= load<i32>(TEXT_COUNT)) return -1;
  const bytes = load<u32>(TEXT_BYTES) as usize;
  const end = load<u32>(TEXT_BYTES_END) as usize;
  const block = a / BLOCK;
  let at = bytes + (load<u32>((load<u32>(BLOCK_STARTS) as usize) + ((block as usize) << 2)) as usize);
  let length = 0;
  for (let k = block * BLOCK; k <= a; k++) {
    let shared = 0;
    if (k > block * BLOCK) {
      shared = varint(at, end);
      at = varintEnd;
    }
    const rest = varint(at, end);
    at = varintEnd;
    if (
      shared < 0 ||
      rest < 0 ||
      shared > length ||
      at + (rest as usize) > end ||
      shared + rest > SCRATCH_BYTES
    )
      return -1;
    memory.copy(SCRATCH + (shared as usize), at, rest as usize);
    at += rest as usize;
    length = shared + rest;
  }
  return length;
}

/** Where the last varint read ended. */
let varintEnd: usize = 0;

/** A varint (7 bits a byte, low first) at `at`; -1 when it runs past `end` or is too long. */
function varint(at: usize, end: usize): i32 {
  let value: u32 = 0;
  for (let shift: u32 = 0; shift < 28; shift += 7) {
    if (at >= end) return -1;
    const byte = load<u8>(at) as u32;
    at++;
    value |= (byte & 0x7f) << shift;
    if (byte < 0x80) {
      varintEnd = at;
      return value as i32;
    }
  }
  return -1;
}
