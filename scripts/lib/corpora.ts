/**
 * Readers for public named-entity corpora, for measuring the resolver on text that someone else annotated
 * (`npm run quality -- --corpus NAME`, issue #20). See eval/corpora/README.md for where each corpus comes from,
 * its licence and its size.
 *
 * The corpora are not in this repository: each is read with git from a bare mirror of the public repository that
 * holds it (`<mirrorDir>/<owner>+<name>/repo`, as the search tool's fetch lays it), pinned to one commit, so a run
 * never touches the network and always reads the same bytes. CI has no mirror and never needs one.
 *
 * Every corpus becomes a list of documents: plain text rebuilt from the tokens the way a detokeniser would (single
 * spaces, none before , . ; : ! ? ) and none after ( ), one sentence a line, and the gold names as exact character
 * offsets into that text.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export type NameType = 'PER' | 'ORG' | 'LOC' | 'MISC';

export interface GoldName {
  start: number;
  end: number;
  type: NameType;
  /**
   * The corpus marks the name as a word that contains a name or is derived from one (GermEval's *part:
   * "EU-Kommission", "US-Präsident"; *deriv: "U.S.-amerikanischen", "deutschen").
   */
  part?: boolean;
  /** The Wikidata item the corpus links the name to (HIPE's NEL-LIT); null where it says the item is none (NIL). */
  qid?: string | null;
  /**
   * The words the corpus marks as the name proper inside a mention that holds titles, functions or a descriptor
   * too (HIPE's comp.name: "Chirac" in "le président Chirac", "Berne" in "la ville de Berne").
   */
  nameParts?: { start: number; end: number }[];
}

export interface Document {
  id: string;
  text: string;
  names: GoldName[];
  /** The names the corpus tags inside another name (HIPE's NE-NESTED: "Madrid" in "notre ambassadeur à Madrid"). */
  nested?: GoldName[];
}

/**
 * How a corpus file is laid out.
 * - `conll`: whitespace-separated columns, the token first and the tag last; blank lines between sentences;
 *   `-DOCSTART-` lines between documents (CoNLL-2002 and CoNLL-2003).
 * - `germeval`: tab-separated `index token outer inner`; a `#\t<source>` line before each sentence; blank lines
 *   between sentences; no documents. Only the outer level is read.
 * - `hipe`: tab-separated with a header row (TOKEN NE-COARSE-LIT …); `# key = value` lines, `# document_id = …`
 *   opening each document; `PySBDSegment` in the MISC column ends a sentence unless a name goes on past it. The
 *   coarse literal column (the outer level) is read, with its Wikidata links (NEL-LIT), the name parts of its
 *   mentions (comp.name in NE-FINE-COMP) and the names nested in them (NE-NESTED, its fine types cut to the coarse);
 *   a token marked NoSpaceAfter is written against the next one.
 * - `token-tag`: `token tag` a line with neither sentence nor document breaks (Europeana Newspapers); a sentence
 *   ends after a `.`, `!` or `?` token outside a name; a place's run of I- tags is two places where the case turns
 *   (`twoPlacesAt`).
 */
export type CorpusFormat = 'conll' | 'germeval' | 'hipe' | 'token-tag';

export interface CorpusSpec {
  language: 'en' | 'nl' | 'de' | 'fr';
  /** The public GitHub repository, owner/name. */
  repo: string;
  /** The commit every part is read at. */
  commit: string;
  /** Part name → path in the repository at `commit`. */
  parts: Record<string, string>;
  format: CorpusFormat;
  /** `auto`: UTF-8 when the bytes are valid UTF-8, else latin-1 (the CoNLL-2002 originals are latin-1). */
  encoding: 'utf-8' | 'latin1' | 'auto';
  /** The corpus's own terms. */
  licence: string;
  /** The licence of the repository that carries the copy. */
  repoLicence: string;
  /** The corpus's own tag types → our four; a type mapped to null is not a name and is dropped. */
  types: Record<string, NameType | null>;
}

const CONLL_TYPES: Record<string, NameType | null> = { PER: 'PER', ORG: 'ORG', LOC: 'LOC', MISC: 'MISC' };

