/**
 * A glossary of one article's names to print or keep (for a class, a newsroom, a reader who reads on paper): every
 * name the article explains, grouped by type, with its description, its facts on the article's date and its
 * source, made from the same offline cards the side panel shows. The tab is named in the address (?tab=), since
 * this page is itself the active tab once opened. Nothing leaves the browser; printing is the browser's own.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ArticleSnapshot } from '../messages';
import { request } from '../platform/browser';
import { loadSettings } from '../platform/settings-store';
import { DEFAULT_SETTINGS, type Settings } from '../settings';
import { EntityCard } from '../ui/EntityCard';
import { dayText, explanationLanguage, t } from '../ui/i18n';
import { groupEntities, listEntities } from '../sidepanel/entities';

type State =
  | { status: 'loading' }
  | { status: 'ready'; article: ArticleSnapshot | null; language: Settings['explanationLanguage'] };

/** The tab whose article this page shows, from its address; null when the address names none. */
export function tabOf(search: string): number | null {
  const value = new URLSearchParams(search).get('tab');
  return value !== null && /^\d+$/.test(value) ? Number(value) : null;
}

export function Glossary() {
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    const tabId = tabOf(location.search);
    const settings = loadSettings().catch(() => DEFAULT_SETTINGS);
    const article =
      tabId === null ? Promise.resolve(null) : request('getTabArticle', { tabId }).catch(() => null);
    void Promise.all([article, settings]).then(([found, { explanationLanguage: language }]) =>
      setState({ status: 'ready', article: found, language }),
    );
  }, []);
  useEffect(() => {
    if (state.status === 'ready' && state.article) document.title = t('glossaryTitle', [state.article.title]);
  }, [state]);

  if (state.status === 'loading') return <p class="glossary muted">{t('loading')}</p>;
  const { article } = state;
  if (!article) {
    return (
      <main class="glossary">
        <h1>{t('extName')}</h1>
        <p role="alert">{t('glossaryNone')}</p>
      </main>
    );
  }
  const lang = explanationLanguage(state.language, article.language);
  const groups = groupEntities(listEntities(article));
  const made = dayText(new Date().toISOString().slice(0, 10));
  return (
    <main class="glossary" data-part="glossary">
      <header class="glossary__head">
        <p class="glossary__kicker">{t('glossaryKicker')}</p>
        <h1 class="glossary__title" data-part="title">
          {article.title}
        </h1>
        <p class="muted glossary__meta">
          {article.published ? `${dayText(article.published)} · ` : ''}
          <span class="glossary__url">{article.url}</span>
        </p>
        <p class="glossary__intro">{t('glossaryIntro', [made])}</p>
        <button type="button" class="button glossary__print" data-part="print" onClick={() => window.print()}>
          {t('glossaryPrint')}
        </button>
      </header>
      {groups.map((group) => (
        <section key={group.type} class="glossary__group" data-type={group.type}>
          <h2 class="glossary__group-heading">
            {t(`group_${group.type}`)} <span class="muted">({group.entities.length})</span>
          </h2>
          <ol class="glossary__list" data-part="entries">
            {group.entities.map(({ card }) => (
              <li key={card.id} class="glossary__entry" data-entity={card.id}>
                <EntityCard card={card} lang={lang} published={article.published} detailed />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </main>
  );
}
