/**
 * What a reader sees, read from inside the page. Every function here is self-contained (no imports, no outer
 * variables) because it is serialised and run in the page's main world by Playwright or Puppeteer; `inPage`
 * does that the same way for both and guards against helpers a TypeScript transform may insert.
 *
 * The content script's CSS.highlights registry is per document, so the main world sees what the (isolated)
 * content script registered: checked in Chromium and in Firefox ESR.
 */

export interface SeenHighlight {
  /** Registry name, e.g. `backstory-place`. */
  name: string;
  /** `range.toString()`: the highlighted text. */
  text: string;
  /** Whether the range starts inside an `<article>`. */
  inArticle: boolean;
  /** The character just before and just after the range in its text nodes ('' at a node edge). */
  before: string;
  after: string;
}

/** Every range of every `backstory*` highlight in document order of registration. */
export function readHighlights(): SeenHighlight[] {
  const seen: SeenHighlight[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!/^[a-z]{11}$/.test(name)) continue; // ours: a page token and a style letter (highlight-names.ts)
    for (const abstract of highlight as unknown as Iterable<AbstractRange>) {
      const range = abstract as Range;
      const start = range.startContainer;
      const end = range.endContainer;
      const startElement = start.nodeType === Node.ELEMENT_NODE ? (start as Element) : start.parentElement;
      seen.push({
        name,
        text: typeof range.toString === 'function' ? range.toString() : '',
        inArticle: !!startElement?.closest('article'),
        before: start.nodeType === Node.TEXT_NODE ? (start as Text).data.charAt(range.startOffset - 1) : '',
        after: end.nodeType === Node.TEXT_NODE ? (end as Text).data.charAt(range.endOffset) : '',
      });
    }
  }
  return seen;
}

export interface TextRect {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The middle of the first line box of the text, in viewport coordinates: where to put the mouse. */
  centerX: number;
  centerY: number;
}

/**
 * The client rect of the `nth` (0-based) occurrence of `text` inside `within` (default: the first `article`),
 * found in single text nodes, after scrolling it to the middle of the viewport. Null if there is no such
 * occurrence. Occurrences inside longer words count too (`IS` in `IS-strijders`).
 */
export function rectOfText(text: string, nth = 0, within = 'article'): TextRect | null {
  const root = document.querySelector(within);
  if (!root || !text) return null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let seen = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    for (let index = node.data.indexOf(text); index >= 0; index = node.data.indexOf(text, index + 1)) {
      if (seen++ < nth) continue;
      node.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + text.length);
      const first = range.getClientRects()[0] ?? range.getBoundingClientRect();
      const all = range.getBoundingClientRect();
      return {
        x: all.x,
        y: all.y,
        width: all.width,
        height: all.height,
        centerX: first.x + first.width / 2,
        centerY: first.y + first.height / 2,
      };
    }
  }
  return null;
}

/**
 * The rect of the `nth` (0-based) highlighted range whose text is exactly `text` inside an article, after
 * scrolling it to the middle of the viewport: the word a reader would point at. Null if none.
 */
export function rectOfHighlight(text: string, nth = 0): TextRect | null {
  let seen = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (!/^[a-z]{11}$/.test(name)) continue; // ours: a page token and a style letter (highlight-names.ts)
    for (const abstract of highlight as unknown as Iterable<AbstractRange>) {
      const range = abstract as Range;
      if (range.toString() !== text) continue;
      const element = range.startContainer.parentElement;
      if (!element?.closest('article') || seen++ < nth) continue;
      element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
      const first = range.getClientRects()[0] ?? range.getBoundingClientRect();
      const all = range.getBoundingClientRect();
      return {
        x: all.x,
        y: all.y,
        width: all.width,
        height: all.height,
        centerX: first.x + first.width / 2,
        centerY: first.y + first.height / 2,
      };
    }
  }
  return null;
}

export interface PopoverState {
  /** The card's host exists in the document. */
  present: boolean;
  /** The host's parent is document.documentElement (outside body, as the contract says). */
  onRoot: boolean;
  /** Its card is rendered and visible (display, visibility and opacity considered). */
  open: boolean;
  name: string;
  type: string;
  description: string;
  /** The card's summary, and where its source link goes ('' when it has none). */
  summary: string;
  sourceUrl: string;
  /** The "why highlighted" line. */
  why: string;
  /** The text of the card's facts (keys, values and periods), '' when it shows none. */
  facts: string;
}

/** The popover as a reader sees it, read through its open shadow root. */
/**
 * The open card, whole: a card opens as a glance (issue #21), so this presses its "More" first, as a reader who
 * wants the summary, the reason or the source does (`expand` false: as it is). `readGlance` reads it as it opens.
 */
