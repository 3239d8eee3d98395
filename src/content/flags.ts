/**
 * Names on the content scripts' shared global (the extension's isolated world of the frame, which the boot script
 * and the article script share and the page cannot see).
 */

/** Set by the article script once it runs: the boot script then leaves everything to it. */
export const ARTICLE_SCRIPT_FLAG = '__backstoryArticleScript';
/** Set by the boot script when the reader asked to annotate a page that does not look like an article. */
export const WHOLE_PAGE_FLAG = '__backstoryWholePage';
/**
 * Set by the boot script before it asks for the article script: the storage values it read (the settings and the
 * test-only layer switch), so the article script starts from them instead of reading storage again (50 ms of a
 * page's first highlights, measured).
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
 * Test-only: a `browser.storage.local` key that, when true at start-up, makes the content script use the wrapping
 * layer although the browser has the Highlight API, so the end-to-end tests can drive the fallback in real
 * browsers. Nothing in the extension's UI sets it.
 */
export const FORCE_WRAPPING_KEY = 'testForceWrappingLayer';

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
