/**
 * Finds the article on a page: its body element, language, publication date and headline. Works on any DOM
 * (the page's, or linkedom's in the CLI). A page with no sign of being an article gets null: no annotation.
 */
import type { Lang } from '../core/text/languages';
import { guessLanguage, languageFromTag } from '../core/text/language';
import { EXCLUDED_SELECTOR } from './textmap';

export interface ArticleInfo {
  root: Element;
  language: Lang;
  /** YYYY-MM-DD, or null when the page does not say. */
  published: string | null;
  headline: string | null;
}

const ARTICLE_TYPES =
  /^(News|Report|Reportage|Analysis|Opinion|Review|Background)?(News)?Article$|^(BlogPosting|LiveBlogPosting)$/;

/** The JSON-LD nodes looked at per block, at most, and the longest block read. */
const MAX_LINKED_NODES = 2000;
const MAX_LINKED_DATA_CHARS = 1_000_000;

/** An article needs at least this much paragraph text; teaser cards on a home page have less. */
const MIN_ARTICLE_CHARS = 400;

interface LinkedData {
  headline?: string;
  datePublished?: string;
  inLanguage?: string;
}

function linkedArticle(doc: Document): LinkedData | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const source = script.textContent ?? '';
    // An article's JSON-LD is a few kilobytes; parsing megabytes a page put there would freeze it.
    if (source.length > MAX_LINKED_DATA_CHARS) continue;
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch {
      continue; // A broken JSON-LD block is the page's problem; the other signals still work.
    }
    // Bounded, and without spreading the page's arrays into a call (a JSON-LD block of 200,000 items overflowed the
    // stack, issue #22): an article's own node is among the first few hundred of any real page's JSON-LD.
    const queue: unknown[] = [data];
    for (let visited = 0; visited < queue.length && visited < MAX_LINKED_NODES; visited++) {
      const item = queue[visited];
      if (Array.isArray(item)) for (const member of item.slice(0, MAX_LINKED_NODES)) queue.push(member);
      else if (item && typeof item === 'object') {
        const record = item as Record<string, unknown>;
        if (record['@graph']) queue.push(record['@graph']);
        const types = ([] as unknown[]).concat(record['@type']);
        if (types.some((type) => typeof type === 'string' && ARTICLE_TYPES.test(type))) {
          const text = (key: string) =>
            typeof record[key] === 'string' ? (record[key] as string) : undefined;
          return {
            headline: text('headline'),
            datePublished: text('datePublished'),
            inLanguage: text('inLanguage'),
          };
        }
      }
    }
  }
  return null;
}

/** Text length of every paragraph that is article prose (not inside navigation, asides, comments…). */
function proseParagraphs(doc: Document): { paragraph: Element; chars: number }[] {
  const prose: { paragraph: Element; chars: number }[] = [];
  for (const paragraph of doc.querySelectorAll('p')) {
    if (paragraph.closest(EXCLUDED_SELECTOR)) continue;
    const chars = paragraph.textContent?.trim().length ?? 0;
    if (chars > 0) prose.push({ paragraph, chars });
  }
  return prose;
}

const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';

/**
 * What any article has, as one XPath query: a mark that may say it is an article (a JSON-LD block that names an
 * article type, og:type "article"), or paragraphs side by side that may hold an article's text (one paragraph that
 * long, or an element with two or more paragraphs of its own and that much text in all). The marks are asked first,
 * and the first part that holds ends the query. Each part is a bound of what the search proper asks (exclusions and
 * spaces counted, any JSON-LD block that mentions an article type), so a page that has none of them is not an article.
 */
const ARTICLE_MAY_BE_HERE = `
  //script[translate(@type, '${UPPER}', '${LOWER}') = 'application/ld+json'][contains(., 'Article') or contains(., 'BlogPosting')]
  or //meta[@property = 'og:type'][@content = 'article']
  or //p[string-length(.) >= ${MIN_ARTICLE_CHARS}]
  or //*[count(p) >= 2][string-length(.) >= ${MIN_ARTICLE_CHARS}]`;
const XPATH_BOOLEAN = 3;

/**
 * Whether the page may hold an article, asked of the browser in one query that answers with a boolean: no element
 * reaches this script's world (the first one costs a page's main thread more than the rest of a look at a page
 * without an article, decision 28), and the common page without an article ends here. A DOM without XPath (linkedom's
 * in the CLI) or a document that is not HTML (where `p` would need a namespace) is searched in full.
 */
function mayHoldArticle(doc: Document): boolean {
  if (typeof doc.evaluate !== 'function' || doc.contentType !== 'text/html') return true;
  return doc.evaluate(ARTICLE_MAY_BE_HERE, doc, null, XPATH_BOOLEAN, null).booleanValue;
}

