import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CORPORA,
  corpusAvailable,
  corpusSpec,
  DEFAULT_MIRROR_DIR,
  decodeCorpusBytes,
  parseCorpusText,
  readCorpus,
  readCorpusFile,
  type CorpusFormat,
  type Document,
  type NameType,
} from '../../scripts/lib/corpora';

const CONLL = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' } as const;

function shown(doc: Document): string[] {
  return doc.names.map((n) => `${n.type}:${doc.text.slice(n.start, n.end)}`);
}

describe('parseCorpusText', () => {
  it('splits CoNLL documents at -DOCSTART-, one sentence a line, with detokenised spacing', () => {
    const text = [
      '-DOCSTART- -X- -X- O',
      '',
      'EU NNP B-NP B-ORG',
      'rejects VBZ B-VP O',
      '( ( O O',
      'German JJ B-NP B-MISC',
      ') ) O O',
      'call NN I-NP O',
      ', , O O',
      'says VBZ O O',
      'Peter NNP B-NP B-PER',
      'Blackburn NNP I-NP I-PER',
      '. . O O',
      '',
      'BRUSSELS NNP B-NP B-LOC',
      '-DOCSTART- -DOCSTART- O',
      'Dat Pron O',
      'is V O',
      '!  Punc O',
    ].join('\n');
    const docs = parseCorpusText(text, 'conll', CONLL, 'x/test');
    expect(docs.map((d) => d.id)).toEqual(['x/test/1', 'x/test/2']);
    expect(docs[0]!.text).toBe('EU rejects (German) call, says Peter Blackburn.\nBRUSSELS');
    expect(shown(docs[0]!)).toEqual(['ORG:EU', 'MISC:German', 'PER:Peter Blackburn', 'LOC:BRUSSELS']);
    expect(docs[1]!.text).toBe('Dat is!');
  });

  it('reads IOB1 (I- opens a name, B- separates two of one type) and BIOES', () => {
    const iob1 = [
      'Peter I-PER',
      'Blackburn I-PER',
      'Anna B-PER',
      'in O',
      'New I-LOC',
      'York I-LOC',
      'Bank I-ORG',
    ];
    const [doc] = parseCorpusText(iob1.join('\n'), 'conll', CONLL, 'x');
    expect(shown(doc!)).toEqual(['PER:Peter Blackburn', 'PER:Anna', 'LOC:New York', 'ORG:Bank']);
    const bioes = ['Anna S-PER', 'Bob S-PER', 'New B-LOC', 'York E-LOC', 'Paris S-LOC'];
    const [doc2] = parseCorpusText(bioes.join('\n'), 'conll', CONLL, 'x');
    expect(shown(doc2!)).toEqual(['PER:Anna', 'PER:Bob', 'LOC:New York', 'LOC:Paris']);
  });

  it('groups 20 sentences a document where the corpus marks none', () => {
    const text = Array.from({ length: 45 }, (_, i) => `w${i} O`).join('\n\n');
    const docs = parseCorpusText(text, 'conll', CONLL, 'x');
    expect(docs.map((d) => d.text.split('\n').length)).toEqual([20, 20, 5]);
    expect(docs.map((d) => d.id)).toEqual(['x/1', 'x/2', 'x/3']);
  });

  it('reads the outer level of GermEval and maps its types', () => {
    const types = { PER: 'PER', LOC: 'LOC', ORG: 'ORG', OTH: 'MISC', LOCderiv: 'MISC' } as const;
    const text = [
      '#\thttp://example.org [2009-10-23]',
      '1\tFC\tB-ORG\tO',
      '2\tKickers\tI-ORG\tO',
      '3\tDarmstadt\tI-ORG\tB-LOC',
      '4\tspielt\tO\tO',
      '5\tdeutsch\tB-LOCderiv\tO',
      '6\t.\tO\tO',
      '',
      '#\thttp://example.org/2 [2009-10-23]',
      '1\t#\tO\tO',
    ].join('\n');
    const [doc] = parseCorpusText(text, 'germeval', types, 'g');
    expect(doc!.text).toBe('FC Kickers Darmstadt spielt deutsch.\n#');
    expect(shown(doc!)).toEqual(['ORG:FC Kickers Darmstadt', 'MISC:deutsch']);
    expect(doc!.names.map((n) => n.part ?? false)).toEqual([false, true]);
  });

  it('reads HIPE documents by id, keeps a name across a segment end and drops unmapped types', () => {
    const row = (token: string, tag: string, misc = '_') => [
      token,
      tag,
      'O',
      'O',
      'O',
      'O',
      'O',
      '_',
      '_',
      misc,
    ];
    const text = [
      ['TOKEN', 'NE-COARSE-LIT', 'NE-COARSE-METO', 'a', 'b', 'c', 'd', 'e', 'f', 'MISC'],
      ['# document_id = D-1'],
      row('Mlle', 'B-pers', 'NoSpaceAfter'),
      row('.', 'I-pers', 'PySBDSegment'),
      row('Eckard', 'I-pers'),
      row('le', 'O'),
      row('4', 'B-time'),
      row('.', 'O', 'PySBDSegment'),
      row('#', 'O'),
      [],
      ['# document_id = D-2'],
      row('Genève', 'B-loc'),
    ]
      .map((fields) => fields.join('\t'))
      .join('\n');
    const docs = parseCorpusText(text, 'hipe', { pers: 'PER', loc: 'LOC', time: null }, 'h');
    expect(docs.map((d) => d.id)).toEqual(['D-1', 'D-2']);
    expect(docs[0]!.text).toBe('Mlle. Eckard le 4.\n#');
    expect(shown(docs[0]!)).toEqual(['PER:Mlle. Eckard']);
    expect(shown(docs[1]!)).toEqual(['LOC:Genève']);
  });

  it('reads the Wikidata link, the name parts and the nested names of HIPE mentions', () => {
    const row = (token: string, tag: string, component: string, nested: string, link: string) =>
      [token, tag, 'O', 'O', 'O', component, nested, link, '_', '_'].join('\t');
    const text = [
      ['TOKEN', 'NE-COARSE-LIT', 'NE-COARSE-METO', 'a', 'b', 'c', 'd', 'e', 'f', 'MISC'].join('\t'),
      '# document_id = D-1',
      row('M', 'B-pers', 'B-comp.title', 'O', 'Q1'),
      row('.', 'I-pers', 'I-comp.title', 'O', 'Q1'),
      row('Mercier', 'I-pers', 'B-comp.name', 'O', 'Q1'),
      row('ambassadeur', 'I-pers', 'B-comp.function', 'O', 'Q1'),
      row('à', 'I-pers', 'I-comp.function', 'O', 'Q1'),
      row('Madrid', 'I-pers', 'I-comp.function', 'B-loc.adm.town', 'Q1'),
      row('et', 'O', 'O', 'O', '_'),
      row('le', 'B-loc', 'O', 'O', 'NIL'),
      row('lac', 'I-loc', 'O', 'O', 'NIL'),
      row('Léman', 'I-loc', 'B-comp.name', 'O', 'NIL'),
    ].join('\n');
    const [doc] = parseCorpusText(text, 'hipe', { pers: 'PER', loc: 'LOC' }, 'h');
    const at = (span: { start: number; end: number }) => doc!.text.slice(span.start, span.end);
    expect(doc!.text).toBe('M. Mercier ambassadeur à Madrid et le lac Léman');
    expect(doc!.names.map((n) => [at(n), n.qid, n.nameParts?.map(at)])).toEqual([
      ['M. Mercier ambassadeur à Madrid', 'Q1', ['Mercier']],
      ['le lac Léman', null, ['Léman']],
    ]);
    expect(doc!.nested!.map((n) => `${n.type}:${at(n)}`)).toEqual(['LOC:Madrid']);
  });

  it('writes a HIPE token against the next one where the corpus says NoSpaceAfter', () => {
    const row = (token: string, tag: string, misc = '_') =>
      [token, tag, 'O', 'O', 'O', 'O', 'O', '_', '_', misc].join('\t');
    const text = [
      ['TOKEN', 'NE-COARSE-LIT', 'NE-COARSE-METO', 'a', 'b', 'c', 'd', 'e', 'f', 'MISC'].join('\t'),
      '# document_id = D-1',
      row('l', 'O', 'NoSpaceAfter'),
      row("'", 'O', 'NoSpaceAfter'),
      row('Autriche', 'B-loc', 'NoSpaceAfter'),
      row('-', 'I-loc', 'NoSpaceAfter'),
      row('Hongrie', 'I-loc'),
      row('-', 'O'),
      row('Suisse', 'B-loc'),
    ].join('\n');
    const [doc] = parseCorpusText(text, 'hipe', { loc: 'LOC' }, 'h');
    expect(doc!.text).toBe("l'Autriche-Hongrie - Suisse");
    expect(shown(doc!)).toEqual(['LOC:Autriche-Hongrie', 'LOC:Suisse']);
  });

  it('ends token-tag sentences after . ! ? outside a name', () => {
    const text = ['St I-LOC', '. I-LOC', 'Malo I-LOC', 'est O', 'beau O', '. O', 'Oui O', '! O'].join('\n');
    const [doc] = parseCorpusText(text, 'token-tag', { LOC: 'LOC' }, 'e');
    expect(doc!.text).toBe('St. Malo est beau.\nOui!');
    expect(shown(doc!)).toEqual(['LOC:St. Malo']);
  });

  it('splits a token-tag run of places where the case turns, not a run of people', () => {
    const text = ['A O', 'BEAUVAIS I-LOC', 'Beauvais I-LOC', ', O', 'Dunkerque I-LOC', 'LONDRES I-LOC', ', O']
      .concat(['Paul I-PER', 'BERTNAY I-PER', 'et O', 'rue I-LOC', 'Saint-Malo I-LOC', '. O'])
      .join('\n');
    const [doc] = parseCorpusText(text, 'token-tag', { LOC: 'LOC', PER: 'PER' }, 'e');
    expect(shown(doc!)).toEqual([
      'LOC:BEAUVAIS',
      'LOC:Beauvais',
      'LOC:Dunkerque',
      'LOC:LONDRES',
      'PER:Paul BERTNAY',
      'LOC:rue Saint-Malo',
    ]);
  });

  it('refuses a type it has no mapping for', () => {
    expect(() => parseCorpusText('x B-FOO', 'conll', CONLL, 'x')).toThrow(/unknown name type FOO/);
  });
});

