/**
 * Who says what: the sources the article cites and how often, apart from what it is about. What each source is
 * the cast above already says, so it is not written again here.
 */
import type { EntityCard } from '../../core/kb/index-format';
import type { Lang } from '../../core/kb/schema';
import type { Attribution } from '../../core/analysis/attribution';
import { inLanguage, t } from '../../ui/i18n';
import { Section } from './Section';

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
    <Section id="sources" heading={t('sourcesHeading')} count={known.length}>
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
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