/** The element whose direct paragraphs hold the most text: the readability-style guess for unmarked pages. */
function densestParagraphParent(prose: { paragraph: Element; chars: number }[]): Element | null {
  const scores = new Map<Element, number>();
  for (const { paragraph, chars } of prose) {
    const parent = paragraph.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + chars);
  }
  let best: Element | null = null;
  for (const [element, score] of scores) if (!best || score > scores.get(best)!) best = element;
  return best;
}

function findRoot(doc: Document, marked: boolean): Element | null {
  // One pass over the paragraphs; each candidate's score is the prose it contains.
  const prose = proseParagraphs(doc);
  const charsIn = (element: Element) =>
    prose.reduce((sum, { paragraph, chars }) => (element.contains(paragraph) ? sum + chars : sum), 0);
  // A container whose prose sits mostly in several short <article>s is a list of teasers (a section front), not
  // an article. Only on unmarked pages: a page that says it is an article (a live blog with one <article> per
  // entry) keeps its container.
  const isTeaserList = (element: Element, chars: number): boolean => {
    if (marked || element.localName === 'article') return false;
    const articles = [...element.querySelectorAll('article')];
    if (articles.length < 2 || articles.some((article) => charsIn(article) >= MIN_ARTICLE_CHARS))
      return false;
    const inArticles = prose.reduce((sum, { paragraph, chars: n }) => {
      const article = paragraph.closest('article');
      return article && element.contains(article) ? sum + n : sum;
    }, 0);
    return inArticles * 2 >= chars;
  };
  const candidates = [...doc.querySelectorAll('article, [itemprop="articleBody"], main, [role="main"]')]
    .map((element) => ({ element, chars: charsIn(element) }))
    .filter(({ element, chars }) => !isTeaserList(element, chars));
  // Most prose first; on a tie the inner element (an <article> inside <main>) first.
  candidates.sort((a, b) => b.chars - a.chars || (a.element.contains(b.element) ? 1 : -1));
  const best = candidates[0];
  // An unmarked page's prose must hold a run of paragraphs side by side, as an article's body does: the snippets of
  // a search-results page, the blurbs of a product listing and the teasers of a section front each sit alone in
  // their own block, however much text they add up to.
  const hasRun = (element: Element) => {
    const inside = prose.filter(({ paragraph }) => element.contains(paragraph));
    const dense = densestParagraphParent(inside);
    const side = inside.filter(({ paragraph }) => paragraph.parentElement === dense);
    return side.reduce((sum, { chars }) => sum + chars, 0) >= MIN_ARTICLE_CHARS;
  };
  if (best && best.chars >= MIN_ARTICLE_CHARS && (marked || hasRun(best.element))) {
    const inner = candidates.find(
      (c) =>
        c !== best &&
        best.element.contains(c.element) &&
        c.element.localName === 'article' &&
        c.chars >= best.chars * 0.9,
    );
    return (inner ?? best).element;
  }
  if (!marked) return null;
  const dense = densestParagraphParent(prose);
  return dense && charsIn(dense) >= MIN_ARTICLE_CHARS ? dense : null;
}

function isoDay(value: string | null | undefined): string | null {
  const match = value?.match(/^\d{4}-\d{2}-\d{2}/);
  return match ? match[0] : null;
}

/** The page's article, or null when the page is not an article. */
export function findArticle(doc: Document): ArticleInfo | null {
  if (!mayHoldArticle(doc)) return null;
  const linked = linkedArticle(doc);
  const meta = (selector: string) => doc.querySelector(selector)?.getAttribute('content') ?? null;
  const marked = linked !== null || meta('meta[property="og:type"]') === 'article';
  const root = findRoot(doc, marked);
  if (!root) return null;
  const language =
    languageFromTag(linked?.inLanguage) ??
    languageFromTag(root.closest('[lang]')?.getAttribute('lang')) ??
    languageFromTag(meta('meta[property="og:locale"]')) ??
    guessLanguage(root.textContent ?? '') ??
    'en';
  const published =
    isoDay(linked?.datePublished) ??
    isoDay(meta('meta[property="article:published_time"]')) ??
    isoDay(root.querySelector('time[datetime]')?.getAttribute('datetime')) ??
    null;
  const headline = linked?.headline ?? root.querySelector('h1')?.textContent?.trim() ?? null;
  return { root, language, published, headline };
}

/** The whole page as the "article", for a reader who asks to annotate a page that does not look like one. */
export function wholePage(doc: Document): ArticleInfo | null {
  const root = doc.body;
  if (!root) return null;
  const language =
    languageFromTag(doc.documentElement.getAttribute('lang')) ??
    guessLanguage(root.textContent ?? '') ??
    'en';
  return { root, language, published: null, headline: doc.title || null };
}
