/**
 * `npm run annotate -- [--json] FILE...`: the content script's path, on files. A .txt file is plain article
 * text; an .html file goes through the same article detection and text map as a page, and its publication date
 * (as the page states it) is the article's date, as in the extension; a .txt file has none, so today's is used.
 * With --json, one JSON object per file on stdout; offsets are UTF-16 code units of the text that was annotated.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import { formatPackErrors } from '../src/core/kb/compile';
import type { CompiledIndex } from '../src/core/kb/index-format';
import type { Lang } from '../src/core/kb/schema';
import type { Mention } from '../src/core/resolve/mention';
import { guessLanguage } from '../src/core/text/language';
import { shownMentions } from '../src/core/analysis/visible';
import { findArticle } from '../src/content/article';
import { buildTextMap } from '../src/content/textmap';
import { extensionAnnotator } from './lib/extension-annotator';
import { loadAndCompilePacks } from './lib/packs';

const USAGE = 'Usage: npm run annotate -- [--json] FILE...   (FILE: .txt article text or .html page)';

class InputError extends Error {}

/** The text a reader's page would be annotated on, its language and, for a page, its publication date. */
function articleText(file: string): { text: string; language: Lang; published: string | null } {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? String(error)})`);
  }
  const kind = extname(file).toLowerCase();
  if (kind === '.txt') return { text: content, language: guessLanguage(content) ?? 'en', published: null };
  if (kind !== '.html' && kind !== '.htm')
    throw new InputError(`unsupported file type "${kind}" (use .txt or .html)`);
  if (content.includes('\u0000') || !/<[a-z!]/i.test(content)) throw new InputError('not an HTML document');
  const { document } = parseHTML(content);
  const article = findArticle(document as unknown as Document);
  if (!article) throw new InputError('no article found in this HTML page');
  return { text: buildTextMap(article.root).text, language: article.language, published: article.published };
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const files = argv.filter((arg) => arg !== '--json');
  const unknown = files.find((arg) => arg.startsWith('--'));
  if (files.length === 0 || unknown) {
    console.error(unknown ? `annotate: unknown option ${unknown}\n${USAGE}` : USAGE);
    return 2;
  }
  const { index, errors } = loadAndCompilePacks();
  if (!index) {
    console.error(`annotate: the bundled packs are invalid:\n${formatPackErrors(errors)}`);
    return 1;
  }
  const annotator = extensionAnnotator(index);
  let failed = 0;
  for (const file of files) {
    try {
      const { text, language, published } = articleText(file);
      const mentions = shownMentions(annotator.annotate(text, { language, published }));
      print({ file, language, published }, mentions, index, json);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      console.error(`annotate: ${file}: ${error.message}`);
      failed++;
    }
  }
  return failed > 0 ? 1 : 0;
}

function print(
  { file, language, published }: { file: string; language: Lang; published: string | null },
  mentions: Mention[],
  index: CompiledIndex,
  json: boolean,
): void {
  const entityOf = (id: string) => {
    const card = index.entities[id]!;
    const label = card.labels.en ?? Object.values(card.labels)[0] ?? id;
    return { id, qid: card.qid, label, type: card.type };
  };
  if (json) {
    const out = mentions.map(({ start, end, text, entityId }) => ({
      start,
      end,
      text,
      entity: entityOf(entityId),
    }));
    process.stdout.write(`${JSON.stringify({ file, language, published, mentions: out })}\n`);
    return;
  }
  const distinct = new Set(mentions.map((m) => m.entityId));
  const dated = published ? `, published ${published.slice(0, 10)}` : '';
  console.log(`${file} (${language}${dated}): ${mentions.length} mentions of ${distinct.size} entities`);
  for (const mention of mentions) {
    const { label, type } = entityOf(mention.entityId);
    console.log(
      `  ${String(mention.start).padStart(6)}-${String(mention.end).padEnd(6)} ${mention.text} → ${label} (${type})`,
    );
  }
}

process.exitCode = main(process.argv.slice(2));
