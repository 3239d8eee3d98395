import { describe, expect, it } from 'vitest';
import { kbProblem } from '../../src/core/kb/errors';
import { decodeUtf8, formatImportError, isCsv, prepareText } from '../../src/options/import-file';

const TODAY = '2026-03-02';

describe('preparing an import', () => {
  it('tells CSV from JSON by content first, then by name', () => {
    expect(isCsv('words.csv', '{"format": 2}')).toBe(false);
    expect(isCsv('pack.json', '{"format": 1}')).toBe(false);
    expect(isCsv('export', '\uFEFF  [')).toBe(false);
    expect(isCsv('export', 'name,type')).toBe(true);
    expect(isCsv('words.csv', 'name;aliases\nKlaverveld;')).toBe(true);
    // Issue #22: a .json file holding null or a string was read as CSV and reported as column errors.
    for (const text of ['null', '"hello"', '42', 'true']) expect(isCsv('glossary.json', text)).toBe(false);
    expect(isCsv('glossary.txt', 'null')).toBe(false);
  });

  it('says what a JSON file holds when it is not a pack, and refuses JSON nested too deep to pass on', () => {
    expect(prepareText('g.json', 'null', 'nl', TODAY)).toEqual({ key: 'optImportNotPack', detail: 'null' });
    expect(prepareText('g.json', '"hello"', 'nl', TODAY)).toEqual({
      key: 'optImportNotPack',
      detail: 'string',
    });
    expect(prepareText('g.json', '[1, 2]', 'nl', TODAY)).toEqual({
      key: 'optImportNotPack',
      detail: 'array',
    });
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    expect(prepareText('g.json', deep, 'nl', TODAY)).toEqual({ key: 'optImportTooDeep', detail: '5000' });
    // Brackets inside strings do not count.
    expect(prepareText('g.json', JSON.stringify({ note: '[[[['.repeat(20) }), 'nl', TODAY)).toMatchObject({
      ok: true,
    });
  });

  it('decodes UTF-8 with or without a byte-order mark, and refuses other encodings', () => {
    const bytes = (values: number[]) => new Uint8Array(values).buffer;
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0xa9]))).toBe('Aé');
    expect(decodeUtf8(bytes([0x41, 0xc3, 0xa9]))).toBe('Aé');
    expect(decodeUtf8(bytes([0x41, 0xe9, 0x42]))).toBeNull(); // Latin-1 "AéB"
  });

  it('turns a CSV glossary into a pack, with the row of each entity', () => {
    const prepared = prepareText(
      'g.csv',
      'name,aliases,type,description,url\nKlaverveld,,organisation,Een stichting.,https://e.org\n',
      'nl',
      TODAY,
    );
    expect(prepared).toMatchObject({ ok: true, rows: { klaverveld: 2 }, data: { id: 'glossary-g' } });
  });

  it('lists CSV problems by row', () => {
    const prepared = prepareText('g.csv', 'name,aliases,type,description,url\nA,,x,y,z\n', 'nl', TODAY);
    expect(prepared).toMatchObject({
      ok: false,
      errors: [
        {
          row: 2,
          field: 'type',
          code: 'csvNotType',
          params: ['x', 'person, organisation, place, event, group, work, concept'],
          message: '"x" is not one of person, organisation, place, event, group, work, concept',
        },
        { row: 2, field: 'url', code: 'notHttps', params: [], message: 'must be an https:// link' },
      ],
    });
  });

  it('reports JSON that does not parse', () => {
    expect(prepareText('p.json', '{"format":', 'nl', TODAY)).toMatchObject({ key: 'optImportNotJson' });
    expect(prepareText('p.json', '\uFEFF{"a": 1}', 'nl', TODAY)).toEqual({
      ok: true,
      data: { a: 1 },
      rows: {},
    });
  });

  it('names compiler errors by CSV row when it can, else by entity', () => {
    const error = { file: 'g.csv', entityId: 'x', field: 'labels.nl', ...kbProblem('noLetters') };
    expect(formatImportError(error, { x: 7 })).toBe('row 7: labels.nl: has no letters or digits');
    expect(formatImportError(error, {})).toBe('entity "x": labels.nl: has no letters or digits');
    expect(formatImportError({ ...error, entityId: null, field: 'id' }, {})).toBe(
      'id: has no letters or digits',
    );
  });
});
