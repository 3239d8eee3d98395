/**
 * The peer extensions the page and scale benches measure ours beside, each written to a temporary directory: an empty
 * content script, one that reads the paragraphs, and the floor extension of issue #19's budgets.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The user-timing mark of the floor extension's first reply, in its worker. */
export const FLOOR_FIRST_REPLY = 'floor-first-reply';

/**
 * An extension with one empty content script on every page, as ours is declared (document_end, all http(s) pages),
 * and an empty service worker: the peer for what our content script itself costs, apart from what injecting any
 * content script costs this Chromium.
 *
 * Session 4, this VM: ours made the load event 18–80 ms later than the empty one did. The empty one was within
 * -14 to +52 ms of a browser without extensions. In load minus DOMContentLoaded, it took 82 ms against 7 ms for an
 * extension with no content script at all.
 */
export async function emptyContentScriptExtension(): Promise<string> {
  return peerExtension('Empty content script', '');
}

/**
 * The floor of a page without an article: a content script (declared as ours is) that reads the text of every
 * paragraph, the least any search for an article does, and nothing else (what touching the DOM at all costs:
 * decision 23, session 23).
 */
export async function readingContentScriptExtension(): Promise<string> {
  return peerExtension(
    'Read the paragraphs',
    `let chars = 0;
for (const paragraph of document.querySelectorAll('p')) chars += paragraph.textContent.length;
globalThis.paragraphChars = chars;`,
  );
}

/**
 * An extension whose one content script, `content`, runs on every page as ours does (document_end, all http(s)
 * pages), with a service worker (`worker`, empty by default) as ours has, which the harness also waits for.
 */
async function peerExtension(name: string, content: string, worker = ''): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'backstory-peer-extension-'));
  const manifest = {
    manifest_version: 3,
    name,
    version: '1.0',
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_end' }],
  };
  await writeFile(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
  await writeFile(path.join(dir, 'worker.js'), worker);
  await writeFile(path.join(dir, 'content.js'), content);
  return dir;
}

/**
 * The floor extension of issue #19's budget: a content script on every page (document_end, as ours) that sends the
 * article's text to its service worker and paints the one range the answer names with the Highlight API. What any
 * extension that annotates in its background pays between its content script's start and its first highlight.
 */
export async function floorExtension(): Promise<string> {
  const content = `const root = document.querySelector('article') ?? document.body;
chrome.runtime.sendMessage({ text: root.textContent }).then(({ end }) => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let node = walker.nextNode();
  while (node && node.data.length < end) node = walker.nextNode();
  if (!node) return;
  const range = document.createRange();
  range.setStart(node, 0);
  range.setEnd(node, end);
  CSS.highlights.set('floor', new Highlight(range));
});`;
  // Its first reply is marked as ours is (first-answer-marks.ts): the floor of a woken worker's start → first reply.
  const worker = `chrome.runtime.onMessage.addListener((message, sender, reply) => {
  reply({ end: Math.min(5, message.text.length) });
  if (performance.getEntriesByName('${FLOOR_FIRST_REPLY}').length === 0) performance.mark('${FLOOR_FIRST_REPLY}');
});`;
  return peerExtension('Floor: send the text, paint one range', content, worker);
}