export const CORPORA = {
  'conll2002-nl': {
    language: 'nl',
    repo: 'YaxinCui/conll',
    commit: '0e6f90354523a663ddaca3253f8072d885142075',
    parts: { train: 'ned.train', testa: 'ned.testa', testb: 'ned.testb' },
    format: 'conll',
    encoding: 'auto',
    licence:
      'CoNLL-2002 shared task terms: research use only, no commercial use (text from De Morgen, 2000; annotation University of Antwerp)',
    repoLicence: 'none stated (README only)',
    types: CONLL_TYPES,
  },
  'conll2003-en': {
    language: 'en',
    repo: 'davidsbatista/NER-datasets',
    // CoNLL2003/ was removed from the repository in the next commit (9d8f45c); this is the last one that has it.
    commit: 'dcb6c7439a7de43abc2448bad5b1d81a47f26c0d',
    parts: { train: 'CONLL2003/train.txt', testa: 'CONLL2003/valid.txt', testb: 'CONLL2003/test.txt' },
    format: 'conll',
    encoding: 'utf-8',
    licence:
      'CoNLL-2003 annotation by the University of Antwerp; the text is Reuters RCV1, whose terms allow research use only',
    repoLicence: 'none stated',
    types: CONLL_TYPES,
  },
  'germeval2014-de': {
    language: 'de',
    repo: 'davidsbatista/NER-datasets',
    commit: 'db7ff3ca4ba1df39907f8bdc036a556fed5ecde7',
    // NER-de-train.tsv (5.6 MB) is too large for the mirror's snapshots: dev and test only.
    parts: { dev: 'GermEval2014/NER-de-dev.tsv', test: 'GermEval2014/NER-de-test.tsv' },
    format: 'germeval',
    encoding: 'utf-8',
    licence: 'CC BY 4.0 (GermEval 2014 / NoSta-D, Benikova, Biemann and Reznicek 2014)',
    repoLicence: 'none stated',
    // OTH and the derivations and parts (deutsche = LOCderiv, EU-Verordnung = ORGpart) become MISC, as CoNLL
    // tags nationality adjectives.
    types: {
      PER: 'PER',
      ORG: 'ORG',
      LOC: 'LOC',
      OTH: 'MISC',
      PERderiv: 'MISC',
      PERpart: 'MISC',
      ORGderiv: 'MISC',
      ORGpart: 'MISC',
      LOCderiv: 'MISC',
      LOCpart: 'MISC',
      OTHderiv: 'MISC',
      OTHpart: 'MISC',
    },
  },
  'hipe2020-fr': {
    language: 'fr',
    repo: 'impresso/CLEF-HIPE-2020',
    commit: 'be6f4aa65753e06b4ee4fa548ef50439c7e804c8',
    // HIPE-data-v1.4-train-fr.tsv is too large for the mirror's snapshots: dev and test only.
    parts: { dev: 'data/v1.4/fr/HIPE-data-v1.4-dev-fr.tsv', test: 'data/v1.4/fr/HIPE-data-v1.4-test-fr.tsv' },
    format: 'hipe',
    encoding: 'utf-8',
    licence: 'CC BY-NC-SA 4.0 (data/LICENSE.md)',
    repoLicence: 'CC BY-NC-SA 4.0 for data/',
    // prod (newspapers, doctrines) is MISC; time (dates) is not a name.
    types: { pers: 'PER', org: 'ORG', loc: 'LOC', prod: 'MISC', time: null },
  },
  'europeana-fr': {
    language: 'fr',
    repo: 'EuropeanaNewspapers/ner-corpora',
    commit: '6bf838d23112c255fd81431b1187ab30ef6c2d90',
    parts: { all: 'enp_FR.bnf.bio/enp_FR.bnf.bio' },
    format: 'token-tag',
    encoding: 'utf-8',
    licence: 'CC0 1.0 (README and LICENSE.md)',
    repoLicence: 'CC0 1.0',
    types: { PER: 'PER', ORG: 'ORG', LOC: 'LOC' },
  },
} satisfies Record<string, CorpusSpec>;

export type CorpusName = keyof typeof CORPORA;

/** Where the mirror is; `BACKSTORY_MIRROR_DIR` points the readers and the tests at another folder. */
export const DEFAULT_MIRROR_DIR = process.env.BACKSTORY_MIRROR_DIR ?? '/work/.mirror';

