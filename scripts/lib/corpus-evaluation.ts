/**
 * `npm run quality -- --corpus NAME [--part PART] [--verbose]` (issue #20): annotates a public NER corpus
 * (scripts/lib/corpora.ts, read from the fetched mirror) the way the extension does and sorts every highlight by where
 * it falls against the corpus's gold names: the whole gold name, a part of a longer gold name ("Amsterdam" in
 * "Universiteit van Amsterdam"), past a gold name's edge ("persbureau Reuters"), or no name at all. Recall is over the
 * gold names the data knows (their text, folded as the scan folds it, is one of the packs' names, demonyms aside, of an
 * entity whose kind fits the name's type: kindFits): of those, how many are highlighted whole and linked to such an
 * entity. The corpora's gold names carry no entity ids, so which entity a highlight links to is judged no further
 * than its kind; the news evaluation (--set news) judges that.
 *
 * Without --part it reads the parts meant for tuning (TUNING_PARTS); the held-out part of CoNLL-2002 Dutch (testb) is
 * the project's independent check and is read only when asked for by name.
 */
import type { CompiledIndex } from '../../src/core/kb/index-format';
import type { EntityType } from '../../src/core/kb/schema';
import { keyWords } from '../../src/core/text/key-words';
import type { Mention } from '../../src/core/resolve/mention';
import { shownMentions } from '../../src/core/analysis/visible';
import {
  CORPORA,
  corpusAvailable,
  readCorpus,
  type CorpusFormat,
  type CorpusName,
  type GoldName,
  type NameType,
} from './corpora';
import { extensionAnnotator } from './extension-annotator';

/** The parts each corpus is tuned on; the others are held out. */
const TUNING_PARTS: Record<CorpusName, string[]> = {
  'conll2002-nl': ['train', 'testa'],
  'conll2003-en': ['train', 'testa'],
  'germeval2014-de': ['dev'],
  'hipe2020-fr': ['dev'],
  'europeana-fr': ['all'],
};

/**
 * When each corpus's texts were written, for the resolver's dated facts: CoNLL-2002 is De Morgen of 2000, CoNLL-2003
 * Reuters of August 1996; GermEval mixes Wikipedia and news, HIPE and Europeana are historical newspapers (undated
 * here: the facts of today are weighed as for an undated page).
 */
const PUBLISHED: Partial<Record<CorpusName, string>> = {
  'conll2002-nl': '2000-07',
  'conll2003-en': '1996-08',
};

export type Placement = 'whole' | 'compound' | 'nested' | 'past' | 'none';

/**
 * Whether the gold name is the highlight joined by a hyphen to a lower-case word: "VLD-lijst", "BBC-correspondente".
 * The corpora tag such a compound as one name (MISC); issue #20 has the inner name linked ("IS-strijders",
 * "Anderlecht-trainer"), so it is counted apart from a name nested in a longer proper name.
 */
function compoundOf(text: string, mention: Pick<Mention, 'start' | 'end'>, name: GoldName): boolean {
  // GermEval says so itself: German capitalises the noun of a compound ("US-Präsident"), and its tokens part the
  // name from a derived word's hyphen ("U.S. amerikanischen" for "U.S.-amerikanischen").
  if (name.part) return true;
  const before = text.slice(name.start, mention.start);
  const after = text.slice(mention.end, name.end);
  // The whole word before the hyphen in lower case: "Grande-Russie" is no compound of Russia.
  return (before === '' && /^-\p{Ll}/u.test(after)) || (after === '' && /(?:^|\P{L})\p{Ll}+-$/u.test(before));
}

/** What a highlight links to, as far as the measure judges it. */
export interface LinkedEntity {
  qid: string | null;
  type: EntityType;
}

/** The kinds of entity a gold name of each type is. */
const KINDS: Record<NameType, readonly EntityType[]> = {
  PER: ['person'],
  LOC: ['place'],
  ORG: ['organisation', 'group'],
  MISC: ['work', 'event', 'concept'],
};

function same(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start === b.start && a.end === b.end;
}

/**
 * Whether the highlight is one of the names a gold name joins with slashes and no space: "München/Hamburg (dpa)",
 * "Japan/Korea", "AFP/SID/Miguel Riopa". GermEval's tokens keep such words together, so its annotators could tag
 * only the token, one name for two.
 */
function slashJoinedPart(text: string, mention: Pick<Mention, 'start' | 'end'>, name: GoldName): boolean {
  const before = text.slice(name.start, mention.start);
  const after = text.slice(mention.end, name.end);
  return (
    (before === '' || /\S\/$/u.test(before)) &&
    (after === '' || /^\/\S/u.test(after)) &&
    (before !== '' || after !== '')
  );
}

/** A hyphen between two words with a capital after it and no space on either side: "Israel-PLO", "Costa Rica-Nicaragua". */
const HYPHEN_BEFORE_CAPITAL = /(?<=\S)-(?=\p{Lu})/gu;

