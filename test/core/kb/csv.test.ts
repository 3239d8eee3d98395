import { describe, expect, it } from 'vitest';
import { compilePacks } from '../../../src/core/kb/compile';
import {
  csvToPack,
  detectDelimiter,
  formatCsvError,
  glossaryPackId,
  parseCsv,
  type CsvOptions,
} from '../../../src/core/kb/csv';

const OPTIONS: CsvOptions = { language: 'nl', fileName: 'Mijn woorden.csv', today: '2026-03-02' };
const HEADER = 'name,aliases,type,description,url';

function errorsOf(csv: string): string[] {
  return csvToPack(csv, OPTIONS).errors.map(formatCsvError);
}

describe('parseCsv', () => {
  it('reads quoted fields with doubled quotes, delimiters and newlines inside', () => {
    const { records, errors } = parseCsv('a,b\r\n"x, ""y""","line 1\nline 2"\r\nlast,row\n', ',');
    expect(errors).toEqual([]);
    expect(records).toEqual([
      { row: 1, fields: ['a', 'b'] },
      { row: 2, fields: ['x, "y"', 'line 1\nline 2'] },
      { row: 3, fields: ['last', 'row'] },
    ]);
  });

  it('skips blank lines and keeps empty fields', () => {
    const { records } = parseCsv('a;b;c\n\n1;;3\n', ';');
    expect(records.map((r) => r.fields)).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
    ]);
  });

  it('detects semicolons from the header line', () => {
    expect(detectDelimiter('name;aliases;type;description;url\nA, B;;place;x;y')).toBe(';');
    expect(detectDelimiter('name,aliases,type,description,url\nA;B,,place,x,y')).toBe(',');
  });
});

