/**
 * The one wrapper over the WebExtension APIs. Everything that differs between Chromium and Firefox (side panel
 * versus sidebar) lives here, and this is the only module the surfaces import `browser` from.
 */
import browser from 'webextension-polyfill';
import type { BackgroundRequests, BroadcastMessage, RequestMessage, RequestType, Result } from '../messages';

export { browser };

/** Sends a typed request to the background and unwraps its Result; a failure becomes a rejected promise. */
export async function request<K extends RequestType>(
  type: K,
  payload: BackgroundRequests[K]['request'],
): Promise<BackgroundRequests[K]['response']> {
  const message = { type, payload } as RequestMessage<K>;
  const reply = (await browser.runtime.sendMessage(message)) as
    Result<BackgroundRequests[K]['response']> | undefined;
  if (!reply) throw new Error(`No answer to ${type}: the background did not handle it.`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/**
 * Whether this script's extension still runs. False in a content script left in a page by an update, a reload or a
 * removal of the extension: Chromium keeps such a script running with its extension's API gone.
 */
export function extensionAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/** Tells open extension pages something changed; nobody listening is not an error. */
export async function broadcast(message: BroadcastMessage): Promise<void> {
  try {
    await browser.runtime.sendMessage(message);
  } catch {
    // "Receiving end does not exist": no side panel is open.
  }
}

/**
 * Opens the side panel (Chromium) or the sidebar (Firefox) of a window. Both browsers demand a user gesture,
 * so call this synchronously from the click handler, with the window id looked up beforehand.
 */
export function openSidePanel(windowId: number): Promise<void> {
  const sidebarAction = (browser as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (sidebarAction) return sidebarAction.open();
  return chrome.sidePanel.open({ windowId });
}

/** The UI string for a key in the browser's language (see assets/static/_locales). */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * Injects the article script and its highlight styles into one frame of a tab. The styles go in as the user's
 * (origin USER): the page's document.styleSheets does not list them, so a page cannot read them to tell the
 * extension is installed.
 */
/** Inserts or removes a frame's highlight stylesheet (the same text insertCSS was given). */
export async function setFrameStyles(
  tabId: number,
  frameId: number,
  css: string,
  present: boolean,
): Promise<void> {
  const details = { target: { tabId, frameIds: [frameId] }, css, origin: 'USER' as const };
  if (present) await browser.scripting.insertCSS(details);
  else await browser.scripting.removeCSS(details);
}

export async function injectArticleScript(
  tabId: number,
  frameId: number,
  script: string,
  css: string,
): Promise<void> {
  const target = { tabId, frameIds: [frameId] };
  // Both at once, and the script without waiting for the document to be idle again (the boot script ran then).
  await Promise.all([
    browser.scripting.insertCSS({ target, css, origin: 'USER' }),
    browser.scripting.executeScript({ target, files: [script], injectImmediately: true }),
  ]);
}

/**
 * Calls the function a content script left under `name` on its shared global in the tab's top frame (the boot
 * script's hooks: content/flags.ts), in the content scripts' world: for a page whose script takes no messages.
 */
export async function callContentHook(tabId: number, name: string): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: (hook: string) => {
      const called = (globalThis as Record<string, unknown>)[hook];
      if (typeof called === 'function') (called as () => void)();
    },
    args: [name],
  });
}
