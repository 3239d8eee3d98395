/**
 * The one map of messages between the extension's parts. Both ends are typed from it, and every reply is a
 * Result rather than a thrown error, so a failure crosses the process boundary as data.
 */
import type { EntityCard, PackError } from './core/kb/index-format';
import type { Lang } from './core/kb/schema';
import type { Attribution } from './core/analysis/attribution';
import type { BBox, CountryOutline } from './core/geo';
import type { Mention } from './core/resolve/mention';
import type { HighlightKey } from './content/highlight-names';
import type { Settings } from './settings';

/**
 * One mention as the boot script draws it before the article script is there: its place in the text the boot
 * script sent, and its style (the reader's highlight style and the entity's type).
 */
export interface PaintItem {
  start: number;
  end: number;
  key: HighlightKey;
}

/** A mention the reader is shown; `quiet`: not drawn (a later mention under "first mention only"), but hoverable. */
export type PaintMention = Mention & { quiet?: boolean };

/** An entity of the article as the side panel lists it: how often it is mentioned, and where first. */
export interface ArticleEntity {
  entityId: string;
  mentions: number;
  /** Text offset of the first mention: reading order. */
  first: number;
}

/**
 * What the side panel shows of an article, and all the background keeps of it per tab (in storage.session, whose
 * quota all tabs share): bounded, whatever the page (issue #22: one 5 MB article's 126,045 mentions filled the quota
 * and broke every tab's side panel).
 */
export interface ArticleSnapshot {
  url: string;
  title: string;
  language: Lang;
  /** ISO date of publication when the page states one. */
  published: string | null;
  /** The most mentioned entities, at most SNAPSHOT_LIMITS.entities. */
  entities: ArticleEntity[];
  /** The number of distinct entities the article mentions (more than `entities` holds when it was cut). */
  entityCount: number;
  /** The cards of the entities listed, and only those. */
  cards: Record<string, EntityCard>;
  /** Sources the article cites ("volgens het SOHR"), most cited first. */
  sources: Attribution[];
  /** Name-like words the data could not explain. */
  gaps: string[];
  /** The tab it was found in (set by the background). */
  tabId?: number;
}

/** The most a snapshot holds: enough for any article a person reads, small enough for every tab's record. */
export const SNAPSHOT_LIMITS = { entities: 300, sources: 30, gaps: 60 } as const;

/** Requests handled by the background, keyed by type: what each sends and what it gets back. */
export interface BackgroundRequests {
  /**
   * Content script: the country outlines around a place, for the card's mini-map (the world stays here); with
   * `country` (ISO 3166-1 alpha-2), enough of them to show that whole country.
   */
  mapOutlines: { request: { bbox: BBox; country?: string }; response: CountryOutline[] };
  /** Content script: link the names in this article text. */
  annotate: {
    /**
     * One stretch of an article's text (the article, or paragraphs that arrived later), from the article script.
     * The background links its names, applies the reader's choices, answers with what to draw, and folds the stretch
     * into the tab's article for the side panel (background/article-results.ts).
     */
    request: {
      text: string;
      language: Lang;
      /** The article's date, which settles names like a bare "Assad" (Hafez before 2000, Bashar after). */
      published?: string | null;
      /** The language the cards are shown in (the reader's explanation language). */
      cardLanguage?: Lang;
      /** The packs the reader switched off, from the sender's settings: the worker need not read them. */
      disabledPacks?: string[];
      /** The settings the article script reads by (its choices applied here); the stored ones when absent. */
      settings?: Settings;
      /** The article script's session (one per article and settings), and whether this is its first stretch. */
      session: string;
      first: boolean;
      /** The article's title, as the side panel shows it. */
      title: string;
      /** Entities this session already drew (its "first mention only" continues over later stretches). */
      drawn?: string[];
    };
    /**
     * `mentions`: what the reader is shown, in text order (`quiet` ones not drawn). `partial`: some cards came as
     * their stubs (type, pack, names, related entities, dated periods), because the background had not read their
     * cards yet (a woken service worker answers first); ask for them with `wholeCards`.
     */
    response: { mentions: PaintMention[]; cards: Record<string, EntityCard>; partial?: boolean };
  };
  /**
   * Boot script: this frame seems to hold an article (found, not yet read as text, settings not yet read). Sent at
   * once so that a stopped worker wakes and reads its index while the page builds the text (decision 29); carries
   * nothing of the page. Followed by `firstPaint` where the reader has annotating on for the site.
   */
  articleAhead: {
    request: Record<string, never>;
    response: null;
  };
  /**
   * Boot script: this frame holds an article, whose text (as content/textmap.ts builds it), language and date are
   * these. The background annotates it, keeps the annotation for the article script's first `annotate`, and
   * answers with what the boot script draws meanwhile (decision 22). Followed by `articleFound`.
   */
  firstPaint: {
    request: {
      text: string;
      language: Lang;
      published?: string | null;
      disabledPacks?: string[];
      /**
       * The settings as the boot script read them from storage (unvalidated: the background parses them), so the
       * first paint follows the reader's choices without the worker reading storage.
       */
      settings?: unknown;
    };
    response: { paint: PaintItem[] } | null;
  };
  /**
   * Boot script: this frame holds an article (or the reader asked to annotate it anyway): inject the article script.
   * With `articleAhead` and `firstPaint` before it, the only requests a page's boot script makes, and only then.
   */
  articleFound: {
    /** This page's highlight token (content/highlight-names.ts): the stylesheet is written for its names. */
    request: { highlightToken: string };
    response: null;
  };
  /** Content script: the whole cards of these entities in `lang`, after an `annotate` reply with partial ones. */
  wholeCards: {
    request: { ids: string[]; lang: Lang; disabledPacks?: string[] };
    response: Record<string, EntityCard>;
  };
  /**
   * Content script: this tab has no article (now); its article, when it has one, the background knows from the
   * `annotate` requests.
   */
  reportArticle: {
    /** `off`: annotations are switched off for this page (everywhere, or on its site), not merely no article. */
    request: { off?: boolean };
    response: null;
  };
  /**
   * Article script: take this frame's highlight stylesheet out (`present: false`, the reader switched the site off)
   * or put it back (`present: true`, switched on again), so a switched-off page carries no trace of us.
   */
  highlightStyles: { request: { highlightToken: string; present: boolean }; response: null };
  /** Side panel: the article of the tab the reader is looking at. */
  getActiveArticle: { request: Record<string, never>; response: ArticleSnapshot | null };
  /** Glossary page: the article of one tab (null when it has none, or has left it). */
  getTabArticle: { request: { tabId: number }; response: ArticleSnapshot | null };
  /** Popup: the hostname of a tab (null when not a web page) and how many entities its article names. */
  getTabStatus: { request: { tabId: number }; response: TabStatus };
  /** Options: every pack, bundled and imported, in the order the annotator uses them. */
  listPacks: { request: Record<string, never>; response: PackInfo[] };
  /**
   * Options: validate a pack (parsed JSON in the pack format) against the bundled and imported ones and store
   * it; nothing is stored when there is any error.
   */
  importPack: { request: { fileName: string; data: unknown }; response: ImportResult };
  /** Options: an imported pack as it was stored, for download. */
  exportPack: { request: { id: string }; response: { fileName: string; json: string } };
  /** Options: forget an imported pack. */
  removePack: { request: { id: string }; response: null };
}