describe('decodeCorpusBytes', () => {
  it('reads latin-1 when the bytes are not UTF-8, and UTF-8 when they are', () => {
    const latin1 = Uint8Array.from([0x49, 0x74, 0x61, 0x6c, 0x69, 0xeb]); // "Italië" in latin-1
    expect(decodeCorpusBytes(latin1, 'auto')).toBe('Italië');
    expect(decodeCorpusBytes(new TextEncoder().encode('Italië'), 'auto')).toBe('Italië');
    expect(decodeCorpusBytes(latin1, 'latin1')).toBe('Italië');
  });
});

// ---------------------------------------------------------------------------------------------------------------
// The real corpora, where the mirror exists (see eval/corpora/README.md). The expected counts were taken apart
// from this reader, with grep and awk on the files (documents: -DOCSTART- or # document_id lines, else sentences
// / 20; names: a B- tag, or an I- tag whose type differs from the previous token's), and for CoNLL-2002 and
// CoNLL-2003 they are the counts the shared tasks published.

type Counts = Partial<Record<NameType, number>>;
const EXPECTED: Record<string, Record<string, { documents: number; names: Counts }>> = {
  'conll2002-nl': {
    train: { documents: 287, names: { PER: 4716, ORG: 2082, LOC: 3208, MISC: 3338 } },
    testa: { documents: 74, names: { PER: 703, ORG: 686, LOC: 479, MISC: 748 } },
    testb: { documents: 119, names: { PER: 1098, ORG: 882, LOC: 774, MISC: 1187 } },
  },
  'conll2003-en': {
    train: { documents: 946, names: { PER: 6600, ORG: 6321, LOC: 7140, MISC: 3438 } },
    testa: { documents: 216, names: { PER: 1842, ORG: 1341, LOC: 1837, MISC: 922 } },
    testb: { documents: 231, names: { PER: 1617, ORG: 1661, LOC: 1668, MISC: 702 } },
  },
  'germeval2014-de': {
    dev: { documents: 110, names: { PER: 711, ORG: 496, LOC: 763, MISC: 704 } },
    test: { documents: 255, names: { PER: 1639, ORG: 1150, LOC: 1706, MISC: 1683 } },
  },
  'hipe2020-fr': {
    dev: { documents: 43, names: { PER: 679, ORG: 159, LOC: 774, MISC: 49 } },
    test: { documents: 43, names: { PER: 502, ORG: 130, LOC: 854, MISC: 61 } },
  },
  'europeana-fr': {
    all: { documents: 625, names: { PER: 4271, ORG: 1339, LOC: 4253 } },
  },
};

