/**
 * The card lives in a closed shadow root (issue #22): the page's scripts, and so `page.evaluate`, cannot reach it.
 * The tests reach it as a browser's own tools do, through the automation protocol, which hands out closed roots:
 * Chromium's DevTools protocol (`DOM.getDocument` with `pierce`) for Playwright pages, WebDriver BiDi's node
 * serialisation (`includeShadowTree: "all"`) for Puppeteer's Firefox pages. Either way the test's function then
 * runs in the page's main world with the root as its first argument; nothing in the extension opens a door for it.
 */
import type { CDPSession, Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { inPage, type Evaluator } from './reader';

/** The attribute on the card's frame inside the root (src/content/popover/mount.ts, CARD_FRAME_ATTRIBUTE). */
const FRAME_SELECTOR = '[data-backstory-frame]';

type CardReader = Evaluator;

/** The undo note's box inside its own closed root (src/content/popover/toast.ts, TOAST_ATTRIBUTE). */
const TOAST_SELECTOR = '[data-backstory-toast]';

/**
 * The function the protocols call with `this` = a closed root: the test's function, arguments as JSON; null from
 * a root that does not hold `selector` (the card's and the undo note's roots are told apart by what they hold).
 */
function declarationOf(fn: string, selector: string): string {
  return `function (json) {
    const __name = (target) => target;
    if (!this.querySelector(${JSON.stringify(selector)})) return null;
    return Promise.resolve((${fn})(this, ...JSON.parse(json))).then((v) => JSON.stringify({ v: v === undefined ? null : v }));
  }`;
}

/**
 * Runs a self-contained function with the card's shadow root (null when no card was ever opened on the page) and
 * JSON-serialisable arguments; returns its JSON-serialisable result.
 */
export function inCard<A extends unknown[], R>(
  page: CardReader,
  fn: (root: ShadowRoot | null, ...args: A) => R,
  ...args: A
): Promise<Awaited<R>> {
  return inClosedRoot(FRAME_SELECTOR, page, fn, ...args);
}

/** As inCard, with the undo note's root (null when no note is shown). */
export function inToast<A extends unknown[], R>(
  page: CardReader,
  fn: (root: ShadowRoot | null, ...args: A) => R,
  ...args: A
): Promise<Awaited<R>> {
  return inClosedRoot(TOAST_SELECTOR, page, fn, ...args);
}

/**
 * How many of our closed roots hold `selector` (two cards open: the docked one and another). Each root's function
 * counts in the page's main world and answers null, so the protocol callers go on to the next root.
 */
export async function countCardRoots(page: CardReader, selector: string): Promise<number> {
  const reader = page.callOnCardRoot ?? chromiumCaller(page) ?? puppeteerCaller(page);
  if (!reader) return 0;
  await inPage(page, () => {
    (window as unknown as { __backstoryRoots: number }).__backstoryRoots = 0;
  });
  await reader(
    `function () {
      if (this.querySelector(${JSON.stringify(FRAME_SELECTOR)}) && this.querySelector(${JSON.stringify(selector)}))
        window.__backstoryRoots = (window.__backstoryRoots || 0) + 1;
      return null;
    }`,
    '[]',
  );
  return inPage(page, () => (window as unknown as { __backstoryRoots: number }).__backstoryRoots);
}

async function inClosedRoot<A extends unknown[], R>(
  selector: string,
  page: CardReader,
  fn: (root: ShadowRoot | null, ...args: A) => R,
  ...args: A
): Promise<Awaited<R>> {
  const json = JSON.stringify(args);
  const reader = page.callOnCardRoot ?? chromiumCaller(page) ?? puppeteerCaller(page);
  const answer = reader ? await reader(declarationOf(fn.toString(), selector), json) : null;
  if (answer !== null) return (JSON.parse(answer) as { v: Awaited<R> }).v;
  return inPage(page, fn as (root: null, ...rest: A) => R, null, ...args);
}

const sessions = new WeakMap<object, Promise<CDPSession>>();

interface CdpNode {
  nodeId: number;
  nodeType: number;
  nodeName: string;
  children?: CdpNode[];
  shadowRoots?: (CdpNode & { shadowRootType?: string })[];
}

/** For a Playwright (Chromium) page: the closed roots of `<html>`'s children, through the DevTools protocol. */
export function chromiumCaller(page: Evaluator): CardReader['callOnCardRoot'] | null {
  const playwright = page as Partial<PlaywrightPage>;
  if (typeof playwright.context !== 'function') return null;
  return async (declaration, json) => {
    let session = sessions.get(page);
    if (!session) {
      session = playwright.context!().newCDPSession(page as PlaywrightPage);
      sessions.set(page, session);
    }
    const cdp = await session;
    const { root } = (await cdp.send('DOM.getDocument', { depth: 3, pierce: true })) as { root: CdpNode };
    // The element (not the doctype, also named "html"): upper case in an HTML document, as written in XHTML.
    const html = root.children?.find((node) => node.nodeType === 1 && node.nodeName.toLowerCase() === 'html');
    for (const child of html?.children ?? []) {
      for (const shadow of child.shadowRoots ?? []) {
        if (shadow.shadowRootType !== 'closed') continue;
        const { object } = await cdp.send('DOM.resolveNode', { nodeId: shadow.nodeId });
        if (!object.objectId) continue;
        const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId,
          functionDeclaration: declaration,
          arguments: [{ value: json }],
          returnByValue: true,
          awaitPromise: true,
        });
        if (exceptionDetails)
          throw new Error(`in the card: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
        if (typeof result.value === 'string') return result.value;
      }
    }
    return null;
  };
}

interface BidiNode {
  type: string;
  sharedId?: string;
  value?: { shadowRoot?: BidiNode | null; mode?: string };
}

interface BidiResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text?: string };
}

/** A bare Puppeteer page (not wrapped by the Firefox harness's asReaderPage). */
function puppeteerCaller(page: Evaluator): CardReader['callOnCardRoot'] | null {
  const puppeteer = page as Partial<PuppeteerPage>;
  if (typeof puppeteer.browser !== 'function' || typeof puppeteer.mainFrame !== 'function') return null;
  return firefoxCaller(page as PuppeteerPage);
}

/** For a Puppeteer (Firefox) page: the closed roots of `<html>`'s children, through WebDriver BiDi. */
export function firefoxCaller(page: PuppeteerPage): NonNullable<CardReader['callOnCardRoot']> {
  return async (declaration, json) => {
    // Puppeteer's BiDi connection and the tab's browsing context: not public API, but stable in Puppeteer 24.
    const connection = (
      page.browser() as unknown as {
        connection: { send(method: string, params: object): Promise<{ result: BidiResult }> };
      }
    ).connection;
    const context = (page.mainFrame() as unknown as { _id: string })._id;
    const target = { context };
    const children = await connection.send('script.evaluate', {
      expression: '[...document.documentElement.children]',
      target,
      awaitPromise: false,
      resultOwnership: 'none',
      serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    });
    const nodes = (children.result.result?.value ?? []) as BidiNode[];
    for (const node of nodes) {
      const shadow = node.value?.shadowRoot;
      if (!shadow?.sharedId || shadow.value?.mode !== 'closed') continue;
      const { result } = await connection.send('script.callFunction', {
        functionDeclaration: declaration,
        this: { sharedId: shadow.sharedId },
        arguments: [{ type: 'string', value: json }],
        target,
        awaitPromise: true,
        resultOwnership: 'none',
      });
      if (result.type === 'exception')
        throw new Error(`in the card: ${result.exceptionDetails?.text ?? 'exception'}`);
      if (result.result?.type === 'string') return result.result.value as string;
    }
    return null;
  };
}