/**
 * The formats whose tokens keep words joined by a hyphen together ("Rica-Nicaragua", "EU-Kommission"). HIPE sets the
 * hyphen apart as a token of its own, so its annotators could tag each name ("l'Autriche-Hongrie" is one name there).
 */
const HYPHENS_INSIDE_TOKENS: ReadonlySet<CorpusFormat> = new Set(['conll', 'germeval']);

/**
 * Whether the gold name is nothing but names joined by hyphens with no space ("Israel-PLO", "Amsterdam-Rotterdam-
 * Antwerp", "Costa Rica-Nicaragua"), each highlighted whole (`highlighted`), the highlight one of them. CoNLL's tokens
 * keep such words together, so its annotators could tag only the token, one name for several; where a part is no
 * highlighted name ("EU-Kommission", "Tokyo-Mitsubishi Bank") the gold name is a compound or a longer name.
 */
function hyphenJoinedPart(
  text: string,
  mention: Pick<Mention, 'start' | 'end'>,
  name: GoldName,
  highlighted: (start: number, end: number) => boolean,
): boolean {
  const written = text.slice(name.start, name.end);
  const parts: { start: number; end: number }[] = [];
  let from = 0;
  for (const hyphen of written.matchAll(HYPHEN_BEFORE_CAPITAL)) {
    parts.push({ start: name.start + from, end: name.start + hyphen.index });
    from = hyphen.index + 1;
  }
  if (parts.length === 0) return false;
  parts.push({ start: name.start + from, end: name.end });
  return (
    parts.some((part) => same(part, mention)) && parts.every((part) => highlighted(part.start, part.end))
  );
}

/**
 * Whether the highlight is a name the corpus itself marks inside a longer mention, linked to what the corpus says it
 * names: the name part of a mention, linked to the mention's own Wikidata item ("le président Chirac" → Chirac, "la
 * ville de Berne" → Bern, but not the town in "lac de Neuchâtel"), or a name nested in a person's mention outside
 * the person's own name, linked to an entity of its kind ("M. Mercier, notre ambassadeur à Madrid" → Madrid). HIPE's
 * mentions of people hold their titles and functions, which the other corpora leave out of a name.
 */
function innerName(
  mention: Pick<Mention, 'start' | 'end'>,
  name: GoldName,
  nested: readonly GoldName[],
  link: LinkedEntity | undefined,
): boolean {
  if (!link) return false;
  if (link.qid && name.qid === link.qid && name.nameParts?.some((part) => same(part, mention))) return true;
  // Where the corpus marks no name part, the person's name and the words about the person cannot be told apart.
  if (name.type !== 'PER' || !name.nameParts) return false;
  return nested.some(
    (inner) =>
      same(inner, mention) &&
      inner.start >= name.start &&
      inner.end <= name.end &&
      !name.nameParts!.some((part) => part.start < inner.end && inner.start < part.end) &&
      KINDS[inner.type].includes(link.type),
  );
}

/**
 * Where a highlight falls against the gold names: exactly one (or one of the names a gold name joins with a slash,
 * one of the highlighted names it joins with hyphens, or a name the corpus marks inside one, linked to what the corpus
 * says it names), inside one as its compound's head, inside a longer one, across an edge, or outside all.
 */
export function placementOf(
  text: string,
  mention: Pick<Mention, 'start' | 'end'>,
  gold: readonly GoldName[],
  nested: readonly GoldName[] = [],
  link?: LinkedEntity,
  highlighted: (start: number, end: number) => boolean = () => false,
): Placement {
  let placement: Placement = 'none';
  for (const name of gold) {
    if (mention.end <= name.start || mention.start >= name.end) continue;
    if (mention.start === name.start && mention.end === name.end) return 'whole';
    if (mention.start >= name.start && mention.end <= name.end) {
      if (
        slashJoinedPart(text, mention, name) ||
        hyphenJoinedPart(text, mention, name, highlighted) ||
        innerName(mention, name, nested, link)
      )
        return 'whole';
      placement = compoundOf(text, mention, name) ? 'compound' : 'nested';
    } else if (placement === 'none') placement = 'past';
  }
  return placement;
}

/**
 * Every name of the packs, folded as the scan folds words, with the types of the entities that bear it: what "the data
 * knows this name" means here. Not the demonyms and adjectives ("Belgische", "French"): the corpora tag them (MISC),
 * but a reader sees them highlighted only after asking for them (visible.ts), so they are not names the extension is
 * expected to show.
 */
export function knownNames(index: CompiledIndex): Map<string, Set<EntityType>> {
  const known = new Map<string, Set<EntityType>>();
  for (const alias of index.aliases) {
    if (alias.demonym) continue;
    const type = index.entities[alias.entityId]?.type;
    if (!type) continue;
    const key = keyWords(alias.text).join(' ');
    const types = known.get(key) ?? new Set<EntityType>();
    types.add(type);
    known.set(key, types);
  }
  return known;
}

