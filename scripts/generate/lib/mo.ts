/**
 * A reader for GNU gettext .mo catalogues (the format Debian's libgeonames-common ships its GeoNames names in:
 * msgid = GeoNames id, msgstr = the name in that language). Only what the generators need: no plural forms, no
 * contexts, UTF-8 only.
 */
const MAGIC_LE = 0x950412de;
const MAGIC_BE = 0xde120495;

export function parseMo(buffer: Uint8Array): Map<string, string> {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const magic = view.getUint32(0, true);
  let little: boolean;
  if (magic === MAGIC_LE) little = true;
  else if (magic === MAGIC_BE) little = false;
  else throw new Error('not a gettext .mo file (bad magic number)');
  const u32 = (offset: number) => view.getUint32(offset, little);
  const count = u32(8);
  const originals = u32(12);
  const translations = u32(16);
  const decoder = new TextDecoder('utf-8');
  const text = (table: number, i: number) => {
    const length = u32(table + i * 8);
    const offset = u32(table + i * 8 + 4);
    return decoder.decode(buffer.subarray(offset, offset + length));
  };
  const catalogue = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const id = text(originals, i);
    if (id === '') continue; // the header
    catalogue.set(id, text(translations, i));
  }
  return catalogue;
}

/** Builds a .mo file (little-endian): used by the tests, and documents the layout parseMo reads. */
export function buildMo(entries: ReadonlyArray<readonly [string, string]>): Uint8Array {
  const encoder = new TextEncoder();
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const ids = sorted.map(([id]) => encoder.encode(id));
  const strs = sorted.map(([, str]) => encoder.encode(str));
  const headerSize = 28;
  const tableSize = sorted.length * 8;
  let offset = headerSize + 2 * tableSize;
  const idOffsets: number[] = [];
  const strOffsets: number[] = [];
  for (const id of ids) {
    idOffsets.push(offset);
    offset += id.length + 1;
  }
  for (const str of strs) {
    strOffsets.push(offset);
    offset += str.length + 1;
  }
  const out = new Uint8Array(offset);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC_LE, true);
  view.setUint32(4, 0, true);
  view.setUint32(8, sorted.length, true);
  view.setUint32(12, headerSize, true);
  view.setUint32(16, headerSize + tableSize, true);
  sorted.forEach((_, i) => {
    view.setUint32(headerSize + i * 8, (ids[i] as Uint8Array).length, true);
    view.setUint32(headerSize + i * 8 + 4, idOffsets[i] as number, true);
    view.setUint32(headerSize + tableSize + i * 8, (strs[i] as Uint8Array).length, true);
    view.setUint32(headerSize + tableSize + i * 8 + 4, strOffsets[i] as number, true);
    out.set(ids[i] as Uint8Array, idOffsets[i] as number);
    out.set(strs[i] as Uint8Array, strOffsets[i] as number);
  });
  return out;
}
