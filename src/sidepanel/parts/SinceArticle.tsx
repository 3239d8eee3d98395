/**
 * Since this article: what the data knows changed after the article's date (an office left, a group dissolved, a
 * term begun), the latest first, at the top of the panel, so a reader of an older article sees at once what no
 * longer holds. The whole list is in "Before and after".
 */
import type { EntityCard } from '../../core/kb/index-format';
import type { Lang } from '../../core/kb/schema';
import { dayText, inLanguage, t } from '../../ui/i18n';
import { factText, sinceArticle } from '../timeline';

/** Lines shown; the others are counted. */
const SHOWN = 3;

interface Props {
  cards: EntityCard[];
  published: string | null;
  lang: Lang;
}

export function SinceArticle({ cards, published, lang }: Props) {
  const changes = sinceArticle(cards, published);
  if (changes.length === 0) return null;
  const more = changes.length - SHOWN;
  return (
    <section class="since" data-part="since" aria-labelledby="since-heading">
      <h2 id="since-heading" class="since__heading">
        {t('sinceHeading')}
      </h2>
      <ul class="since__list">
        {changes.slice(0, SHOWN).map((entry) => (
          <li key={`${entry.card.id}-${entry.date}-${entry.edge}`} data-entity={entry.card.id}>
            <time dateTime={entry.date}>{dayText(entry.date)}</time>{' '}
            {t(entry.edge === 'from' ? 'timelineFrom' : 'timelineTo', [
              inLanguage(entry.card.labels, lang) ?? entry.card.id,
              factText(entry.fact, lang),
            ])}
          </li>
        ))}
      </ul>
      {more > 0 && <p class="since__more muted">{t('sinceMore', [String(more)])}</p>}
    </section>
  );
}
