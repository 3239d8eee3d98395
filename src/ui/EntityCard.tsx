/** The explanation of one entity: name, type, short description, source. Shared by the popover and side panel. */
import type { EntityCard as Card } from '../core/kb/index-format';
import type { Lang } from '../core/kb/schema';
import type { MentionReason } from '../core/mention';
import { inLanguage, t, typeLabel } from './i18n';

interface Props {
  card: Card;
  lang: Lang;
  /** Shown as "Why highlighted?" in the popover. */
  why?: MentionReason;
  headingId?: string;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export function EntityCard({ card, lang, why, headingId }: Props) {
  const source = card.sources[0];
  return (
    <div class={`card card--${card.type}`} data-part="card" data-entity={card.id}>
      <div class="card__head">
        <span class="card__name" data-part="name" id={headingId}>
          {inLanguage(card.labels, lang)}
        </span>
        <span class="card__type" data-part="type">
          {typeLabel(card.type)}
        </span>
      </div>
      <p class="card__description" data-part="description">
        {inLanguage(card.descriptions, lang)}
      </p>
      {why && (
        <p class="card__why" data-part="why">
          {t('whyHighlighted', [why.alias])}
        </p>
      )}
      {source && (
        <a
          class="card__source"
          data-part="source"
          href={source.url}
          target="_blank"
          rel="noopener noreferrer"
        >
          {t('sourceLink', [hostOf(source.url)])}
        </a>
      )}
    </div>
  );
}
