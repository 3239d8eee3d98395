/**
 * The toolbar icon tells the state at a glance: the number of names explained on the tab's page, or "off"
 * when annotations are switched off (everywhere, or on that site).
 */
import type { ArticleSnapshot } from '../messages';
import { browser, t } from '../platform/browser';

const BADGE_COLOUR = '#115e59';
const BADGE_OFF_COLOUR = '#6b7280';

/** Shows the tab's count, or clears the badge when its page has no article. */
export async function showCount(tabId: number, article: ArticleSnapshot | null): Promise<void> {
  const count = article ? article.entityCount : 0;
  await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  await browser.action.setTitle({
    tabId,
    title: count > 0 ? t('badgeTitle', [String(count)]) : t('actionTitle'),
  });
}

/** Marks the icon as off, for every tab (global switch) or one tab (site switch). */
export async function showOff(tabId?: number): Promise<void> {
  const scope = tabId === undefined ? {} : { tabId };
  await browser.action.setBadgeBackgroundColor({ ...scope, color: BADGE_OFF_COLOUR });
  await browser.action.setBadgeText({ ...scope, text: t('badgeOff') });
}

/** Clears the global "off" mark when switched back on (tabs set their own counts as they annotate). */
export async function clearGlobal(): Promise<void> {
  await browser.action.setBadgeText({ text: '' });
}
