/**
 * The background: answers the typed requests of content scripts and the side panel, and keeps track of each
 * tab's article. Listeners are registered at top level so a woken service worker receives the event that woke it.
 */
import type { BackgroundRequests, RequestMessage, RequestType, Result } from '../messages';
import { isRequestMessage } from '../messages';
import { broadcast, browser } from '../platform/browser';
import { annotateText } from './annotator';
import { activeArticle, forgetTab, setTabArticle, touchTab } from './article-registry';
import type { Runtime } from 'webextension-polyfill';

type Handlers = {
  [K in RequestType]: (
    payload: BackgroundRequests[K]['request'],
    sender: Runtime.MessageSender,
  ) => Promise<BackgroundRequests[K]['response']>;
};

const handlers: Handlers = {
  annotate: ({ text, language }) => annotateText(text, language),
  reportArticle: async ({ article }, sender) => {
    const tab = sender.tab;
    if (tab?.id === undefined) throw new Error('reportArticle must come from a tab.');
    await setTabArticle(tab.id, tab.windowId ?? -1, article);
    await broadcast({ type: 'articleChanged', payload: { tabId: tab.id } });
    return null;
  },
  getActiveArticle: () => activeArticle(),
};

async function handle(message: RequestMessage, sender: Runtime.MessageSender): Promise<Result<unknown>> {
  try {
    const handler = handlers[message.type] as (p: unknown, s: Runtime.MessageSender) => Promise<unknown>;
    return { ok: true, value: await handler(message.payload, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isRequestMessage(message)) return undefined;
  return handle(message, sender);
});

browser.tabs.onActivated.addListener(({ tabId }) => {
  void touchTab(tabId).then(() => broadcast({ type: 'articleChanged', payload: { tabId } }));
});

browser.tabs.onRemoved.addListener((tabId) => {
  void forgetTab(tabId);
});
