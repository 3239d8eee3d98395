/**
 * Names on the content scripts' shared global (the extension's isolated world of the frame, which the boot script
 * and the article script share and the page cannot see).
 */

/** Set by the article script once it runs: the boot script then leaves everything to it. */
export const ARTICLE_SCRIPT_FLAG = '__backstoryArticleScript';
/**
 * A function the boot script leaves on the shared global: the side panel's "annotate this page anyway" calls it
 * through scripting.executeScript when the page has no article script to take a message.
 */
export const WHOLE_PAGE_HOOK = '__backstoryAnnotateAnyway';
/** Set by the boot script when the reader asked to annotate a page that does not look like an article. */
export const WHOLE_PAGE_FLAG = '__backstoryWholePage';
/**
 * Set by the boot script before it asks for the article script: the storage values it read (the settings), so the
 * article script starts from them instead of reading storage again (50 ms of a page's first highlights, measured).
 */
export const BOOT_STORAGE_FLAG = '__backstoryBootStorage';

/**
 * Set by the boot script with the article it found (content/article.ts's ArticleInfo), so the article script's first
 * start does not look for it again; the text map is built again there, from the page as it is by then.
 */
export const BOOT_ARTICLE_FLAG = '__backstoryBootArticle';

/**
 * Set by the boot script before it asks for the article script: this page's highlight token
 * (content/highlight-names.ts), the one the background writes the highlight stylesheet for.
 */
export const HIGHLIGHT_TOKEN_FLAG = '__backstoryHighlightToken';

/**
 * The highlights the boot script drew from the background's first answer (content/first-paint.ts), by registry
 * name, or 'retired' once the article script's layer has taken over.
 */
export const FIRST_PAINT_FLAG = '__backstoryFirstPaint';

/**
 * The page's changes since the boot script asked for the article script (content/first-paint.ts's
 * recordChanges), which the article script's page watch starts from: a story appended before it was there.
 */
export const BOOT_CHANGES_FLAG = '__backstoryBootChanges';
