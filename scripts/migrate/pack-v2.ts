/**
 * The one-off migration of the curated packs from version 1 (facts as English text) to version 2 (statements),
 * kept so the change can be read and checked: `npx tsx scripts/migrate/pack-v2.ts [OUT_DIR]`. It wrote
 * assets/packs/ once (commit 54fcfb7); the packs have been curated since, so it now writes to build/migrate/ by
 * default, for a diff against them, and never over later edits unless pointed at assets/packs/ on purpose.
 *
 * Inputs: each pack as it stood at V1_COMMIT (git), and the statements written for it in
 * scripts/migrate/statements/*.json (each statement lists in `v1` the facts it carries; every fact must be carried,
 * or the script stops). Output: the version 2 packs in assets/packs/, and the classes and offices the statements
 * name, gathered in assets/packs/classes.json. Nothing else of an entity changes but its names' languages
 * (scripts/lib/alias-languages.ts) and its coordinates, which become a statement.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as v from 'valibot';
import {
  ClassSchema,
  PackSchema,
  type Entity,
  type PackClass,
  type PackV1,
  type Statement,
} from '../../src/core/kb/schema';
import { loadWordsByLanguage, markTravellingNames } from '../lib/alias-languages';

/** The last commit with the curated packs in version 1. */
const V1_COMMIT = '772653a';
const PACKS: Record<string, string[]> = {
  syria: ['syria-people', 'syria-rest'],
  institutions: ['institutions'],
  belgium: ['belgium'],
  places: ['places'],
};

interface SliceStatement extends Statement {
  v1: number[];
}
interface Slice {
  classes?: PackClass[];
  entities: Record<string, SliceStatement[]>;
}

const readSlice = (name: string) =>
  JSON.parse(readFileSync(`scripts/migrate/statements/${name}.json`, 'utf8')) as Slice;

function v1Pack(name: string): PackV1 {
  return JSON.parse(
    execFileSync('git', ['show', `${V1_COMMIT}:assets/packs/${name}.json`], {
      encoding: 'utf8',
      maxBuffer: 1 << 28,
    }),
  ) as PackV1;
}

const OUT_DIR = process.argv[2] ?? 'build/migrate';
mkdirSync(OUT_DIR, { recursive: true });

const problems: string[] = [];
const classes = new Map<string, { klass: PackClass; from: string }>();

function addClasses(slice: Slice, from: string) {
  for (const raw of slice.classes ?? []) {
    const klass = v.parse(ClassSchema, raw);
    const first = classes.get(klass.id);
    if (!first) classes.set(klass.id, { klass, from });
    else if (JSON.stringify(first.klass.labels) !== JSON.stringify(klass.labels))
      console.warn(
        `class ${klass.id}: ${from} labels it differently from ${first.from}; kept ${first.from}'s`,
      );
  }
}

const words = await loadWordsByLanguage();

for (const [name, sliceNames] of Object.entries(PACKS)) {
  const pack = v1Pack(name);
  const slices = sliceNames.map(readSlice);
  slices.forEach((slice, i) => addClasses(slice, sliceNames[i]!));
  const statementsOf = (id: string) => slices.find((slice) => slice.entities[id])?.entities[id];
  const entities: Entity[] = pack.entities.map((old) => {
    const written = statementsOf(old.id);
    if (!written) problems.push(`${name}: ${old.id}: no statements written`);
    const covered = new Set((written ?? []).flatMap((statement) => statement.v1));
    // The raw file: fields the schema defaults may be absent.
    (old.facts ?? []).forEach((fact, i) => {
      if (!covered.has(i)) problems.push(`${name}: ${old.id}: fact ${i} (${fact.key}) not carried`);
    });
    const statements: Statement[] = (written ?? []).map(({ v1: _v1, ...statement }) => statement);
    // The point's source: GeoNames where the entity cites it (decision 0006), else its first source.
    const pointSource =
      old.sources.find(({ url }) => url.startsWith('https://www.geonames.org/')) ?? old.sources[0]!;
    if (old.coordinates)
      statements.push({
        property: 'coordinates',
        value: { coordinates: old.coordinates },
        source: pointSource.url,
      });
    const { facts: _facts, coordinates: _coordinates, ...rest } = old;
    return {
      ...rest,
      aliases: markTravellingNames({ labels: old.labels, aliases: old.aliases ?? {} }, words),
      statements,
    } as Entity;
  });
  const next = { ...pack, version: 2, entities };
  const result = v.safeParse(PackSchema, next);
  if (!result.success)
    for (const issue of result.issues)
      problems.push(`${name}: ${issue.path?.map((item) => String(item.key)).join('.')}: ${issue.message}`);
  writeFileSync(`${OUT_DIR}/${name}.json`, `${JSON.stringify(next, null, 2)}\n`);
}

const classPack = {
  format: 'backstory-pack',
  version: 2,
  id: 'classes',
  title: {
    nl: 'Klassen en ambten',
    en: 'Classes and offices',
    fr: 'Classes et fonctions',
    de: 'Klassen und Ämter',
  },
  description: {
    nl: 'Wat de beweringen van de andere pakketten noemen: ambten, soorten organisaties en plaatsen, in vier talen.',
    en: 'What the other packs’ statements name: offices, kinds of organisation and place, in four languages.',
    fr: 'Ce que nomment les déclarations des autres paquets : fonctions, types d’organisations et de lieux, en quatre langues.',
    de: 'Was die Aussagen der anderen Pakete nennen: Ämter, Arten von Organisationen und Orten, in vier Sprachen.',
  },
  license: 'CC BY-SA 4.0',
  classes: [...classes.values()].map(({ klass }) => klass).sort((a, b) => a.id.localeCompare(b.id)),
  entities: [],
};
writeFileSync(`${OUT_DIR}/classes.json`, `${JSON.stringify(classPack, null, 2)}\n`);

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`migrated ${Object.keys(PACKS).join(', ')}; ${classes.size} classes → ${OUT_DIR}/`);
