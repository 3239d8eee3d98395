/**
 * The side panel: the cast of the article in the tab the reader is looking at (following tab switches,
 * reloads and in-page navigations): a summary, its names by type, then (shut until opened) the map, the sources
 * it cites, what happened before and after it, and what the data could not explain.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ArticleSnapshot, BroadcastMessage, TabMessage } from '../messages';
import { browser, callContentHook, request } from '../platform/browser';
import { WHOLE_PAGE_HOOK } from '../content/flags';
import { loadSettings, watchSettings } from '../platform/settings-store';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { dayText, explanationLanguage, t } from '../ui/i18n';
import { countByType, listEntities, type ListedEntity } from './entities';
import { EntityList } from './parts/EntityList';
import { Gaps } from './parts/Gaps';
import { Sources } from './parts/Sources';
import { PlacesMap } from './parts/PlacesMap';
import { Timeline } from './parts/Timeline';
import { SinceArticle } from './parts/SinceArticle';

type State =
  | { status: 'loading' }
  | { status: 'ready'; article: ArticleSnapshot | null }
  | { status: 'error'; error: string };

async function activeTab(): Promise<number | undefined> {
  return (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
}

async function sendToActiveTab(message: TabMessage, tabId?: number): Promise<void> {
  const id = tabId ?? (await activeTab());
  if (id !== undefined) await browser.tabs.sendMessage(id, message).catch(() => undefined);
}

/**
 * "Annotate anyway": the article script takes it as a message where it runs; a page without one has only the boot
 * script, which listens to no messages (it touches no extension API on such a page), so its hook is called.
 */
async function annotateAnyway(): Promise<void> {
  const id = await activeTab();
  if (id === undefined) return;
  const message: TabMessage = { type: 'annotateAnyway', payload: {} };
  await browser.tabs
    .sendMessage(id, message)
    .catch(() => callContentHook(id, WHOLE_PAGE_HOOK))
    .catch(() => undefined);
}

function Empty() {
  return (
    <main class="panel panel--empty">
      <h1>{t('extName')}</h1>
      <p class="muted">{t('noArticle')}</p>
      <button type="button" class="button" data-part="annotate-anyway" onClick={() => void annotateAnyway()}>
        {t('annotateAnyway')}
      </button>
    </main>
  );
}

function Summary({ article, entities }: { article: ArticleSnapshot; entities: ListedEntity[] }) {
  const counts = countByType(entities)
    .map(({ type, count }) =>
      count === 1 ? t(`count_${type}_one`) : t(`count_${type}_other`, [String(count)]),
    )
    .join(', ');
  const language = t(`lang_${article.language}`);
  return (
    <header class="panel__head">
      <h1 class="panel__title">{article.title}</h1>
      <p class="muted panel__meta" data-part="meta">
        {article.published
          ? t('articleMeta', [dayText(article.published), language])
          : t('articleMetaUndated', [language])}
      </p>
      <p class="panel__count" data-part="summary">
        {t('summaryLine', [String(entities.length), counts])}
      </p>
      {article.tabId !== undefined && (
        <a
          class="panel__glossary"
          data-part="glossary"
          href={browser.runtime.getURL(`src/glossary/index.html?tab=${article.tabId}`)}
          target="_blank"
          rel="noopener"
        >
          {t('glossaryOpen')}
        </a>
      )}
    </header>
  );
}

export function SidePanel() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [selected, setSelected] = useState<string | null>(null);
  const [languageSetting, setLanguageSetting] = useState<Settings['explanationLanguage']>(
    DEFAULT_SETTINGS.explanationLanguage,
  );

  useEffect(() => {
    void loadSettings().then((settings) => setLanguageSetting(settings.explanationLanguage));
    return watchSettings((settings) => setLanguageSetting(settings.explanationLanguage));
  }, []);

  useEffect(() => {
    const refresh = () =>
      request('getActiveArticle', {}).then(
        (article) => setState({ status: 'ready', article }),
        (error: unknown) => setState({ status: 'error', error: t('actionFailed', String(error)) }),
      );
    const onMessage = (message: unknown) => {
      const type = (message as BroadcastMessage | undefined)?.type;
      if (type === 'articleChanged') void refresh();
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    void refresh();
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);

  if (state.status === 'loading') return <p class="panel muted">{t('loading')}</p>;
  if (state.status === 'error') {
    return (
      <p class="panel" role="alert">
        {state.error}
      </p>
    );
  }
  const { article } = state;
  if (!article) return <Empty />;
  // One language per screen: the panel explains in the language the cards do.
  const lang = explanationLanguage(languageSetting, article.language);
  const reveal = (entityId: string) =>
    void sendToActiveTab({ type: 'reveal', payload: { entityId } }, article.tabId);
  const entities = listEntities(article);
  const select = (entityId: string) => {
    setSelected(entityId);
    const item = document.querySelector<HTMLElement>(`[data-part="entities"] [data-entity="${entityId}"]`);
    item?.scrollIntoView({ block: 'nearest' });
    item?.querySelector<HTMLElement>('[data-part="reveal"]')?.focus({ preventScroll: true });
  };
  return (
    <main class="panel">
      <Summary article={article} entities={entities} />
      <SinceArticle cards={entities.map((e) => e.card)} published={article.published} lang={lang} />
      {/* The cast first: who is who, on one screen; the rest shut until opened, their counts in their headings. */}
      <EntityList
        entities={entities}
        lang={lang}
        published={article.published}
        selectedId={selected}
        onReveal={reveal}
      />
      <PlacesMap cards={entities.map((e) => e.card)} lang={lang} selectedId={selected} onSelect={select} />
      <Sources sources={article.sources} cards={article.cards} lang={lang} onReveal={reveal} />
      <Timeline cards={entities.map((e) => e.card)} published={article.published} lang={lang} />
      <Gaps gaps={article.gaps} />
    </main>
  );
}