export async function readPopover(root: ShadowRoot | null, expand = true): Promise<PopoverState> {
  const more = root?.querySelector<HTMLButtonElement>('[data-part="more"]');
  if (expand && more && more.getAttribute('aria-expanded') === 'false') {
    more.click();
    // Preact renders the state change on its next tick.
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
  const host = root?.host;
  const card = root?.querySelector<HTMLElement>('[data-part="card"]');
  const part = (name: string) => (card?.querySelector(`[data-part="${name}"]`)?.textContent ?? '').trim();
  let open = false;
  if (host && card && card.isConnected) {
    const visible =
      typeof card.checkVisibility === 'function'
        ? card.checkVisibility({ opacityProperty: true, visibilityProperty: true })
        : getComputedStyle(card).display !== 'none' && getComputedStyle(card).visibility !== 'hidden';
    const box = card.getBoundingClientRect();
    open = visible && box.width > 0 && box.height > 0;
  }
  return {
    present: !!host,
    onRoot: host?.parentElement === document.documentElement,
    open,
    name: part('name'),
    type: part('type'),
    description: part('description'),
    summary: part('summary'),
    sourceUrl: card?.querySelector('[data-part="source"]')?.getAttribute('href') ?? '',
    why: part('why'),
    facts: part('facts').replace(/\s+/gu, ' '),
  };
}

export interface ListedEntity {
  name: string;
  type: string;
  description: string;
}

/** The side panel's entity list (`[data-part="entities"] > li`), as text. */
export function readSidePanel(): ListedEntity[] {
  const items = document.querySelectorAll('[data-part="entities"] > li');
  return Array.from(items, (item) => {
    const part = (name: string) => (item.querySelector(`[data-part="${name}"]`)?.textContent ?? '').trim();
    return { name: part('name'), type: part('type'), description: part('description') };
  });
}

export interface SwitchState {
  found: boolean;
  checked: boolean;
  disabled: boolean;
  role: string | null;
  /** Where a reader would click to flip it: the input if it is visible, else its label. */
  clickX: number;
  clickY: number;
}

/** The popup's on/off switch `input#enabled`. */
export function readSwitch(): SwitchState {
  const input = document.querySelector<HTMLInputElement>('input#enabled');
  if (!input) return { found: false, checked: false, disabled: true, role: null, clickX: 0, clickY: 0 };
  const box = input.getBoundingClientRect();
  const inputVisible =
    box.width >= 8 &&
    box.height >= 8 &&
    (typeof input.checkVisibility !== 'function' ||
      input.checkVisibility({ opacityProperty: true, visibilityProperty: true }));
  const target = inputVisible ? box : (input.labels?.[0]?.getBoundingClientRect() ?? box);
  return {
    found: true,
    checked: input.checked,
    disabled: input.disabled,
    role: input.getAttribute('role'),
    clickX: target.x + Math.min(target.width / 2, 20),
    clickY: target.y + target.height / 2,
  };
}

/**
 * The text of the page outside every `<article>` (including hidden menus: a content script sees those too),
 * for checking that the fixture really names things outside the article.
 */
export function textOutsideArticle(): string {
  const parts: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest('article, script, style')
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push((node as Text).data);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/**
 * Compares the live body with a fresh parse of the page's own HTML (fetched again from the server): equal
 * means the extension changed nothing in the page's DOM. Returns the first differing line, or null.
 */
export async function bodyDiffersFromSource(): Promise<string | null> {
  const response = await fetch(location.href, { cache: 'no-store' });
  const parsed = new DOMParser().parseFromString(await response.text(), 'text/html');
  // Serialise through the same path on both sides.
  const serialise = (body: HTMLElement) => new XMLSerializer().serializeToString(body).split('\n');
  const live = serialise(document.body);
  const source = serialise(parsed.body);
  const length = Math.max(live.length, source.length);
  for (let i = 0; i < length; i++) {
    if (live[i] !== source[i])
      return `line ${i + 1}: live ${JSON.stringify(live[i])} vs source ${JSON.stringify(source[i])}`;
  }
  return null;
}

/** Anything with an `evaluate(expression)`: a Playwright or Puppeteer Page. */
export interface Evaluator {
  evaluate(expression: string): Promise<unknown>;
  /**
   * Runs `declaration` (a function of one JSON string, `this` = the card's closed shadow root) and returns its
   * string, or null without a card: the Firefox harness's way in (card-root.ts); Playwright pages go through CDP.
   */
  callOnCardRoot?(declaration: string, json: string): Promise<string | null>;
}

/** In the page: resolves once the card's entry animation (a 2 px nudge) has finished, so its box can be measured. */
export function popoverSettled(root: ShadowRoot | null): Promise<boolean> {
  if (!root) return Promise.resolve(false);
  return Promise.all(root.getAnimations().map((animation) => animation.finished)).then(() => true);
}

/**
 * Runs a self-contained function in the page's main world with JSON-serialisable arguments. The function is
 * sent as source text; `__name` is defined as a no-op because esbuild's keepNames (used by some TypeScript
 * runners) inserts calls to it that would not exist in the page.
 */
export async function inPage<A extends unknown[], R>(
  page: Evaluator,
  fn: (...args: A) => R,
  ...args: A
): Promise<Awaited<R>> {
  const call = `(${fn.toString()})(...${JSON.stringify(args)})`;
  const expression = `(() => { const __name = (target) => target; return ${call}; })()`;
  return (await page.evaluate(expression)) as Awaited<R>;
}

/** The open card as it first shows (no "More" pressed): what it holds, its height, whether it scrolls inside. */
export function readGlance(root: ShadowRoot | null): {
  parts: string[];
  facts: number;
  height: number;
  scrolls: boolean;
  more: string | null;
} {
  const frame = root?.querySelector<HTMLElement>('.popover');
  const parts = [...(frame?.querySelectorAll('[data-part]') ?? [])].map((el) =>
    el.getAttribute('data-part')!,
  );
  return {
    parts,
    facts: frame?.querySelectorAll('[data-part="facts"] li').length ?? 0,
    height: Math.round(frame?.getBoundingClientRect().height ?? 0),
    scrolls: frame ? frame.scrollHeight > frame.clientHeight + 1 : false,
    more: frame?.querySelector('[data-part="more"]')?.getAttribute('aria-expanded') ?? null,
  };
}
