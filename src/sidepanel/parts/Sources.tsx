/** Who says what: the sources the article cites, apart from what it is about. */
import type { EntityCard } from '../../core/kb/index-format';
import type { Lang } from '../../core/kb/schema';
import type { Attribution } from '../../core/attribution';
import { inLanguage, t } from '../../ui/i18n';

interface Props {
  sources: Attribution[];
  cards: Record<string, EntityCard>;
  lang: Lang;
  onReveal(entityId: string): void;
}

export function Sources({ sources, cards, lang, onReveal }: Props) {
  const known = sources.filter((source) => cards[source.entityId]);
  if (known.length === 0) return null;
  return (
    <section class="panel__section" aria-labelledby="sources-heading">
      <h2 id="sources-heading" class="section__heading">
        {t('sourcesHeading')}
      </h2>
      <p class="muted section__intro">{t('sourcesIntro')}</p>
      <ul class="sources" data-part="sources">
        {known.map(({ entityId, statements }) => {
          const card = cards[entityId]!;
          return (
            <li key={entityId} class="source" data-entity={entityId}>
              <button
                type="button"
                class="link-button source__name"
                data-part="name"
                onClick={() => onReveal(entityId)}
              >
                {inLanguage(card.labels, lang)}
              </button>
              <span class="muted source__count" data-part="statements">
                {statements === 1 ? t('statementCount_one') : t('statementCount_other', [String(statements)])}
              </span>
              <p class="source__kind" data-part="kind">
                {inLanguage(card.descriptions, lang)}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