/**
 * The gold names of a raw file as their tokens, in file order, found without the reader's document and sentence
 * logic: only the token and tag columns, and the lines that break a name (blank, comment, -DOCSTART-).
 */
function goldNameTokens(
  raw: string,
  format: CorpusFormat,
  types: Record<string, NameType | null>,
): string[][] {
  const names: string[][] = [];
  let current: string[] | null = null;
  let currentType = '';
  const close = () => {
    if (current && types[currentType] !== null) names.push(current);
    current = null;
    currentType = '';
  };
  for (const line of raw.split(/\r?\n/)) {
    let token: string | undefined;
    let tag: string | undefined;
    if (format === 'germeval') {
      const f = line.split('\t');
      if (f[0] === '#' || f.length < 3) {
        close();
        continue;
      }
      [token, tag] = [f[1], f[2]];
    } else if (format === 'hipe') {
      const f = line.split('\t');
      if (f.length < 2 || f[0] === 'TOKEN') {
        if (!/^\s*$/.test(line)) close(); // comment lines and the header; HIPE's blank lines only end documents
        continue;
      }
      // HIPE's NoSpaceAfter: the token is written against the next one ("Autriche-Hongrie", "l'Europe").
      const joined = (f[9] ?? '').split('|').includes('NoSpaceAfter');
      [token, tag] = [f[0]! + (joined ? '\u0000' : ''), f[1]];
    } else {
      const f = line.trim().split(/\s+/);
      if (line.trim() === '' || f[0] === '-DOCSTART-') {
        close();
        continue;
      }
      [token, tag] = [f[0], f[f.length - 1]];
    }
    const match = /^([BIES])-(.+)$/.exec(tag ?? '');
    if (!match) {
      close();
      continue;
    }
    const [, prefix, type] = match;
    // Europeana's places side by side, told apart where the case turns ("BEAUVAIS Beauvais", "Dunkerque LONDRES").
    const previous = current?.at(-1);
    const caseTurns =
      format === 'token-tag' &&
      type === 'LOC' &&
      previous !== undefined &&
      ((shouted(previous) && titled(token!)) || (titled(previous) && shouted(token!)));
    if (prefix === 'B' || prefix === 'S' || type !== currentType || caseTurns) {
      close();
      current = [];
      currentType = type!;
    }
    current!.push(token!);
    if (prefix === 'S' || prefix === 'E') close();
  }
  close();
  return names;
}

