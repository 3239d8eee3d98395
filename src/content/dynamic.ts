/**
 * Watches the page for what arrives after the first annotation: paragraphs added to the article (lazy loading,
 * live blogs), a single-page-app navigation (new URL, or the article element replaced). Mutation records are
 * only queued in the observer callback; the work happens in idle time, one batch at a time.
 */
import { isCardHost } from './popover/mount';
import { isLayerNode, MARK_TAG } from './wrap-layer';

export interface WatchOptions {
  /** The article element; null while the page has no article yet (its paragraphs may still arrive). */
  root: Element | null;
  /** Elements added inside the article, outermost only, in no particular order. */
  onAdded(elements: Element[]): void;
  /** Nodes were removed inside the article: drop the highlights of text that left the page. */
  onRemoved?(): void;
  /** The page now shows another article (or its first one): annotate from scratch. */
  onNavigate(): void;
  /** Changes made before this watch began (the boot script's record of them), handled as if watched. */
  earlier?: readonly MutationRecord[];
  doc?: Document;
}

/** The longest the page may wait for idle time before a queued batch is processed anyway. */
const IDLE_TIMEOUT_MS = 500;

/** The page's address without the fragment: jumping to an anchor is not a navigation. */
function pageAddress(): string {
  return location.href.replace(/#.*$/, '');
}

function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(callback, 50);
  return () => clearTimeout(handle);
}

/**
 * The stories a page appended beside its article as the reader scrolled (infinite scroll): `<article>`s added next
 * to an `<article>` root, inside its parent. Only for an `<article>` root: a root guessed from paragraph density
 * has no such sign, and a sibling of it may be anything (comments, adverts).
 */
function nextStories(root: Element, added: Element): Element[] {
  const parent = root.parentElement;
  if (root.localName !== 'article' || !parent?.contains(added) || added.contains(root)) return [];
  const outermost = (story: Element) => !story.parentElement?.closest('article');
  // Inside a story appended before (its paragraphs loading late), or the story itself.
  const story = added.closest('article');
  if (story) return story !== root && outermost(story) ? [added] : [];
  return [...added.querySelectorAll('article')].filter(outermost);
}

export function watchPage({
  root,
  onAdded,
  onRemoved,
  onNavigate,
  earlier = [],
  doc = document,
}: WatchOptions): () => void {
  const address = pageAddress();
  let queue: MutationRecord[] = [...earlier];
  let cancelIdle: (() => void) | null = null;

  const process = () => {
    cancelIdle = null;
    const records = queue;
    queue = [];
    if (pageAddress() !== address || (root && !root.isConnected) || !root) return onNavigate();
    const added = new Set<Element>();
    if (records.some((record) => record.removedNodes.length > 0)) onRemoved?.();
    for (const record of records) {
      for (const node of record.addedNodes) {
        // The wrapping layer's marks and split text are our own change, not the page's new words.
        if (isLayerNode(node)) continue;
        const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
        if (!element || isCardHost(element) || element.closest(MARK_TAG)) continue;
        if (root.contains(element)) added.add(element);
        else for (const story of nextStories(root, element)) added.add(story);
      }
    }
    // Outermost only: a paragraph inside an added section is annotated with the section.
    const outermost = [...added].filter(
      (element) => ![...added].some((other) => other !== element && other.contains(element)),
    );
    if (outermost.length > 0) onAdded(outermost);
  };

  const observer = new MutationObserver((records) => {
    // One by one: a page that adds 200,000 nodes at once hands over as many records (no spread into a call).
    for (const record of records) queue.push(record);
    cancelIdle ??= whenIdle(process);
  });
  // The document itself, not its body: a page that swaps its <body> or calls document.open() replaces what a
  // watch on the body would see (issue #22: such a page was never annotated again).
  observer.observe(doc, { childList: true, subtree: true });
  if (queue.length > 0) cancelIdle = whenIdle(process);
  // History navigations that change nothing in the DOM at first still change the address.
  const onPopState = () => {
    cancelIdle ??= whenIdle(process);
  };
  addEventListener('popstate', onPopState);
  // A page back from the back/forward cache is started over by the article script's lifecycle (page-lifecycle.ts),
  // watched or not.

  return () => {
    observer.disconnect();
    removeEventListener('popstate', onPopState);
    cancelIdle?.();
    queue = [];
  };
}
