/**
 * Long texts in parts: a text longer than an article is matched part by part, each part through the WebAssembly scan
 * as an article is, so its memory stays the size it has for articles (a grown WebAssembly memory never shrinks). The
 * parts are cut where no name and no normalisation reaches across: right after a paragraph break (a run of white
 * space with two line feeds or more), before a letter or a digit.
 */

/** A paragraph break, up to the letter or digit after it: a part starts there. */
const PARAGRAPH_BREAK = /\n[^\S\n]*\n\s*(?=[\p{L}\p{N}])/gu;

/**
 * Where to cut `text` into parts of at most `maxChars` each, as long as they can be: the end of each part, the last
 * one text.length. Undefined when some stretch of `maxChars` has no paragraph break to cut at.
 */
export function paragraphParts(text: string, maxChars: number): number[] | undefined {
  const ends: number[] = [];
  let from = 0;
  let lastCut = 0;
  const cutBefore = (at: number): boolean => {
    // The part from `from` must end at or before `at`: at the last cut seen, if there is one past `from`.
    while (at - from > maxChars) {
      if (lastCut <= from) return false;
      ends.push(lastCut);
      from = lastCut;
    }
    return true;
  };
  PARAGRAPH_BREAK.lastIndex = 0;
  for (let found = PARAGRAPH_BREAK.exec(text); found; found = PARAGRAPH_BREAK.exec(text)) {
    const cut = found.index + found[0].length;
    if (!cutBefore(cut)) return undefined;
    lastCut = cut;
  }
  if (!cutBefore(text.length)) return undefined;
  ends.push(text.length);
  return ends;
}
