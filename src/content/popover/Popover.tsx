/** The hover card: an EntityCard in a floating frame, with pin, close and "don't highlight" actions. */
import type { EntityCard as Card } from '../../core/kb/index-format';
import type { Lang } from '../../core/kb/schema';
import type { MentionReason } from '../../core/mention';
import { EntityCard } from '../../ui/EntityCard';
import { t } from '../../ui/i18n';

export interface PopoverProps {
  card: Card;
  lang: Lang;
  why: MentionReason;
  /** The words as the article wrote them. */
  text: string;
  published: string | null;
  pinned: boolean;
  onPin(pinned: boolean): void;
  onClose(): void;
  onHide(onlyThisSite: boolean): void;
}

export function Popover(props: PopoverProps) {
  const { card, lang, why, text, published, pinned } = props;
  return (
    <div class={`popover card--${card.type}`} role="dialog" aria-labelledby="backstory-popover-name">
      <div class="popover__tools">
        <button
          type="button"
          class="popover__tool"
          data-part="pin"
          aria-pressed={pinned}
          title={pinned ? t('unpinCard') : t('pinCard')}
          aria-label={pinned ? t('unpinCard') : t('pinCard')}
          onClick={() => props.onPin(!pinned)}
        >
          {pinned ? '●' : '○'}
        </button>
        <button
          type="button"
          class="popover__tool"
          data-part="close"
          title={t('closeCard')}
          aria-label={t('closeCard')}
          onClick={props.onClose}
        >
          ×
        </button>
      </div>
      <EntityCard
        card={card}
        lang={lang}
        why={why}
        published={published}
        detailed
        headingId="backstory-popover-name"
      />
      <div class="popover__actions">
        <button type="button" class="popover__action" data-part="hide" onClick={() => props.onHide(false)}>
          {t('hideTerm', [text])}
        </button>
        <button
          type="button"
          class="popover__action popover__action--quiet"
          data-part="hide-site"
          onClick={() => props.onHide(true)}
        >
          {t('hideTermOnSite')}
        </button>
      </div>
    </div>
  );
}