const lettersIn = (token: string) => token.replace(/[^\p{L}]/gu, '');
const shouted = (token: string) => /^\p{Lu}{2,}$/u.test(lettersIn(token));
const titled = (token: string) => /^\p{Lu}/u.test(token) && /\p{Ll}/u.test(lettersIn(token));

/** The tokens spaced by the common rule; a token marked with a final NUL is written against the next one. */
function detokenise(tokens: string[]): string {
  const JOINED = '\u0000';
  let text = '';
  tokens.forEach((marked, i) => {
    const token = marked.endsWith(JOINED) ? marked.slice(0, -1) : marked;
    const previous = tokens[i - 1];
    if (i > 0 && !/^[,.;:!?)]$/.test(token) && previous !== '(' && !previous!.endsWith(JOINED)) text += ' ';
    text += token;
  });
  return text;
}

const mirrorPresent = existsSync(DEFAULT_MIRROR_DIR);
if (!mirrorPresent)
  console.warn(
    `corpora.test: no mirror at ${DEFAULT_MIRROR_DIR}, so the real-corpus checks are skipped (CI has none; ` +
      'eval/corpora/README.md says how to fetch one)',
  );

describe.skipIf(!mirrorPresent)(`the real corpora (need the mirror at ${DEFAULT_MIRROR_DIR})`, () => {
  for (const [name, parts] of Object.entries(EXPECTED)) {
    for (const [part, expected] of Object.entries(parts)) {
      const available = mirrorPresent && corpusAvailable(name);
      it.skipIf(!available)(
        `${name} ${part}${available ? '' : ` (skipped: ${corpusSpec(name).repo} is not in the mirror)`}`,
        () => {
          const docs = readCorpus(name, part);
          expect(docs.length).toBe(expected.documents);
          expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);

          const counts: Counts = {};
          for (const doc of docs) {
            let last = 0;
            for (const n of doc.names) {
              counts[n.type] = (counts[n.type] ?? 0) + 1;
              expect(n.start).toBeGreaterThanOrEqual(last);
              expect(n.end).toBeGreaterThan(n.start);
              expect(n.end).toBeLessThanOrEqual(doc.text.length);
              last = n.end;
            }
          }
          expect(counts).toEqual(expected.names);

          const spec = corpusSpec(name);
          const gold = goldNameTokens(readCorpusFile(name, part), spec.format, spec.types).map(detokenise);
          const read = docs.flatMap((doc) => doc.names.map((n) => doc.text.slice(n.start, n.end)));
          expect(read.length).toBe(gold.length);
          const firstDifference = read.findIndex((text, i) => text !== gold[i]);
          expect(firstDifference === -1 ? null : [read[firstDifference], gold[firstDifference]]).toBeNull();
        },
      );
    }
  }
});

it('has expected counts for every corpus and part', () => {
  expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(CORPORA).sort());
  for (const [name, spec] of Object.entries(CORPORA))
    expect(Object.keys(EXPECTED[name]!).sort()).toEqual(Object.keys(spec.parts).sort());
});
