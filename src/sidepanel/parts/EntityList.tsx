/** The entities grouped by type, filterable; each a section a screen reader can use as a table of contents. */
import { useState } from 'preact/hooks';
import type { Lang } from '../../core/kb/schema';
import { EntityCard } from '../../ui/EntityCard';
import { t } from '../../ui/i18n';
import { groupEntities, matchesFilter, type ListedEntity } from '../entities';

interface Props {
  entities: ListedEntity[];
  lang: Lang;
  published: string | null;
  /** The entity picked on the map. */
  selectedId: string | null;
  onReveal(entityId: string): void;
}

export function EntityList({ entities, lang, published, selectedId, onReveal }: Props) {
  const [query, setQuery] = useState('');
  const shown = entities.filter((entity) => matchesFilter(entity, query));
  const groups = groupEntities(shown);
  return (
    <section class="panel__section" aria-label={t('entitiesHeading')}>
      <label class="filter">
        <span class="visually-hidden">{t('filterLabel')}</span>
        <input
          type="search"
          data-part="filter"
          placeholder={t('filterLabel')}
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </label>
      {groups.length === 0 && <p class="muted">{t('filterEmpty', [query])}</p>}
      <div data-part="entities-by-type">
        {groups.map((group) => (
          <section key={group.type} class="group" data-type={group.type}>
            <h2 class="group__heading">
              {t(`group_${group.type}`)} <span class="muted">({group.entities.length})</span>
            </h2>
            <ul class="panel__list" data-part="entities">
              {group.entities.map(({ card, mentions }) => (
                <li
                  key={card.id}
                  class={card.id === selectedId ? 'panel__item panel__item--selected' : 'panel__item'}
                  data-entity={card.id}
                >
                  <EntityCard card={card} lang={lang} published={published} />
                  <div class="panel__item-foot">
                    <span class="muted">{t('mentionCount', [String(mentions)])}</span>
                    <button
                      type="button"
                      class="link-button"
                      data-part="reveal"
                      onClick={() => onReveal(card.id)}
                    >
                      {t('revealInArticle')}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
