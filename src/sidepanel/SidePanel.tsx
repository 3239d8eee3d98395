/** The side panel: the entities of the article in the tab the reader is looking at, following tab changes. */
import { useEffect, useState } from 'preact/hooks';
import type { ArticleSnapshot, BroadcastMessage } from '../messages';
import { browser, request, t } from '../platform/browser';
import { EntityCard } from '../ui/EntityCard';
import { listEntities } from './entities';

type State =
  | { status: 'loading' }
  | { status: 'ready'; article: ArticleSnapshot | null }
  | { status: 'error'; error: string };

export function SidePanel() {
  const [state, setState] = useState<State>({ status: 'loading' });

  useEffect(() => {
    const refresh = () =>
      request('getActiveArticle', {}).then(
        (article) => setState({ status: 'ready', article }),
        (error: unknown) => setState({ status: 'error', error: String(error) }),
      );
    const onMessage = (message: unknown) => {
      if ((message as BroadcastMessage | undefined)?.type === 'articleChanged') void refresh();
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
  if (!article) {
    return (
      <main class="panel panel--empty">
        <h1>{t('extName')}</h1>
        <p class="muted">{t('noArticle')}</p>
      </main>
    );
  }
  const entities = listEntities(article);
  return (
    <main class="panel">
      <header class="panel__head">
        <h1 class="panel__title">{article.title}</h1>
        <p class="muted panel__count">{t('entityCount', [String(entities.length)])}</p>
      </header>
      <ul class="panel__list" data-part="entities" aria-label={t('entitiesHeading')}>
        {entities.map(({ card, mentions }) => (
          <li key={card.id} class="panel__item">
            <EntityCard card={card} lang={article.language} />
            <p class="muted panel__mentions">{t('mentionCount', [String(mentions)])}</p>
          </li>
        ))}
      </ul>
    </main>
  );
}
