/**
 * Golden fixtures: every `test/fixtures/expected/*.json` names a page in `test/fixtures/pages/` and says what the
 * content script's path must find on it: whether it is an article, its language and date, phrases the detected
 * article text must and must not hold, and the exact set of entities shown (default settings). The page goes
 * through the same path as `npm run annotate`: linkedom → findArticle → buildTextMap → annotate → shownMentions.
 * Add one with `npx tsx scripts/new-fixture.ts test/fixtures/pages/NAME.html`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../src/content/article';
import { buildTextMap } from '../../src/content/textmap';
import type { Annotator } from '../../src/core/engine/annotate';
import { createAnnotator } from '../../src/core/engine/reference';
import { formatPackErrors } from '../../src/core/kb/compile';
import { shownMentions } from '../../src/core/analysis/visible';
import { loadAndCompilePacks } from '../../scripts/lib/packs';

const PAGES = 'test/fixtures/pages';
const EXPECTED = 'test/fixtures/expected';

interface Golden {
  page: string;
  language?: string;
  published?: string | null;
  isArticle?: boolean;
  /** The article arrives after load (script): the static page has no article yet, or a short one. */
  dynamic?: boolean;
  entities: string[];
  outsideArticle?: string[];
  mustContain?: string[];
  mustNotContain?: string[];
}

/** Whitespace runs (spaces, no-break spaces, block separators) as one space, so phrases survive line breaks. */
const squash = (text: string) => text.replace(/[\s\u00a0]+/g, ' ');

/** True when `word` stands in `text` as a whole word (not inside a longer one). */
function hasWord(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u').test(text);
}

const goldens: Golden[] = readdirSync(EXPECTED)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(join(EXPECTED, name), 'utf8')) as Golden);

/**
 * Runs a page's inline scripts as a browser would on load (DOMContentLoaded, then timers at once), for pages
 * whose article arrives after load. Our own fixture files only; linkedom provides the DOM they touch.
 */
function runInlineScripts(
  document: ReturnType<typeof parseHTML>['document'],
  window: ReturnType<typeof parseHTML>['window'],
): void {
  const timers: (() => void)[] = [];
  const setTimeout = (callback: () => void) => timers.push(callback);
  for (const script of document.querySelectorAll('script:not([src]):not([type])'))
    new Function('document', 'window', 'setTimeout', script.textContent ?? '')(document, window, setTimeout);
  document.dispatchEvent(new window.Event('DOMContentLoaded'));
  while (timers.length > 0) timers.shift()!();
}

let compiled: { annotator: Annotator } | { error: string } | undefined;
/** Compiled once for all fixtures; invalid packs fail every entity check with the compiler's own message. */
function bundledAnnotator(): Annotator {
  if (!compiled) {
    const { index, errors } = loadAndCompilePacks();
    compiled = index
      ? { annotator: createAnnotator(index) }
      : { error: `the bundled packs are invalid:\n${formatPackErrors(errors)}` };
  }
  if ('error' in compiled) throw new Error(compiled.error);
  return compiled.annotator;
}

describe('golden fixtures', () => {
  it('has at least a dozen fixtures, each naming an existing page', () => {
    expect(goldens.length).toBeGreaterThanOrEqual(12);
    const pages = new Set(readdirSync(PAGES));
    for (const golden of goldens) expect(pages, golden.page).toContain(golden.page);
  });

  describe.each(goldens.map((golden) => [golden.page, golden] as const))('%s', (_, golden) => {
    const html = readFileSync(join(PAGES, golden.page), 'utf8');
    const { document, window } = parseHTML(html);

    if (golden.dynamic) {
      const before = findArticle(document as unknown as Document);
      const staticText = squash(before ? buildTextMap(before.root).text : '');
      it('has no article, or only a short one, before its script runs', () => {
        const early = (golden.mustContain ?? []).filter((phrase) => staticText.includes(phrase));
        expect(early, 'the static page already holds the body').toEqual([]);
      });
      runInlineScripts(document, window);
    }
    const article = findArticle(document as unknown as Document);
    const text = article ? buildTextMap(article.root).text : '';

    it(golden.isArticle === false ? 'is not an article' : 'is an article', () => {
      if (golden.isArticle === false) expect(article).toBeNull();
      else expect(article, 'no article found').not.toBeNull();
    });
    if (!article) return;

    if (golden.language !== undefined)
      it('reads the language', () => expect(article.language).toBe(golden.language));
    if (golden.published !== undefined)
      it('reads the publication date', () => expect(article.published).toBe(golden.published));

    it('takes the body and nothing around it', () => {
      const flat = squash(text);
      for (const phrase of golden.mustContain ?? []) expect(flat, 'body phrase missing').toContain(phrase);
      for (const phrase of golden.mustNotContain ?? [])
        expect(flat, 'page chrome in the article').not.toContain(phrase);
      // Names only in the chrome: not in the text, so never annotated. (The seed's golden file predates
      // mustContain and lists names that its body uses too; for it, mustNotContain-less, this check is skipped.)
      if (golden.mustContain === undefined) return;
      const leaked = (golden.outsideArticle ?? []).filter((word) => hasWord(text, word));
      expect(leaked, 'words outside the article found in its text').toEqual([]);
    });

    it('shows exactly the expected entities', () => {
      const mentions = shownMentions(bundledAnnotator().annotate(text, { language: article.language }));
      const found = [...new Set(mentions.map((mention) => mention.entityId))].sort();
      expect(found).toEqual([...golden.entities].sort());
    });
  });
});
