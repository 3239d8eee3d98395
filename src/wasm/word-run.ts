/**
 * The scan's inline path, in AssemblyScript (scan.ts is the module): word-scan.ts's WordScanner.inlineRun over the
 * UTF-8 bytes of the text, with the same tables, the same word state, the same stops. Whatever the inline path
 * leaves to normalizeChar, and every character it has not classified yet, this leaves to word-scan.ts too: it stops
 * there and returns.
 *
 * The memory layout is in layout.ts.
 */

import {
  APOSTROPHE,
  BYTE,
  COUNT,
  ENDS,
  FOLDED,
  GENERAL,
  HASH,
  HASHES,
  IN_WORD,
  INPUT,
  KIND,
  LAST_ORIG_END,
  LAST_UNIT_START,
  LENGTH,
  LINE_FEED,
  ORIG_ENDS,
  ORIG_STARTS,
  SPACE,
  STARTS,
  TABLE_UNITS,
  UNITS,
  UNITS_CAPACITY,
  UNKNOWN,
  WHITESPACE,
  WORD_FOLDED,
  WORD_START,
  WORD_ORIG_START,
  WORDS_CAPACITY,
} from './layout';

const FNV_OFFSET: u32 = 0x811c9dc5;
const FNV_PRIME: u32 = 0x01000193;

/**
 * Scans from code unit `from` (at byte BYTE of the input) up to code unit `to` at most; returns the code unit where
 * it stopped, with BYTE moved to match. It stops early at a character it leaves to word-scan.ts: one not yet
 * classified, one for normalizeChar (a U+FFFD too, which may stand for a lone surrogate), one beyond the tables
 * (layout.ts's TABLE_UNITS), an apostrophe inside a word, or full buffers.
 */
export function run(from: i32, to: i32): i32 {
  const input = load<u32>(INPUT) as usize;
  const units = load<u32>(UNITS) as usize;
  const unitsCapacity = load<i32>(UNITS_CAPACITY);
  const starts = load<u32>(STARTS) as usize;
  const ends = load<u32>(ENDS) as usize;
  const origStarts = load<u32>(ORIG_STARTS) as usize;
  const origEnds = load<u32>(ORIG_ENDS) as usize;
  const hashes = load<u32>(HASHES) as usize;
  const wordsCapacity = load<i32>(WORDS_CAPACITY);
  let at = load<i32>(LENGTH);
  let count = load<i32>(COUNT);
  let inWord = load<i32>(IN_WORD) != 0;
  let wordStart = load<i32>(WORD_START);
  let wordOrigStart = load<i32>(WORD_ORIG_START);
  let hash = load<u32>(HASH);
  let lastUnitStart = load<i32>(LAST_UNIT_START);
  let lastOrigEnd = load<i32>(LAST_ORIG_END);
  let byte = load<u32>(BYTE) as usize;
  let i = from;
  while (i < to && at < unitsCapacity) {
    const lead = load<u8>(input + byte) as u32;
    let unit: u32 = 0;
    let width: usize = 1;
    if (lead < 0x80) {
      unit = lead;
      width = 1;
    } else if (lead < 0xe0) {
      unit = ((lead & 0x1f) << 6) | ((load<u8>(input + byte + 1) as u32) & 0x3f);
      width = 2;
    } else if (lead < 0xf0) {
      unit =
        ((lead & 0x0f) << 12) |
        (((load<u8>(input + byte + 1) as u32) & 0x3f) << 6) |
        ((load<u8>(input + byte + 2) as u32) & 0x3f);
      // Beyond the tables (U+FFFD too, which may stand for a lone surrogate): word-scan.ts's.
      if (unit >= TABLE_UNITS) break;
      width = 3;
    } else break;
    let folded = load<u16>(WORD_FOLDED + ((unit as usize) << 1)) as u32;
    if (folded != 0) {
      if (!inWord) {
        inWord = true;
        wordStart = at;
        wordOrigStart = i;
        hash = FNV_OFFSET;
      }
      // The rest of the word's letters in a loop of their own, with as little live as can be: the common case. A
      // letter writes one unit, so one bound covers both the text and the units' room.
      const stop = min(to, i + unitsCapacity - at);
      let unitAt = units + ((at as usize) << 1);
      for (;;) {
        store<u16>(unitAt, folded as u16);
        unitAt += 2;
        hash = (hash ^ folded) * FNV_PRIME;
        byte += width;
        if (++i >= stop) break;
        const next = load<u8>(input + byte) as u32;
        if (next >= 0x80) break; // beyond ASCII: decoded above
        folded = load<u16>(WORD_FOLDED + ((next as usize) << 1)) as u32;
        if (folded == 0) break;
        width = 1;
      }
      at = ((unitAt - units) >> 1) as i32;
      lastUnitStart = i - 1;
      lastOrigEnd = i;
      continue;
    }
    const kind = load<u8>(KIND + (unit as usize));
    if (kind == UNKNOWN || kind == GENERAL) break;
    if (kind == WHITESPACE) {
      const last: u32 = at > 0 ? (load<u16>(units + (((at - 1) as usize) << 1)) as u32) : 0xffffffff;
      if (last == SPACE || last == LINE_FEED) {
        if (last == SPACE && unit == LINE_FEED && endsParagraph(input, byte, i, lastUnitStart)) {
          store<u16>(units + (((at - 1) as usize) << 1), LINE_FEED as u16);
        }
        i++;
        byte += width;
        continue;
      }
      folded = SPACE;
    } else folded = load<u16>(FOLDED + ((unit as usize) << 1)) as u32;
    if (inWord) {
      if (folded == APOSTROPHE || count >= wordsCapacity) break;
      inWord = false;
      const slot = (count as usize) << 2;
      store<i32>(starts + slot, wordStart);
      store<i32>(ends + slot, at);
      store<i32>(origStarts + slot, wordOrigStart);
      store<i32>(origEnds + slot, lastOrigEnd);
      store<u32>(hashes + slot, hash);
      count++;
    }
    store<u16>(units + ((at as usize) << 1), folded as u16);
    at++;
    lastUnitStart = i;
    i++;
    byte += width;
  }
  store<i32>(LENGTH, at);
  store<i32>(COUNT, count);
  store<i32>(IN_WORD, inWord ? 1 : 0);
  store<i32>(WORD_START, wordStart);
  store<i32>(WORD_ORIG_START, wordOrigStart);
  store<u32>(HASH, hash);
  store<i32>(LAST_UNIT_START, lastUnitStart);
  store<i32>(LAST_ORIG_END, lastOrigEnd);
  store<u32>(BYTE, byte as u32);
  return i;
}

/**
 * normalize.ts's endsParagraph() for a line feed at code unit `at` (byte `byte`): whether another line feed lies
 * between the last unit written (from code unit `from`) and it. Reads the bytes backwards, a character at a time.
 */
function endsParagraph(input: usize, byte: usize, at: i32, from: i32): bool {
  if (from < 0) return false;
  let b = byte;
  for (let k = at; k > from;) {
    b--;
    while (((load<u8>(input + b) as u32) & 0xc0) == 0x80) b--;
    const lead = load<u8>(input + b) as u32;
    if (lead == LINE_FEED) return true;
    k -= lead >= 0xf0 ? 2 : 1;
  }
  return false;
}
