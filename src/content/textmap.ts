/**
 * The article's text as one string plus the table that maps string offsets back to text nodes. The engine
 * works on the string; highlights turn offsets back into Ranges. Works on any DOM (the page's, or linkedom's
 * in the CLI), so it decides what is a block by tag name, not by computed style.
 */

/** Subtrees whose text is never the article's own words. */
export const EXCLUDED_SELECTOR = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'svg',
  'math',
  'canvas',
  'nav',
  'aside',
  'footer',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'label',
  'dialog',
  'code',
  'pre',
  'kbd',
  'samp',
  '[contenteditable]:not([contenteditable="false"])',
  '[hidden]',
  '[aria-hidden="true"]',
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="contentinfo"]',
  '.comments',
  '#comments',
  '.comment',
  // Comment threads by their common markup: schema.org microdata, WordPress (comments-area, comment-list,
  // respond), Disqus. A thread inside the <article> element is still the readers' words, not the article's.
  '[itemprop~="comment"]',
  '[itemtype*="schema.org/Comment"]',
  '.comments-area',
  '.comment-list',
  '.commentlist',
  '#respond',
  '#disqus_thread',
  '.advertisement',
  '.ad',
  '.share',
  '.social',
  '.sharedaddy', // WordPress (Jetpack) share block: "Share this:"
  // Topic tags under a story ("Onderwerpen: Syrië Turkije"): links to tag pages, not the article's words.
  '[rel~="tag"]',
  '.tags',
  // AMP pages: ad slots carry placeholder and fallback text (the ad's own words); the sidebar is the menu.
  'amp-ad',
  'amp-embed',
  'amp-sticky-ad',
  'amp-sidebar',
].join(',');

const INLINE_TAGS = new Set([
  'A',
  'ABBR',
  'B',
  'BDI',
  'BDO',
  'CITE',
  'DATA',
  'DFN',
  'EM',
  'FONT',
  'I',
  'INS',
  'DEL',
  'MARK',
  'Q',
  'S',
  'SMALL',
  'SPAN',
  'STRONG',
  'SUB',
  'SUP',
  'TIME',
  'U',
  'VAR',
  'WBR',
  // The wrapping highlight layer's own mark (wrap-layer.ts): a name inside it is still one run of text.
  'BACKSTORY-MARK',
]);

/** Separates blocks so that a heading's last word never runs into the next paragraph's first. */
const BLOCK_SEPARATOR = '\n';

export interface TextMap {
  text: string;
  nodes: Text[];
  /** starts[i] is the offset in `text` of nodes[i]'s first character. */
  starts: number[];
  /** Index of each node in `nodes`, for pointer look-ups. */
  indexOfNode: Map<Text, number>;
}

/** Longest text a teaser card has: a headline, a kicker, a line of summary. */
const TEASER_MAX_CHARS = 200;

function isExcluded(element: Element): boolean {
  return element.matches(EXCLUDED_SELECTOR);
}

/**
 * A teaser card inside the article's container ("Also in the news" with an <article> per story): a nested
 * <article> that is short and mostly the text of its links. Live-blog entries, also <article>s, are prose.
 */
function isTeaser(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'ARTICLE') return false;
  const total = element.textContent?.trim().length ?? 0;
  if (total === 0 || total > TEASER_MAX_CHARS) return false;
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += link.textContent?.trim().length ?? 0;
  return linked * 2 >= total;
}

/**
 * Whether an element is rendered and its own text visible, where the DOM can tell (a browser; linkedom in the CLI
 * has no styles, and everything counts as shown): not display:none (checkVisibility), not visibility:hidden.
 * Issue #22: highlights were registered in hidden text, which a page can use to see what the reader's extension
 * recognises without showing it.
 */
function shownBy(view: (Window & typeof globalThis) | null): {
  rendered(element: Element): boolean;
  textVisible(element: Element): boolean;
} {
  const getStyle =
    view && typeof view.getComputedStyle === 'function' ? view.getComputedStyle.bind(view) : null;
  return {
    rendered: (element) =>
      typeof (element as HTMLElement).checkVisibility !== 'function' ||
      (element as HTMLElement).checkVisibility(),
    textVisible: (element) => {
      const visibility = getStyle?.(element).visibility;
      return visibility !== 'hidden' && visibility !== 'collapse';
    },
  };
}

/**
 * Collects the article's visible text nodes in document order, with block separators between blocks. `skip`
 * leaves out text nodes already annotated (for paragraphs added later). Iterative: a page can nest elements
 * deeper than the call stack allows.
 */
