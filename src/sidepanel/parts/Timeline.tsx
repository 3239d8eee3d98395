/** Dated facts of the article's entities, with the article's own date marked among them. */
import type { EntityCard } from '../../core/kb/index-format';
import type { Lang } from '../../core/kb/schema';
import { dayText, inLanguage, t } from '../../ui/i18n';
import { Section } from './Section';
import { buildTimeline, factText } from '../timeline';

interface Props {
  cards: EntityCard[];
  published: string | null;
  lang: Lang;
}

export function Timeline({ cards, published, lang }: Props) {
  const entries = buildTimeline(cards, published);
  if (entries.every((entry) => entry.kind === 'article')) return null;
  return (
    <Section
      id="timeline"
      heading={t('timelineHeading')}
      count={entries.filter((entry) => entry.kind !== 'article').length}
    >
      <ol class="timeline" data-part="timeline">
        {entries.map((entry, index) =>
          entry.kind === 'article' ? (
            <li
              key={`article-${index}`}
              class="timeline__item timeline__item--article"
              data-part="article-date"
            >
              <time dateTime={entry.date}>{dayText(entry.date)}</time> <strong>{t('timelineArticle')}</strong>
            </li>
          ) : (
            <li key={`${entry.card.id}-${index}`} class="timeline__item" data-entity={entry.card.id}>
              <time dateTime={entry.date}>{dayText(entry.date)}</time>{' '}
              {t(entry.edge === 'from' ? 'timelineFrom' : 'timelineTo', [
                inLanguage(entry.card.labels, lang) ?? entry.card.id,
                factText(entry.fact, lang),
              ])}
            </li>
          ),
        )}
      </ol>
    </Section>
  );
}
