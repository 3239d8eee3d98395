/**
 * `npx tsx scripts/new-fixture.ts [--packs DIR] [--write] PAGE.html`: a golden-file skeleton for a fixture page,
 * from what the current code detects (like mozilla/readability's generate-testcase). Review it before keeping
 * it: the skeleton records today's behaviour, right or wrong. With --write it goes to
 * test/fixtures/expected/<name>.json (never over an existing file); otherwise to stdout. It does not run the
 * page's scripts: for a page whose article arrives after load, add `"dynamic": true` and the body by hand.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseHTML } from 'linkedom';
import { findArticle, wholePage } from '../src/content/article';
import { buildTextMap, EXCLUDED_SELECTOR } from '../src/content/textmap';
import { createAnnotator } from '../src/core/engine/reference';
import { formatPackErrors } from '../src/core/kb/compile';
import { shownMentions } from '../src/core/analysis/visible';
import { loadAndCompilePacks } from './lib/packs';

const USAGE = 'Usage: npx tsx scripts/new-fixture.ts [--packs DIR] [--write] PAGE.html';

/** The first few words of a text, cut at a word boundary: a phrase that identifies it. */
function phrase(text: string, words = 8): string {
  return text
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .split(' ')
    .slice(0, words)
    .join(' ');
}

/** All of an element's text but scripts and styles, chrome included, one block per line. */
function visibleText(root: Element): string {
  const texts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) texts.push((node as Text).data);
    else if (node.nodeType === 1 && !(node as Element).matches('script, style, template'))
      for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(root);
  return texts.join('\n');
}

function main(argv: string[]): number {
  const args = [...argv];
  const write = args.includes('--write');
  const packsAt = args.indexOf('--packs');
  const packs = packsAt >= 0 ? args.splice(packsAt, 2)[1] : undefined;
  const files = args.filter((arg) => arg !== '--write');
  if (files.length !== 1 || files[0]!.startsWith('--')) {
    console.error(USAGE);
    return 2;
  }
  const file = files[0]!;
  const { index, errors } = loadAndCompilePacks(packs);
  if (!index) {
    console.error(`new-fixture: the packs are invalid:\n${formatPackErrors(errors)}`);
    return 1;
  }
  const annotator = createAnnotator(index);
  const document = parseHTML(readFileSync(file, 'utf8')).document as unknown as Document;
  const article = findArticle(document);
  const page = wholePage(document);
  const language = article?.language ?? page?.language ?? 'en';
  const entitiesIn = (text: string) =>
    new Set(shownMentions(annotator.annotate(text, { language })).map((m) => m.entityId));
  const text = article ? buildTextMap(article.root).text : '';
  const inArticle = entitiesIn(text);

  // Names the whole page has but the article text does not: what the chrome would add if it leaked.
  const outside = new Set<string>();
  if (page) {
    const all = shownMentions(annotator.annotate(visibleText(page.root), { language }));
    for (const mention of all) if (!inArticle.has(mention.entityId)) outside.add(mention.text);
  }
  const paragraphs = article
    ? [...article.root.querySelectorAll('p')].filter((p) => !p.closest(EXCLUDED_SELECTOR))
    : [];
  const chrome = [...document.querySelectorAll('nav a, footer p, aside li, .comment p')]
    .filter((element) => !article || !article.root.contains(element) || element.closest(EXCLUDED_SELECTOR))
    .map((element) => phrase(element.textContent ?? '', 6))
    .filter((text) => text.length > 12);

  const golden = {
    page: basename(file),
    language,
    published: article?.published ?? null,
    isArticle: article !== null,
    entities: [...inArticle].sort(),
    outsideArticle: [...outside].sort(),
    mustContain: [paragraphs[0], paragraphs.at(-1)]
      .filter((p): p is HTMLParagraphElement => p !== undefined)
      .map((p) => phrase(p.textContent ?? '')),
    mustNotContain: [...new Set(chrome)].slice(0, 4),
  };
  const json = `${JSON.stringify(golden, null, 2)}\n`;
  if (!write) {
    process.stdout.write(json);
    return 0;
  }
  const target = join('test/fixtures/expected', basename(file).replace(/\.html?$/i, '.json'));
  if (existsSync(target)) {
    console.error(`new-fixture: ${target} exists; not overwriting it`);
    return 1;
  }
  writeFileSync(target, json);
  console.error(`new-fixture: wrote ${target}; review every field before committing it`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