export function buildTextMap(root: Element, skip?: (node: Text) => boolean): TextMap {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const indexOfNode = new Map<Text, number>();
  let text = '';
  let pendingBreak = false;
  const shown = shownBy(root.ownerDocument.defaultView);
  /** Whether the text of each open element is visible (visibility is inherited, and can be turned back on). */
  const visible = new Map<Element, boolean>();

  // Each entry is a node to visit, or the end of an element (its closing block break).
  const stack: { node: Node; closing?: boolean }[] = [{ node: root }];
  while (stack.length > 0) {
    const { node, closing } = stack.pop()!;
    if (closing) {
      pendingBreak = true;
      continue;
    }
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      const parent = node.parentElement;
      if (data.length === 0 || skip?.(node as Text) || (parent && visible.get(parent) === false)) continue;
      if (pendingBreak && text.length > 0) text += BLOCK_SEPARATOR;
      pendingBreak = false;
      indexOfNode.set(node as Text, nodes.length);
      nodes.push(node as Text);
      starts.push(text.length);
      text += data;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const element = node as Element;
    if (isExcluded(element) || (element !== root && isTeaser(element)) || !shown.rendered(element)) continue;
    visible.set(element, shown.textVisible(element));
    const inline = INLINE_TAGS.has(element.tagName.toUpperCase());
    if (element.tagName.toUpperCase() === 'BR' || !inline) pendingBreak = true;
    if (!inline) stack.push({ node: element, closing: true });
    // Children pushed last-first, so they are visited in document order.
    for (let child = element.lastChild; child; child = child.previousSibling) stack.push({ node: child });
  }
  return { text, nodes, starts, indexOfNode };
}

/** The text node and offset inside it for an offset of the map's text (end offsets stay in the node before). */
export function locate(map: TextMap, offset: number, isEnd = false): { node: Text; offset: number } | null {
  let low = 0;
  let high = map.starts.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const start = map.starts[mid]!;
    const node = map.nodes[mid]!;
    if (offset < start || (isEnd && offset === start && mid > 0)) high = mid - 1;
    else if (offset > start + node.data.length || (!isEnd && offset === start + node.data.length))
      low = mid + 1;
    else return { node, offset: offset - start };
  }
  return null;
}

/** The map offset of a position inside one of its text nodes, or -1 when the node is not part of the map. */
export function offsetOf(map: TextMap, node: Node, offsetInNode: number): number {
  const index = map.indexOfNode.get(node as Text);
  return index === undefined ? -1 : map.starts[index]! + offsetInNode;
}

/**
 * The map cut into maps of at most `maxChars` characters each, so a huge page is annotated a slice at a time (one
 * message and one paint each, the main thread free between them) instead of in one long task. Cuts fall at a
 * block break where there is one in the slice's second half, else at the last space; a slice starts inside a text
 * node only when that node alone is longer than a slice (its `starts` entry is then negative, which locate()
 * handles). Issue #22: a 5 MB article blocked the page.
 */
export function sliceTextMap(map: TextMap, maxChars: number): TextMap[] {
  if (map.text.length <= maxChars) return [map];
  const slices: TextMap[] = [];
  let from = 0;
  /** The first node that may overlap the next slice: slices advance through the nodes once, in order. */
  let node = 0;
  while (from < map.text.length) {
    let to = Math.min(map.text.length, from + maxChars);
    if (to < map.text.length) {
      const half = from + Math.floor(maxChars / 2);
      const block = map.text.lastIndexOf(BLOCK_SEPARATOR, to);
      const space = map.text.lastIndexOf(' ', to);
      if (block > half) to = block + 1;
      else if (space > from) to = space + 1;
    }
    const slice = subMap(map, from, to, node);
    slices.push(slice.map);
    node = slice.next;
    from = to;
  }
  return slices;
}

/**
 * The part of a map between two text offsets, with the nodes that overlap it (looked for from node `first` on), and
 * the first node the next part may overlap (the last one here, when it runs on past `to`).
 */
function subMap(map: TextMap, from: number, to: number, first: number): { map: TextMap; next: number } {
  const nodes: Text[] = [];
  const starts: number[] = [];
  const indexOfNode = new Map<Text, number>();
  let next = first;
  for (let i = first; i < map.nodes.length; i++) {
    const start = map.starts[i]!;
    const node = map.nodes[i]!;
    if (start >= to) break;
    next = start + node.data.length > to ? i : i + 1;
    if (start + node.data.length <= from) continue;
    indexOfNode.set(node, nodes.length);
    nodes.push(node);
    starts.push(start - from);
  }
  return { map: { text: map.text.slice(from, to), nodes, starts, indexOfNode }, next };
}