/** What the popup shows about the active tab. */
export interface TabStatus {
  hostname: string | null;
  /** Distinct entities in the tab's article; null when it has none (or annotations are off there). */
  entities: number | null;
}

/** One pack as the options page lists it. */
export interface PackInfo {
  id: string;
  title: Partial<Record<Lang, string>>;
  license: string;
  entities: number;
  /** The date of the pack's data (its statements' latest `asOf`), when it has dated statements. */
  asOf?: string;
  /** Shipped with the extension (cannot be removed, only switched off) or imported by the reader. */
  bundled: boolean;
  /** ISO date and time of the import. */
  importedAt?: string;
}

/** The pack that was stored, or every error (the import changed nothing). */
export type ImportResult = { pack: PackInfo; errors: [] } | { pack: null; errors: PackError[] };

/** Broadcasts from the background to open extension pages (the side panel). */
export interface PageBroadcasts {
  articleChanged: { tabId: number };
  /** A pack was imported or removed: lists of packs are stale, and open tabs should annotate again. */
  packsChanged: Record<string, never>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export type RequestType = keyof BackgroundRequests;
export type RequestMessage<K extends RequestType = RequestType> = {
  [T in K]: { type: T; payload: BackgroundRequests[T]['request'] };
}[K];

export type BroadcastMessage = {
  [T in keyof PageBroadcasts]: { type: T; payload: PageBroadcasts[T] };
}[keyof PageBroadcasts];

const REQUEST_TYPES: readonly RequestType[] = [
  'articleAhead',
  'firstPaint',
  'articleFound',
  'annotate',
  'wholeCards',
  'reportArticle',
  'highlightStyles',
  'getActiveArticle',
  'getTabArticle',
  'mapOutlines',
  'getTabStatus',
  'listPacks',
  'importPack',
  'exportPack',
  'removePack',
];

/** Narrows an unknown runtime message to one of ours; anything else is ignored by the receivers. */
export function isRequestMessage(message: unknown): message is RequestMessage {
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof (message as { type?: unknown }).type === 'string' &&
    REQUEST_TYPES.includes((message as { type: string }).type as RequestType)
  );
}

/** Messages to a tab's content script: keyboard commands, and the side panel's "show me" and "annotate anyway". */
export type TabMessage =
  | { type: 'step'; payload: { direction: 1 | -1 } }
  | { type: 'reveal'; payload: { entityId: string } }
  | { type: 'annotateAnyway'; payload: Record<string, never> };

const TAB_MESSAGE_TYPES: ReadonlySet<string> = new Set(['step', 'reveal', 'annotateAnyway']);

/** Narrows an unknown runtime message to a tab message. */
export function isTabMessage(message: unknown): message is TabMessage {
  const type =
    typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  return typeof type === 'string' && TAB_MESSAGE_TYPES.has(type);
}

/** Background to every tab: packs were imported, removed or switched; annotate again with the new data. */
export type PacksChangedMessage = { type: 'packsChanged' };

/** Narrows an unknown runtime message to the packs-changed notice. */
export function isPacksChangedMessage(message: unknown): message is PacksChangedMessage {
  return (
    typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'packsChanged'
  );
}