/** Sentences put in one document when the corpus marks no documents. */
export const SENTENCES_PER_DOCUMENT = 20;

/** The bare git directory that holds `repo` in `mirrorDir`. */
export function mirrorGitDir(repo: string, mirrorDir = DEFAULT_MIRROR_DIR): string {
  return join(mirrorDir, repo.replace('/', '+'), 'repo');
}

export function corpusSpec(name: string): CorpusSpec {
  const spec = (CORPORA as Record<string, CorpusSpec>)[name];
  if (!spec) throw new Error(`unknown corpus ${name}; known: ${Object.keys(CORPORA).join(', ')}`);
  return spec;
}

/** Whether the mirror holds the repository of corpus `name`. */
export function corpusAvailable(name: string, mirrorDir = DEFAULT_MIRROR_DIR): boolean {
  return existsSync(mirrorGitDir(corpusSpec(name).repo, mirrorDir));
}

export function decodeCorpusBytes(bytes: Uint8Array, encoding: CorpusSpec['encoding']): string {
  if (encoding === 'latin1') return new TextDecoder('latin1').decode(bytes);
  if (encoding === 'utf-8') return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

/** The raw text of one part, read with git from the mirror at the pinned commit. */
export function readCorpusFile(name: string, part: string, mirrorDir = DEFAULT_MIRROR_DIR): string {
  const spec = corpusSpec(name);
  const path = spec.parts[part];
  if (!path)
    throw new Error(`corpus ${name} has no part ${part}; parts: ${Object.keys(spec.parts).join(', ')}`);
  const gitDir = mirrorGitDir(spec.repo, mirrorDir);
  if (!existsSync(gitDir))
    throw new Error(
      `corpus ${name} needs a mirror of ${spec.repo} at ${gitDir}; see eval/corpora/README.md for how to fetch it`,
    );
  const bytes = execFileSync('git', ['--git-dir', gitDir, 'show', `${spec.commit}:${path}`], {
    maxBuffer: 256 * 1024 * 1024,
  });
  return decodeCorpusBytes(bytes, spec.encoding);
}

/** Reads one part of a corpus as documents. */
export function readCorpus(name: string, part: string, mirrorDir = DEFAULT_MIRROR_DIR): Document[] {
  const spec = corpusSpec(name);
  return parseCorpusText(readCorpusFile(name, part, mirrorDir), spec.format, spec.types, `${name}/${part}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Parsing

interface Token {
  text: string;
  tag: string;
  /** HIPE: the tag of the nested level, the component tag and the Wikidata link of the outer name. */
  nested?: string;
  component?: string;
  link?: string;
  /** The corpus says the token is written against the next one (HIPE's NoSpaceAfter: "Autriche-Hongrie", "l'Europe"). */
  joinedToNext?: boolean;
}

interface RawDocument {
  /** The corpus's own id, if it has one. */
  id: string | null;
  sentences: Token[][];
}

const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', ')']);
const NO_SPACE_AFTER = new Set(['(']);
const SENTENCE_END = new Set(['.', '!', '?']);

/** Parses the text of one corpus file into documents; `idPrefix` names the documents that have no id of their own. */
export function parseCorpusText(
  text: string,
  format: CorpusFormat,
  types: Record<string, NameType | null>,
  idPrefix: string,
): Document[] {
  const raw = splitDocuments(text, format);
  const width = String(raw.length).length;
  return raw.map((doc, i) =>
    buildDocument(doc.id ?? `${idPrefix}/${String(i + 1).padStart(width, '0')}`, doc.sentences, types),
  );
}

function splitDocuments(text: string, format: CorpusFormat): RawDocument[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const docs: RawDocument[] = [];
  let sentences: Token[][] = [];
  let sentence: Token[] = [];
  let docId: string | null = null;
  let explicitDocs = false;
  let segmentEnded = false;

  const endSentence = () => {
    if (sentence.length > 0) sentences.push(sentence);
    sentence = [];
    segmentEnded = false;
  };
  const endDocument = () => {
    endSentence();
    if (sentences.length > 0) docs.push({ id: docId, sentences });
    sentences = [];
    docId = null;
  };

  for (const line of lines) {
    if (line.trim() === '') {
      // HIPE separates documents by blank lines, but also opens each with # document_id: that is what counts.
      if (format !== 'hipe') endSentence();
      continue;
    }
    switch (format) {
      case 'conll': {
        const fields = line.trim().split(/\s+/);
        if (fields[0] === '-DOCSTART-') {
          explicitDocs = true;
          endDocument();
          continue;
        }
        sentence.push({ text: fields[0]!, tag: fields.length > 1 ? fields[fields.length - 1]! : 'O' });
        break;
      }
      case 'germeval': {
        const fields = line.split('\t');
        if (fields[0] === '#') {
          endSentence();
          continue;
        }
        sentence.push({ text: fields[1] ?? '', tag: fields[2] || 'O' });
        break;
      }
      case 'hipe': {
        if (line.startsWith('#') && !line.includes('\t')) {
          const match = /^#\s*document_id\s*=\s*(\S+)/.exec(line);
          if (match) {
            explicitDocs = true;
            endDocument();
            docId = match[1]!;
          }
          continue;
        }
        const fields = line.split('\t');
        if (fields[0] === 'TOKEN' && fields[1] === 'NE-COARSE-LIT') continue;
        const tag = fields[1] || 'O';
        // The segmenter's sentence ends are automatic and sometimes fall inside a name (Mlle. | Eckard): a name
        // that goes on keeps its sentence going.
        if (segmentEnded && !tag.startsWith('I-')) endSentence();
        const misc = (fields[9] ?? '').split('|');
        sentence.push({
          text: fields[0]!,
          tag,
          nested: (fields[6] ?? 'O').replace(/\..*$/u, ''),
          component: fields[5] ?? 'O',
          link: fields[7] ?? '_',
          joinedToNext: misc.includes('NoSpaceAfter'),
        });
        segmentEnded = misc.includes('PySBDSegment');
        break;
      }
      case 'token-tag': {
        const fields = line.trim().split(/\s+/);
        const token = { text: fields[0]!, tag: fields.length > 1 ? fields[fields.length - 1]! : 'O' };
        const previous = sentence.at(-1);
        if (previous && twoPlacesAt(previous, token)) token.tag = `B-${parseTag(token.tag).type}`;
        sentence.push(token);
        if (token.tag === 'O' && SENTENCE_END.has(token.text)) endSentence();
        break;
      }
    }
  }
  if (explicitDocs) {
    endDocument();
    return docs;
  }
  endSentence();
  const grouped: RawDocument[] = [];
  for (let i = 0; i < sentences.length; i += SENTENCES_PER_DOCUMENT)
    grouped.push({ id: null, sentences: sentences.slice(i, i + SENTENCES_PER_DOCUMENT) });
  return grouped;
}

/** Letters only, so that OCR marks ("CLICHY^") do not hide a word's case. */
const lettersOf = (text: string) => text.replace(/\P{L}/gu, '');
/** Two letters or more, all capitals: "BEAUVAIS". */
const inCapitals = (text: string) => {
  const letters = lettersOf(text);
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
};
/** A capital, then small letters: "Beauvais", "Saint-Malo". */
const capitalised = (text: string) =>
  /^\p{Lu}/u.test(text) && lettersOf(text) !== lettersOf(text).toUpperCase();

/**
 * Whether `token` opens a place of its own right after the place `previous` ends. Europeana tags with I- only, so two
 * places side by side make one run: a headline's place in capitals and the dateline's after it ("A BEAUVAIS
 * Beauvais, 1er janvier", "EN ALLEMAGNE Berlin"). Where the case turns between two capitalised words, from capitals
 * to a capital and small letters or back, the run holds two names. People keep their runs ("Paul BERTNAY").
 */
function twoPlacesAt(previous: Token, token: Token): boolean {
  const before = parseTag(previous.tag);
  const tag = parseTag(token.tag);
  if (tag.prefix !== 'I' || before.prefix === 'O' || before.type !== tag.type || tag.type !== 'LOC')
    return false;
  return (
    (inCapitals(previous.text) && capitalised(token.text)) ||
    (capitalised(previous.text) && inCapitals(token.text))
  );
}

/** `B-PER` → { prefix: 'B', type: 'PER' }; `O` and anything without a prefix → { prefix: 'O' }. */
function parseTag(tag: string): { prefix: 'B' | 'I' | 'E' | 'S' | 'O'; type: string } {
  const match = /^([BIES])-(.+)$/.exec(tag);
  if (!match) return { prefix: 'O', type: '' };
  return { prefix: match[1] as 'B' | 'I' | 'E' | 'S', type: match[2]! };
}

/**
 * Rebuilds the text of one document and its names. Tags may be IOB1 (I- opens a name, B- only between two names of
 * one type), IOB2 (B- opens every name) or BIOES (S- a one-token name, E- the last token); an I- or E- whose type
 * differs from the open name's opens a new one.
 */
function buildDocument(id: string, sentences: Token[][], types: Record<string, NameType | null>): Document {
  let text = '';
  const names: GoldName[] = [];
  const nested: GoldName[] = [];

  for (const [s, sentence] of sentences.entries()) {
    if (s > 0) text += '\n';
    const spans: { start: number; end: number }[] = [];
    let previous: Token | undefined;
    for (const [t, token] of sentence.entries()) {
      if (
        t > 0 &&
        !NO_SPACE_BEFORE.has(token.text) &&
        !NO_SPACE_AFTER.has(previous!.text) &&
        !previous!.joinedToNext
      )
        text += ' ';
      const start = text.length;
      text += token.text;
      spans.push({ start, end: text.length });
      previous = token;
    }
    for (const run of tagRuns(
      id,
      sentence.map((token) => token.tag),
      types,
    )) {
      const first = sentence[run.first]!;
      const name: GoldName = { start: spans[run.first]!.start, end: spans[run.last]!.end, type: run.type };
      if (run.part) name.part = true;
      if (first.link !== undefined && first.link !== '_') name.qid = first.link === 'NIL' ? null : first.link;
      const parts = namePartsOf(sentence, spans, run.first, run.last);
      if (parts.length > 0) name.nameParts = parts;
      names.push(name);
    }
    if (sentence.some((token) => token.nested !== undefined))
      for (const run of tagRuns(
        id,
        sentence.map((token) => token.nested ?? 'O'),
        types,
      ))
        nested.push({ start: spans[run.first]!.start, end: spans[run.last]!.end, type: run.type });
  }
  return nested.length > 0 ? { id, text, names, nested } : { id, text, names };
}

/**
 * The names one layer of tags makes, as runs of token indices. Tags may be IOB1 (I- opens a name, B- only between
 * two names of one type), IOB2 (B- opens every name) or BIOES (S- a one-token name, E- the last token); an I- or E-
 * whose type differs from the open name's opens a new one.
 */
function tagRuns(
  id: string,
  tags: readonly string[],
  types: Record<string, NameType | null>,
): { first: number; last: number; type: NameType; part: boolean }[] {
  const runs: { first: number; last: number; type: NameType; part: boolean }[] = [];
  let open: { type: string; first: number; last: number } | null = null;
  const close = () => {
    if (open) {
      const mapped = types[open.type];
      if (mapped === undefined) throw new Error(`${id}: unknown name type ${open.type}`);
      if (mapped !== null)
        runs.push({
          first: open.first,
          last: open.last,
          type: mapped,
          part: /(?:part|deriv)$/u.test(open.type),
        });
    }
    open = null;
  };
  for (const [t, tag] of tags.entries()) {
    const { prefix, type } = parseTag(tag);
    const current = open as { type: string; first: number; last: number } | null;
    if (prefix === 'O') close();
    else if (prefix === 'B' || prefix === 'S' || !current || current.type !== type) {
      close();
      open = { type, first: t, last: t };
    } else current.last = t;
    if (prefix === 'S' || prefix === 'E') close();
  }
  close();
  return runs;
}

/** The runs of comp.name tokens between tokens `first` and `last`, as character offsets. */
function namePartsOf(
  sentence: readonly Token[],
  spans: readonly { start: number; end: number }[],
  first: number,
  last: number,
): { start: number; end: number }[] {
  const parts: { start: number; end: number }[] = [];
  let open = false;
  for (let t = first; t <= last; t++) {
    const component = sentence[t]!.component ?? 'O';
    if (component === 'B-comp.name' || (component === 'I-comp.name' && !open))
      parts.push({ start: spans[t]!.start, end: spans[t]!.end });
    else if (component === 'I-comp.name') parts[parts.length - 1]!.end = spans[t]!.end;
    open = component.endsWith('comp.name');
  }
  return parts;
}
