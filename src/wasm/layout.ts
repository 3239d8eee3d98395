/**
 * The memory layout of the scan's WebAssembly, shared by its files; src/core/scan/wasm/wasm-scan.ts sets and reads the
 * same places. Change both together.
 */

// Tables, filled by word-scan.ts's classify() (copied in by wasm-scan.ts), for the units below TABLE_UNITS only:
// Latin, Greek, Cyrillic, Arabic and the rest up to general punctuation and currency signs. A unit beyond them is
// left to word-scan.ts, which has the whole BMP's; the tables for all of it took 320 KB of every instance's memory.
export const TABLE_UNITS: u32 = 0x2100;
/** u16 per unit: the folded unit of a word character, else 0. */
export const WORD_FOLDED: usize = 0;
/** u16 per unit: the unit a WORD or OTHER character folds to. */
export const FOLDED: usize = 0x4200;
/** u8 per unit: UNKNOWN, WORD, WHITESPACE, OTHER or GENERAL. */
export const KIND: usize = 0x8400;

/** The scan's word state (WordScanner's fields) and where its buffers are: i32 fields. */
export const STATE: usize = 0xa600;
export const LENGTH: usize = STATE;
export const COUNT: usize = STATE + 4;
export const IN_WORD: usize = STATE + 8;
export const WORD_START: usize = STATE + 12;
export const WORD_ORIG_START: usize = STATE + 16;
export const HASH: usize = STATE + 20;
export const LAST_UNIT_START: usize = STATE + 24;
export const LAST_ORIG_END: usize = STATE + 28;
export const BYTE: usize = STATE + 32;
export const UNITS: usize = STATE + 36;
export const UNITS_CAPACITY: usize = STATE + 40;
export const STARTS: usize = STATE + 44;
export const ENDS: usize = STATE + 48;
export const ORIG_STARTS: usize = STATE + 52;
export const ORIG_ENDS: usize = STATE + 56;
export const HASHES: usize = STATE + 60;
export const WORDS_CAPACITY: usize = STATE + 64;
export const INPUT: usize = STATE + 68;

/** The matcher's side: where the index's parts are (in this memory), the hits, the alias cache: i32 fields. */
export const MATCH: usize = 0xa700;
export const FINGERPRINTS: usize = MATCH;
export const TABLE_MASK: usize = MATCH + 4;
export const TABLE_SHIFT: usize = MATCH + 8;
export const FINGERPRINT_MASK: usize = MATCH + 12;
export const TERMINALS: usize = MATCH + 16;
export const TERMINAL_RANKS: usize = MATCH + 20;
export const RUN_FIRST: usize = MATCH + 24;
export const RUN_STARTS: usize = MATCH + 28;
export const TEXT_BYTES: usize = MATCH + 32;
export const TEXT_BYTES_END: usize = MATCH + 36;
export const BLOCK_STARTS: usize = MATCH + 40;
export const TEXT_COUNT: usize = MATCH + 44;
export const FLAGS: usize = MATCH + 48;
export const CASE_SENSITIVE_BIT: usize = MATCH + 52;
export const HITS: usize = MATCH + 56;
export const HITS_CAPACITY: usize = MATCH + 60;
export const HITS_LENGTH: usize = MATCH + 64;
export const CACHE_ENTRIES: usize = MATCH + 68;
export const CACHE_USED: usize = MATCH + 72;
/** Non-zero: the walk also reports inflected forms (match.ts's collectInflected). */
export const INFLECTIONS: usize = MATCH + 80;
/** The width of runFirst's packed entries (name-table.ts). */
export const RUN_FIRST_BITS: usize = MATCH + 84;

/** The checked aliases' folded words: a hash table of (alias + 1, entry) pairs, and the pool the entries are in. */
export const CACHE_SLOTS: usize = 0xa800;
export const CACHE_SLOT_COUNT: i32 = 2048;
/** A slot from an alias's hash: its top log2(CACHE_SLOT_COUNT) bits. */
export const CACHE_SLOT_SHIFT: u32 = 21;
/** A 30,000-character article with 100,000 names checks about 600 aliases (10,000 units); 1,000,000: 800 (12,000). */
export const CACHE_MAX_ENTRIES: i32 = 1024;
/** u16 units: an entry is its length (two units, high and low), then its folded words. */
export const CACHE_POOL: usize = 0xe800;
export const CACHE_POOL_UNITS: i32 = 0x4000;
/** Where an alias's UTF-8 bytes are put together from the front-coded texts. */
export const SCRATCH: usize = 0x16800;
export const SCRATCH_BYTES: i32 = 0x1000;
/** The first byte free for the index and the scan's buffers. */
export const FREE: usize = 0x17800;

export const UNKNOWN: u8 = 0;
export const WORD: u8 = 1;
export const WHITESPACE: u8 = 2;
export const OTHER: u8 = 3;
export const GENERAL: u8 = 4;
export const SPACE: u32 = 0x20;
export const LINE_FEED: u32 = 0x0a;
export const APOSTROPHE: u32 = 0x27;
/** "&" and "/" inside a name (words.ts's isNameGap): CD&V, AT&T, CDU/CSU. */
export const AMPERSAND: u32 = 0x26;
export const SLASH: u32 = 0x2f;
