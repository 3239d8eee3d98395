/**
 * The cast: the article's names grouped by type, one line each (name, type, a one-line description, how often the
 * article names it), so who is who fits on one screen. A name opens its whole card in place; "Show in article"
 * scrolls the page to it. Each group is a section a screen reader can use as a table of contents.
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../../core/kb/schema';
import { EntityCard } from '../../ui/EntityCard';
import { inLanguage, t, typeLabel } from '../../ui/i18n';
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
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const toggle = (id: string) =>
    setOpen((before) => {
      const after = new Set(before);
      if (!after.delete(id)) after.add(id);
      return after;
    });
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
              {group.entities.map(({ card, mentions }) => {
                const expanded = open.has(card.id) || card.id === selectedId;
                const detailsId = `cast-details-${card.id}`;
                return (
                  <li
                    key={card.id}
                    class={`cast card--${card.type}${card.id === selectedId ? ' panel__item--selected' : ''}`}
                    data-entity={card.id}
                    lang={lang}
                  >
                    <div class="cast__row">
                      <button
                        type="button"
                        class="cast__name"
                        data-part="name"
                        aria-expanded={expanded}
                        aria-controls={detailsId}
                        onClick={() => toggle(card.id)}
                      >
                        {inLanguage(card.labels, lang)}
                      </button>
                      {/* The group's heading shows the type; a screen reader hears it with the name. */}
                      <span class="visually-hidden" data-part="type">
                        {typeLabel(card.type)}
                      </span>
                      <button
                        type="button"
                        class="link-button cast__reveal"
                        data-part="reveal"
                        onClick={() => onReveal(card.id)}
                      >
                        {t('revealInArticle')}
                      </button>
                    </div>
                    <p class="cast__line">
                      <span class="cast__count" data-part="mentions">
                        {t('mentionCount', [String(mentions)])}
                      </span>
                      {!expanded && (
                        <>
                          {' · '}
                          <span data-part="description">{inLanguage(card.descriptions, lang)}</span>
                        </>
                      )}
                    </p>
                    <div id={detailsId} class="cast__details" hidden={!expanded}>
                      {expanded && <EntityCard card={card} lang={lang} published={published} />}
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </div>
    </section>
  );
}
