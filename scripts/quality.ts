/**
 * `tsx scripts/quality.ts [--packs DIR] [--verbose]`: annotates the fixture articles (test/fixtures/articles/
 * quality-*.txt) the way `npm run annotate` does, compares the entities found with the list beside each article
 * (quality-*.expected.json) and prints precision and recall per language (entity level: each entity counts once
 * per article, found or not, however often it is named).
 * By default it runs the CLI itself (`tsx scripts/annotate.ts --json …`) on the bundled packs. With --packs DIR it
 * runs the same path in process on the packs in DIR, for when the bundled packs are being edited.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { formatPackErrors } from '../src/core/kb/compile';
import type { Lang } from '../src/core/kb/schema';
import { guessLanguage } from '../src/core/language';
import { shownMentions } from '../src/core/visible';
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

process.exitCode = main(process.argv.slice(2));
