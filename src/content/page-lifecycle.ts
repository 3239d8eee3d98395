/**
 * The page's life around the article script, handled as Dark Reader's and uBlock's content scripts handle theirs:
 *
 * - Back from the back/forward cache (`pageshow` with `persisted`): the tab showed another page meanwhile, so the
 *   background's record of the tab's article (and its icon) is that page's. The script starts over, whatever it was
 *   doing: annotating, watching a page without an article, or switched off on this site.
 * - Orphaned: an article script whose extension was updated, reloaded or removed keeps running in the page without
 *   it (Chromium leaves it there; its requests fail). It takes out everything of ours (highlights, the card, its
 *   observers) and stops listening, at the first sign: a request that failed, the reader's next move over the page,
 *   key press or return to the tab, or the page coming back from the cache. The new version's script starts afresh
 *   with the next page.
 *
 * Nothing on `unload` or `beforeunload`: a listener there keeps a page out of the back/forward cache.
 */
import { extensionAlive } from '../platform/browser';

export interface PageLifecycleOptions {
  /** The page came back from the back/forward cache, with the extension still there. */
  onRestored(): void;
  /** The extension is gone: take out everything of ours. Called once, after which nothing is heard. */
  onOrphaned(): void;
  /** Whether the extension still runs (platform/browser.ts); replaced in tests. */
  alive?(): boolean;
  win?: Window;
}

export interface PageLifecycle {
  /** Looks now whether the script is orphaned (a request failed), and leaves if so; returns whether it is. */
  leaveIfOrphaned(): boolean;
}

/** What the page does that makes an orphaned article script look at itself. */
const ORPHAN_CHECKS = ['pointerover', 'focusin', 'keydown', 'visibilitychange'] as const;

export function watchPageLifecycle({
  onRestored,
  onOrphaned,
  alive = extensionAlive,
  win = window,
}: PageLifecycleOptions): PageLifecycle {
  // Taken out one by one, not through an AbortSignal: with a signal on these window listeners, Firefox's article
  // script stopped opening the card of a later mention in the end-to-end suite (reproducibly; not understood).
  const listen = { capture: true, passive: true };
  let left = false;
  const leaveIfOrphaned = () => {
    if (left) return true;
    if (alive()) return false;
    left = true;
    for (const type of ORPHAN_CHECKS) win.removeEventListener(type, leaveIfOrphaned, true);
    win.removeEventListener('pageshow', onPageShow, true);
    onOrphaned();
    return true;
  };
  const onPageShow = (event: PageTransitionEvent) => {
    if (event.persisted && !leaveIfOrphaned()) onRestored();
  };
  for (const type of ORPHAN_CHECKS) win.addEventListener(type, leaveIfOrphaned, listen);
  win.addEventListener('pageshow', onPageShow, listen);
  return { leaveIfOrphaned };
}
