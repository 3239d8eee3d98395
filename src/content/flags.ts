/**
 * Names on the content scripts' shared global (the extension's isolated world of the frame, which the boot script
 * and the article script share and the page cannot see).
 */

/** Set by the article script once it runs: the boot script then leaves everything to it. */
export const ARTICLE_SCRIPT_FLAG = '__backstoryArticleScript';
/** Set by the boot script when the reader asked to annotate a page that does not look like an article. */
export const WHOLE_PAGE_FLAG = '__backstoryWholePage';