describe('csvToPack', () => {
  it('turns a glossary into a pack that the compiler accepts', () => {
    const csv =
      '\uFEFFname;aliases;type;description;url\r\n' +
      'Stichting Klaverveld;Klaverveld|SK|Klaverveld;Organisation;"Een stichting; verzonnen.";https://example.org/k\r\n' +
      'Kwartelpoort;;place;Een poort.;https://example.org/p\r\n';
    const result = csvToPack(csv, OPTIONS);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual({ 'stichting-klaverveld': 2, kwartelpoort: 3 });
    expect(result.pack).toMatchObject({
      format: 'backstory-pack',
      version: 1,
      id: 'glossary-mijn-woorden',
      title: { nl: 'Mijn woorden' },
      entities: [
        {
          id: 'stichting-klaverveld',
          qid: null,
          type: 'organisation',
          labels: { nl: 'Stichting Klaverveld' },
          aliases: { nl: ['Klaverveld', 'SK'] },
          descriptions: { nl: 'Een stichting; verzonnen.' },
          sources: [{ url: 'https://example.org/k', title: 'Stichting Klaverveld' }],
          reviewed: '2026-03-02',
        },
        { id: 'kwartelpoort', aliases: {} },
      ],
    });
    const compiled = compilePacks([{ file: 'Mijn woorden.csv', data: result.pack }]);
    expect(compiled.errors).toEqual([]);
    expect(compiled.index?.aliases.map((a) => a.text)).toContain('Klaverveld');
  });

  it('accepts columns in any order and case, and gives distinct ids to names that fold alike', () => {
    const csv =
      'URL,Type,Name,Description\nhttps://e.org/1,person,Élise Dupont,Een persoon.\nhttps://e.org/2,person,Elise-Dupont,Nog een.\n';
    const result = csvToPack(csv, OPTIONS);
    expect(result.errors).toEqual([]);
    expect(Object.keys(result.rows)).toEqual(['elise-dupont', 'elise-dupont-2']);
  });

  it('names a pack after its file', () => {
    expect(glossaryPackId('Über Straßen (2026).csv')).toBe('glossary-uber-strassen-2026');
    expect(glossaryPackId('###.csv')).toBe('glossary-untitled');
  });

  it('keeps hostile text as data and refuses a javascript: link', () => {
    const csv =
      `${HEADER}\n` +
      '"<script>alert(1)</script>",<img src=x onerror=alert(1)>,concept,"<b>bold</b>",javascript:alert(1)\n' +
      'Poort,,place,"<img src=x onerror=""alert(2)"">",https://example.org/p\n';
    expect(errorsOf(csv)).toEqual(['row 2: url: must be an https:// link']);
    const ok = csvToPack(
      `${HEADER}\nPoort,<script>x</script>,place,"<img src=x onerror=""alert(2)"">",https://example.org/p\n`,
      OPTIONS,
    );
    expect(ok.errors).toEqual([]);
    const entity = (ok.pack as { entities: { descriptions: { nl: string }; aliases: { nl: string[] } }[] })
      .entities[0]!;
    expect(entity.descriptions.nl).toBe('<img src=x onerror="alert(2)">');
    expect(entity.aliases.nl).toEqual(['<script>x</script>']);
  });

  // Each malformed glossary with the exact errors it must give.
  const MALFORMED: [string, string, string[]][] = [
    ['an empty file', '', ['the file is empty']],
    ['only a byte-order mark and blanks', '\uFEFF  \n', ['the file is empty']],
    ['a header and no rows', `${HEADER}\n`, ['has no rows below the header']],
    ['a missing column', 'name,aliases,type,description\nA,,place,x\n', ['row 1: url: column is missing']],
    [
      'an unknown column',
      `${HEADER},colour\nA,,place,x,https://e.org,red\n`,
      ['row 1: colour: is not a known column (name, aliases, type, description, url)'],
    ],
    ['a column twice', `${HEADER},name\nA,,place,x,https://e.org,B\n`, ['row 1: name: is a column twice']],
    [
      'no header row (data first)',
      'Damascus,,place,A city.,https://e.org\n',
      [
        'row 1: damascus: is not a known column (name, aliases, type, description, url)',
        'row 1: column 2: is not a known column (name, aliases, type, description, url)',
        'row 1: place: is not a known column (name, aliases, type, description, url)',
        'row 1: a city.: is not a known column (name, aliases, type, description, url)',
        'row 1: https://e.org: is not a known column (name, aliases, type, description, url)',
        'row 1: name: column is missing',
        'row 1: type: column is missing',
        'row 1: description: column is missing',
        'row 1: url: column is missing',
      ],
    ],
    ['a missing name', `${HEADER}\n,Alias,place,x,https://e.org\n`, ['row 2: name: is required']],
    [
      'a bad type',
      `${HEADER}\nA,,persoon,x,https://e.org\n`,
      ['row 2: type: "persoon" is not one of person, organisation, place, event, group, work, concept'],
    ],
    [
      'a missing type',
      `${HEADER}\nA,,,x,https://e.org\n`,
      ['row 2: type: is required (person, organisation, place, event, group, work, concept)'],
    ],
    ['a missing description', `${HEADER}\nA,,place,,https://e.org\n`, ['row 2: description: is required']],
    [
      'a too-long description',
      `${HEADER}\nA,,place,${'x'.repeat(141)},https://e.org\n`,
      ['row 2: description: is 141 characters; at most 140'],
    ],
    [
      'a missing url',
      `${HEADER}\nA,,place,x,\n`,
      ['row 2: url: is required (an https:// link to where the description comes from)'],
    ],
    ['an http url', `${HEADER}\nA,,place,x,http://e.org\n`, ['row 2: url: must be an https:// link']],
    [
      'a javascript: url',
      `${HEADER}\nA,,place,x,javascript:alert(1)\n`,
      ['row 2: url: must be an https:// link'],
    ],
    ['a url that is not one', `${HEADER}\nA,,place,x,https://\n`, ['row 2: url: must be an https:// link']],
    [
      'too many fields',
      `${HEADER}\nA,,place,x,https://e.org,extra\n`,
      ['row 2: has 6 fields, the header has 5'],
    ],
    ['too few fields', `${HEADER}\nA,place,x\n`, ['row 2: has 3 fields, the header has 5']],
    [
      'a quote inside an unquoted field',
      `${HEADER}\nThe "Big" One,,place,x,https://e.org\n`,
      ['row 2: has a quote (") inside a field that is not quoted'],
    ],
    [
      'text after a closing quote',
      `${HEADER}\n"A" B,,place,x,https://e.org\n`,
      ['row 2: has text after the closing quote of a field'],
    ],
    [
      'a quoted field never closed',
      `${HEADER}\nA,,place,"x,https://e.org\nB,,place,y,https://e.org\n`,
      ['row 2: has a quoted field that is never closed'],
    ],
    [
      'the same name twice',
      `${HEADER}\nDamascus,,place,x,https://e.org\ndamascus,,place,y,https://e.org\n`,
      ['row 3: name: "damascus" is already on row 2'],
    ],
    [
      'several problems at once, on the rows where they are',
      `${HEADER}\n,,,,\n"Multi\nline",,place,ok,https://e.org\nB,,thing,x,ftp://e.org\n`,
      [
        'row 2: name: is required',
        'row 2: type: is required (person, organisation, place, event, group, work, concept)',
        'row 2: description: is required',
        'row 2: url: is required (an https:// link to where the description comes from)',
        'row 4: type: "thing" is not one of person, organisation, place, event, group, work, concept',
        'row 4: url: must be an https:// link',
      ],
    ],
  ];

  it.each(MALFORMED)('refuses %s', (_what, csv, expected) => {
    const result = csvToPack(csv, OPTIONS);
    expect(result.pack).toBeNull();
    expect(result.errors.map(formatCsvError)).toEqual(expected);
  });

  it('refuses a name with no letters through the compiler, by row', () => {
    const result = csvToPack(`${HEADER}\n---,,place,x,https://e.org\n`, OPTIONS);
    expect(result.errors).toEqual([]);
    const compiled = compilePacks([{ file: 'g.csv', data: result.pack }]);
    expect(compiled.errors.map((e) => [result.rows[e.entityId ?? ''], e.field, e.message])).toEqual([
      [2, 'labels.nl', 'has no letters or digits'],
    ]);
  });
});
