/** The hover card: an EntityCard in a floating frame, labelled for assistive technology. */
import type { EntityCard as Card } from '../../core/kb/index-format';
import type { Lang } from '../../core/kb/schema';
import type { MentionReason } from '../../core/mention';
import { EntityCard } from '../../ui/EntityCard';

interface Props {
  card: Card;
  lang: Lang;
  why: MentionReason;
}

export function Popover({ card, lang, why }: Props) {
  return (
    <div class={`popover card--${card.type}`} role="dialog" aria-labelledby="backstory-popover-name">
      <EntityCard card={card} lang={lang} why={why} headingId="backstory-popover-name" />
    </div>
  );
}