/**
 * Whether an entity of this type may be what a gold name names, as far as the corpora's types tell: a person's name
 * only a person ("Präsident Cleveland" is no city, "Sydney und Miss Parker" no port), any other name only what is no
 * person. The corpora draw the other lines differently (GermEval tags a tournament ORG, CoNLL a club named after its
 * town ORG), so they are not drawn here. A word derived from a name or holding one (GermEval's *deriv, *part) may be
 * anything's.
 */
export function kindFits(name: Pick<GoldName, 'type' | 'part'>, type: EntityType): boolean {
  if (name.part) return true;
  return (name.type === 'PER') === (type === 'person');
}

interface Tally {
  highlights: number;
  placed: Record<Placement, number>;
  gold: number;
  known: number;
  knownFound: number;
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;
}

export function corpusEvaluation(
  name: string,
  partArg: string | undefined,
  index: CompiledIndex,
  verbose: boolean,
): number {
  if (!(name in CORPORA))
    throw new Error(`unknown corpus "${name}" (known: ${Object.keys(CORPORA).join(', ')})`);
  const corpus = name as CorpusName;
  if (!corpusAvailable(corpus))
    throw new Error(
      `the corpus ${corpus} is not in the mirror (${CORPORA[corpus].repo}): see eval/corpora/README.md to fetch it`,
    );
  const spec = CORPORA[corpus];
  const parts = partArg ? [partArg] : TUNING_PARTS[corpus];
  for (const part of parts)
    if (!(part in spec.parts))
      throw new Error(`${corpus} has no part "${part}" (parts: ${Object.keys(spec.parts).join(', ')})`);
  const annotator = extensionAnnotator(index);
  const known = knownNames(index);
  console.log(`${corpus} (${spec.language}, ${spec.repo}), parts: ${parts.join(', ')}`);
  console.log(
    'part      highlights   whole compound nested    past    none   gold names  known  recall(known)  whole(not compounds)',
  );
  for (const part of parts) {
    const tally: Tally = {
      highlights: 0,
      placed: { whole: 0, compound: 0, nested: 0, past: 0, none: 0 },
      gold: 0,
      known: 0,
      knownFound: 0,
    };
    for (const document of readCorpus(corpus, part)) {
      const mentions = shownMentions(
        annotator.annotate(document.text, { language: spec.language, published: PUBLISHED[corpus] }),
      );
      const exact = new Map(
        mentions.map((m) => [`${m.start}:${m.end}`, index.entities[m.entityId]?.type] as const),
      );
      for (const mention of mentions) {
        const entity = index.entities[mention.entityId];
        const placement = placementOf(
          document.text,
          mention,
          document.names,
          document.nested,
          entity && { qid: entity.qid, type: entity.type },
          HYPHENS_INSIDE_TOKENS.has(spec.format) ? (start, end) => exact.has(`${start}:${end}`) : undefined,
        );
        tally.highlights++;
        tally.placed[placement]++;
        if (verbose && placement !== 'whole') {
          const context = document.text
            .slice(Math.max(0, mention.start - 40), mention.end + 40)
            .replace(/\s+/gu, ' ');
          console.log(`  ${placement.padEnd(6)} ${mention.text} → ${mention.entityId}   …${context}…`);
        }
      }
      for (const gold of document.names) {
        tally.gold++;
        const types = known.get(keyWords(document.text.slice(gold.start, gold.end)).join(' '));
        if (!types || ![...types].some((type) => kindFits(gold, type))) continue;
        tally.known++;
        const linked = exact.get(`${gold.start}:${gold.end}`);
        if (linked && kindFits(gold, linked)) tally.knownFound++;
      }
    }
    const { highlights, placed } = tally;
    console.log(
      [
        part.padEnd(9),
        String(highlights).padStart(10),
        percent(placed.whole, highlights).padStart(7),
        percent(placed.compound, highlights).padStart(8),
        percent(placed.nested, highlights).padStart(7),
        percent(placed.past, highlights).padStart(7),
        percent(placed.none, highlights).padStart(7),
        String(tally.gold).padStart(12),
        String(tally.known).padStart(6),
        percent(tally.knownFound, tally.known).padStart(14),
        percent(placed.whole, highlights - placed.compound).padStart(21),
      ].join(' '),
    );
  }
  console.log(
    "\nwhole: the highlight is exactly a gold name; nested: inside a longer gold name; past: across a gold name's edge; " +
      'none: on no gold name. recall(known): gold names whose text the data knows for an entity of a fitting kind ' +
      '(a person for a person), highlighted whole and linked to such an entity. whole(not compounds): whole among ' +
      'the highlights that are no compound\'s name part, which issue #20 links by design ("IS-strijders", "US-Präsident").',
  );
  return 0;
}
