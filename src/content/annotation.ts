/**
 * Annotating the article's text through the background: the text map of an element, cut into slices, each sent to
 * the background, which answers with what to draw (the reader's choices applied) and the cards; the layer paints it.
 * The same for the article and for paragraphs that arrive later.
 */
import type { Lang } from '../core/kb/schema';
import type { Mention } from '../core/resolve/mention';
import { request } from '../platform/browser';
import type { Settings } from '../settings';
import type { ArticleInfo } from './article';
import { retireFirstPaint } from './boot-handover';
import type { Cards } from './cards';
import { newHighlightToken } from './highlight-names';
import type { MentionLayer } from './layer';
import { buildTextMap, sliceTextMap, type TextMap } from './textmap';

/** A stretch of text as annotated: its map, and every mention the reader is shown there (drawn or quiet). */
export interface Segment {
  map: TextMap;
  listed: Mention[];
}

export interface Annotation {
  /** Annotates an element's text; `skipCovered`: leave out text already painted (an element added later). */
  annotate(root: Element, skipCovered: boolean): Promise<void>;
  /** What has been annotated so far, in the order it was. */
  readonly segments: readonly Segment[];
  /** Sends nothing more and paints nothing more (an answer on its way is dropped). */
  stop(): void;
}

export interface AnnotationOptions {
  article: ArticleInfo;
  settings: Settings;
  /** The language of the cards. */
  lang: Lang;
  layer: MentionLayer;
  cards: Cards;
  /** Whether this session is still the current one (a newer one may have replaced it mid-request). */
  isCurrent(): boolean;
}

/**
 * The most text annotated in one message and painted in one task: about 60 pages of prose, far more than any news
 * article, so a real article is one slice and a huge page is several (content/textmap.ts sliceTextMap).
 */
const SLICE_CHARS = 200_000;

export function createAnnotation({
  article,
  settings,
  lang,
  layer,
  cards,
  isCurrent,
}: AnnotationOptions): Annotation {
  const segments: Segment[] = [];
  /** This session, for the background's record of the tab's article (background/article-results.ts). */
  const sessionId = newHighlightToken();
  /** The first stretch starts the background's record of the tab's article afresh. */
  let first = true;
  let stopped = false;
  const live = () => !stopped && isCurrent();

  /** One slice of an article's text: annotated in the background, painted here as it says. */
  const annotateSlice = async (map: TextMap) => {
    if (map.text.trim().length === 0) return;
    const isFirst = first;
    first = false;
    const result = await request('annotate', {
      text: map.text,
      language: article.language,
      published: article.published,
      cardLanguage: lang,
      disabledPacks: settings.disabledPacks,
      settings,
      session: sessionId,
      first: isFirst,
      title: article.headline ?? document.title,
      drawn: [...layer.entityIds()],
    });
    if (!live()) return;
    cards.add(result.cards, result.partial === true);
    segments.push({ map, listed: result.mentions });
    // The later mentions are not drawn but answer a hover (issue #21: a reminder is needed exactly there).
    layer.add(
      map,
      result.mentions.filter((mention) => !mention.quiet),
      cards.known,
      result.mentions.filter((mention) => mention.quiet),
    );
    // In the same task as the layer's drawing: the boot script's first highlights go as these come.
    retireFirstPaint();
  };

  return {
    async annotate(root, skipCovered) {
      const whole = buildTextMap(root, skipCovered ? (node) => layer.covers(node) : undefined);
      for (const map of sliceTextMap(whole, SLICE_CHARS)) {
        if (!live()) return;
        await annotateSlice(map);
      }
    },
    segments,
    stop() {
      stopped = true;
    },
  };
}
