/**
 * The one map of messages between the extension's parts. Both ends are typed from it, and every reply is a
 * Result rather than a thrown error, so a failure crosses the process boundary as data.
 */
import type { EntityCard } from './core/kb/index-format';
import type { Lang } from './core/kb/schema';
import type { Mention } from './core/mention';

/** What a tab's content script found in its article: what the side panel shows. */
export interface ArticleSnapshot {
  url: string;
  title: string;
  language: Lang;
  /** ISO date of publication when the page states one. */
  published: string | null;
  mentions: Mention[];
  /** The cards of the entities mentioned, and only those. */
  cards: Record<string, EntityCard>;
}

/** Requests handled by the background, keyed by type: what each sends and what it gets back. */
export interface BackgroundRequests {
  /** Content script: link the names in this article text. */
  annotate: {
    request: { text: string; language: Lang };
    response: { mentions: Mention[]; cards: Record<string, EntityCard> };
  };
  /** Content script: this is (now) the tab's article; null when it has none or annotations are off. */
  reportArticle: { request: { article: ArticleSnapshot | null }; response: null };
  /** Side panel: the article of the tab the reader is looking at. */
  getActiveArticle: { request: Record<string, never>; response: ArticleSnapshot | null };
}

/** Broadcasts from the background to open extension pages (the side panel). */
export interface PageBroadcasts {
  articleChanged: { tabId: number };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export type RequestType = keyof BackgroundRequests;
export type RequestMessage<K extends RequestType = RequestType> = {
  [T in K]: { type: T; payload: BackgroundRequests[T]['request'] };
}[K];

export type BroadcastMessage = {
  [T in keyof PageBroadcasts]: { type: T; payload: PageBroadcasts[T] };
}[keyof PageBroadcasts];

/** Narrows an unknown runtime message to one of ours; anything else is ignored by the receivers. */
export function isRequestMessage(message: unknown): message is RequestMessage {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string' &&
    ['annotate', 'reportArticle', 'getActiveArticle'].includes((message as { type: string }).type)
  );
}
