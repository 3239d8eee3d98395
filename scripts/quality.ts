/**
 * `tsx scripts/quality.ts [--packs DIR] [--verbose]`: annotates the fixture articles (test/fixtures/articles/
 * quality-*.txt) the way `npm run annotate` does, compares the entities found with the list beside each article
 * (quality-*.expected.json) and prints precision and recall per language (entity level: each entity counts once
 * per article, found or not, however often it is named).
 * By default it runs the CLI itself (`tsx scripts/annotate.ts --json …`) on the bundled packs. With --packs DIR it
 * runs the same path in process on the packs in DIR, for when the bundled packs are being edited.
 *
 * `--set news` measures the news evaluation instead (eval/news/: real published articles, each with the names a
 * reader would want explained written down before any run, see its README): recall over every such name, known to
 * the data or not, and precision of the entities highlighted, per language and per type, in process on the bundled
 * packs (or --packs DIR), each article annotated on its publication date as the extension does.
 *
 * `--corpus NAME [--part PART]` measures a public NER corpus from the fetched mirror (scripts/lib/corpus-evaluation.ts):
 * whether each highlight is a whole gold name, part of a longer one, past its edge or no name, and the recall of the
 * gold names the data knows.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatPackErrors } from '../src/core/kb/compile';
import type { Lang } from '../src/core/kb/schema';
import { guessLanguage } from '../src/core/text/language';
import { shownMentions } from '../src/core/analysis/visible';
import { corpusEvaluation } from './lib/corpus-evaluation';
import { extensionAnnotator } from './lib/extension-annotator';
import { loadAndCompilePacks } from './lib/packs';

const DIR = 'test/fixtures/articles';

interface Found {
  file: string;
  language: string;
  entities: Set<string>;
}

function viaCli(files: string[]): Found[] {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/annotate.ts', '--json', ...files],
    {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return output
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const parsed = JSON.parse(line) as {
        file: string;
        language: string;
        mentions: { entity: { id: string } }[];
      };
      return {
        file: parsed.file,
        language: parsed.language,
        entities: new Set(parsed.mentions.map((m) => m.entity.id)),
      };
    });
}

function inProcess(files: string[], packs: string): Found[] {
  const { index, errors } = loadAndCompilePacks(packs);
  if (!index) throw new Error(`the packs in ${packs} are invalid:\n${formatPackErrors(errors)}`);
  const annotator = extensionAnnotator(index);
  return files.map((file) => {
    const text = readFileSync(file, 'utf8');
    const language: Lang = guessLanguage(text) ?? 'en';
    const mentions = shownMentions(annotator.annotate(text, { language }));
    return { file, language, entities: new Set(mentions.map((m) => m.entityId)) };
  });
}

interface Tally {
  truePositives: number;
  found: number;
  expected: number;
}

function main(args: string[]): number {
  const packsAt = args.indexOf('--packs');
  const verbose = args.includes('--verbose');
  const corpusAt = args.indexOf('--corpus');
  if (corpusAt >= 0) {
    const packs = packsAt >= 0 ? (args[packsAt + 1] ?? 'assets/packs') : 'assets/packs';
    const { index, errors } = loadAndCompilePacks(packs);
    if (!index) throw new Error(`the packs in ${packs} are invalid:\n${formatPackErrors(errors)}`);
    const partAt = args.indexOf('--part');
    return corpusEvaluation(
      args[corpusAt + 1] ?? '',
      partAt >= 0 ? args[partAt + 1] : undefined,
      index,
      verbose,
    );
  }
  const setAt = args.indexOf('--set');
  if (setAt >= 0) {
    const set = args[setAt + 1];
    if (set !== 'news') throw new Error(`unknown evaluation set "${set}" (known: news)`);
    return newsEvaluation(packsAt >= 0 ? (args[packsAt + 1] ?? 'assets/packs') : 'assets/packs', verbose);
  }
  const files = readdirSync(DIR)
    .filter((name) => /^quality-.*\.txt$/.test(name))
    .sort()
    .map((name) => join(DIR, name));
  const results = packsAt >= 0 ? inProcess(files, args[packsAt + 1] ?? 'assets/packs') : viaCli(files);
  const perLanguage = new Map<string, Tally>();
  for (const { file, entities } of results) {
    const expected = new Set(
      JSON.parse(readFileSync(file.replace(/\.txt$/, '.expected.json'), 'utf8')) as string[],
    );
    // The fixture's language is in its name; the CLI's guess is checked, not trusted.
    const language = /^quality-([a-z]{2})-/.exec(basename(file))?.[1] ?? '??';
    const tally = perLanguage.get(language) ?? { truePositives: 0, found: 0, expected: 0 };
    const hits = [...entities].filter((id) => expected.has(id));
    tally.truePositives += hits.length;
    tally.found += entities.size;
    tally.expected += expected.size;
    perLanguage.set(language, tally);
    const missed = [...expected].filter((id) => !entities.has(id));
    const extra = [...entities].filter((id) => !expected.has(id));
    if (verbose || missed.length + extra.length > 0)
      console.log(
        `${basename(file)}: ${hits.length}/${expected.size} found` +
          (missed.length > 0 ? `; missed ${missed.join(', ')}` : '') +
          (extra.length > 0 ? `; not expected ${extra.join(', ')}` : ''),
      );
  }
  console.log('\nlanguage  precision  recall  (entities per article: found / expected)');
  const total: Tally = { truePositives: 0, found: 0, expected: 0 };
  const row = (name: string, t: Tally) =>
    `${name.padEnd(9)} ${(t.found ? (100 * t.truePositives) / t.found : 100).toFixed(1).padStart(8)}%  ${(t.expected ? (100 * t.truePositives) / t.expected : 100).toFixed(1).padStart(5)}%  (${t.found} / ${t.expected})`;
  for (const [language, tally] of [...perLanguage].sort()) {
    console.log(row(language, tally));
    total.truePositives += tally.truePositives;
    total.found += tally.found;
    total.expected += tally.expected;
  }
  console.log(row('all', total));
  return 0;
}

/** One article of the news evaluation: its .json beside its .txt (eval/news/README.md). */
interface NewsArticle {
  url: string;
  published: string;
  language: Lang;
  domain: string;
  names: { name: string; type: string; entity: string | null }[];
}

/** Found, expected and hits of one group (a language or a type). */
interface NewsTally {
  /** Names a reader would want explained (known to the data or not). */
  names: number;
  /** Of them, names of an entity the data holds. */
  known: number;
  /** Names whose entity was highlighted. */
  hits: number;
  /** Entities highlighted, and those of them that are among the article's expected entities. */
  found: number;
  right: number;
}

const NEWS_DIR = 'eval/news';

function newsEvaluation(packs: string, verbose: boolean): number {
  const { index, errors } = loadAndCompilePacks(packs);
  if (!index) throw new Error(`the packs in ${packs} are invalid:\n${formatPackErrors(errors)}`);
  const annotator = extensionAnnotator(index);
  const files = readdirSync(NEWS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const byLanguage = new Map<string, NewsTally>();
  const byType = new Map<string, NewsTally>();
  const tallyOf = (map: Map<string, NewsTally>, key: string) => {
    let tally = map.get(key);
    if (!tally) map.set(key, (tally = { names: 0, known: 0, hits: 0, found: 0, right: 0 }));
    return tally;
  };
  for (const name of files) {
    const file = join(NEWS_DIR, name);
    const article = JSON.parse(readFileSync(file.replace(/\.txt$/, '.json'), 'utf8')) as NewsArticle;
    const text = readFileSync(file, 'utf8');
    const mentions = shownMentions(
      annotator.annotate(text, { language: article.language, published: article.published }),
    );
    const found = new Set(mentions.map((m) => m.entityId));
    const expected = new Set(article.names.flatMap((n) => (n.entity ? [n.entity] : [])));
    const unknownId = article.names.filter((n) => n.entity && !index.entities[n.entity]);
    if (unknownId.length > 0)
      throw new Error(`${name}: no entity ${unknownId.map((n) => n.entity).join(', ')} in ${packs}`);
    for (const entry of article.names) {
      for (const tally of [tallyOf(byLanguage, article.language), tallyOf(byType, entry.type)]) {
        tally.names++;
        if (entry.entity) tally.known++;
        if (entry.entity && found.has(entry.entity)) tally.hits++;
      }
    }
    for (const id of found) {
      const type = index.entities[id]?.type ?? '?';
      for (const tally of [tallyOf(byLanguage, article.language), tallyOf(byType, type)]) {
        tally.found++;
        if (expected.has(id)) tally.right++;
      }
    }
    const missed = article.names.filter((n) => n.entity && !found.has(n.entity)).map((n) => n.entity);
    const extra = [...found].filter((id) => !expected.has(id));
    const unknown = article.names.filter((n) => !n.entity).map((n) => n.name);
    if (verbose || missed.length + extra.length > 0)
      console.log(
        `${name}: ${article.names.length} names, ${expected.size} known, ${[...found].filter((id) => expected.has(id)).length} found` +
          (missed.length > 0 ? `; missed ${missed.join(', ')}` : '') +
          (extra.length > 0 ? `; not expected ${extra.join(', ')}` : '') +
          (verbose && unknown.length > 0 ? `; not in the data: ${unknown.join(', ')}` : ''),
      );
  }
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–').padStart(7);
  const row = (key: string, t: NewsTally) =>
    `${key.padEnd(13)} ${pct(t.hits, t.names)} ${pct(t.hits, t.known)} ${pct(t.known, t.names)} ${pct(t.right, t.found)}   ${t.names} / ${t.known} / ${t.found}`;
  const header = (first: string) =>
    `\n${first.padEnd(13)}  recall  linked   known  precision   names / known / highlighted`;
  const total: NewsTally = { names: 0, known: 0, hits: 0, found: 0, right: 0 };
  console.log(`${files.length} articles of ${NEWS_DIR}, packs of ${packs}`);
  console.log(header('language'));
  for (const [language, t] of [...byLanguage].sort()) {
    console.log(row(language, t));
    for (const key of Object.keys(total) as (keyof NewsTally)[]) total[key] += t[key];
  }
  console.log(row('all', total));
  console.log(header('type'));
  for (const [type, t] of [...byType].sort()) console.log(row(type, t));
  console.log(
    '\nrecall: names whose entity was highlighted, of all names a reader would want explained; linked: of the names' +
      ' the data knows; known: names the data knows; precision: highlighted entities that are among the expected.',
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
