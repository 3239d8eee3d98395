/**
 * The hover card: an EntityCard in a floating frame, with pin, close, "don't highlight" and, when the words could
 * mean another entity the data has, "Not this" with the other meanings to choose from.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { EntityCard as Card } from '../../core/kb/index-format';
import type { Lang } from '../../core/kb/schema';
import type { MentionReason } from '../../core/resolve/mention';
import { countryCode, type CountryOutline } from '../../core/geo';
import { EntityCard } from '../../ui/EntityCard';
import { MiniMap } from '../../ui/MiniMap';
import { inLanguage, t, typeLabel } from '../../ui/i18n';

export interface PopoverProps {
  card: Card;
  lang: Lang;
  /** Why the word was highlighted; absent for a card opened from "Related". */
  why?: MentionReason;
  /** The words as the article wrote them; absent for a card opened from "Related". */
  text?: string;
  /** For a place: the country outlines around it, for the offline mini-map. */
  outlines?: CountryOutline[];
  /** Entities related to this one that the reader can open from the card. */
  related: Card[];
  onOpenRelated(card: Card): void;
  published: string | null;
  pinned: boolean;
  /** Beside the word, a phone's sheet, or docked at the window's edge (a pinned card, out of the text). */
  layout: 'float' | 'sheet-bottom' | 'sheet-top' | 'dock';
  onPin(pinned: boolean): void;
  onClose(): void;
  onHide(onlyThisSite: boolean): void;
  /** Other entities the same words could mean (the mention's alternatives that have cards). */
  alternatives?: Card[];
  /** The reader picked another meaning under "Not this": relink these words to `card`. */
  onChoose?(card: Card, onlyThisSite: boolean): void;
  /** These words were relinked by the reader's own earlier choice. */
  chosen?: boolean;
}

/** The card's map: small, and zoomed out enough to show the region around one place. */
export const MAP_WIDTH = 320;
export const MAP_HEIGHT = 140;
export const MAP_MIN_SPAN = 6;

/** "Not this": the other meanings of the words, each a button, and whether the choice is for this site only. */
function DidYouMean({
  alternatives,
  lang,
  onChoose,
}: Pick<PopoverProps, 'lang'> & {
  alternatives: Card[];
  onChoose(card: Card, onlyThisSite: boolean): void;
}) {
  const [onlyThisSite, setOnlyThisSite] = useState(false);
  const group = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = group.current;
    const card = element?.closest<HTMLElement>('.popover');
    if (!element || !card) return;
    // Into view inside the card, which scrolls on its own; never scroll the page (that would close the card).
    // The choices are the card's last part: show them whole, down to the card's own padding.
    card.scrollTop = card.scrollHeight;
    element.querySelector<HTMLButtonElement>('button')?.focus({ preventScroll: true });
  }, []);
  return (
    <div
      ref={group}
      class="popover__choices"
      data-part="did-you-mean"
      role="group"
      aria-labelledby="backstory-did-you-mean"
    >
      <span class="popover__related-heading" id="backstory-did-you-mean">
        {t('didYouMean')}
      </span>
      {alternatives.map((other) => (
        <button
          type="button"
          key={other.id}
          class="popover__choice"
          data-part="choose"
          data-entity={other.id}
          onClick={() => onChoose(other, onlyThisSite)}
        >
          <span class="popover__choice-name">{inLanguage(other.labels, lang)}</span>
          <span class="popover__choice-about">
            {typeLabel(other.type)}
            {inLanguage(other.descriptions, lang) ? ` · ${inLanguage(other.descriptions, lang)}` : ''}
          </span>
        </button>
      ))}
      <label class="popover__check">
        <input
          type="checkbox"
          data-part="choose-site"
          checked={onlyThisSite}
          onChange={(event) => setOnlyThisSite((event.target as HTMLInputElement).checked)}
        />{' '}
        {t('hideTermOnSite')}
      </label>
    </div>
  );
}

export function Popover(props: PopoverProps) {
  const { card, lang, why, text, published, pinned, related, outlines, alternatives = [] } = props;
  const [choosing, setChoosing] = useState(false);
  // A card opens as a glance; "More" shows the rest in place. Each new entity opens as a glance again.
  const [more, setMore] = useState(false);
  useEffect(() => setMore(false), [card.id]);
  // On a phone the card is a sheet: its handle (tap or drag) makes it tall, with the whole card, or short again.
  const sheet = props.layout === 'sheet-bottom' || props.layout === 'sheet-top';
  const [tall, setTall] = useState(false);
  useEffect(() => setTall(false), [card.id]);
  const stretch = (value: boolean) => {
    setTall(value);
    if (value) setMore(true);
  };
  const handle = sheet ? (
    <SheetHandle
      tall={tall}
      edge={props.layout === 'sheet-top' ? 'bottom' : 'top'}
      onStretch={stretch}
      onDismiss={props.onClose}
    />
  ) : null;
  return (
    <>
      <div
        class={`popover popover--${props.layout} card--${card.type}${tall ? ' popover--tall' : ''}`}
        role="dialog"
        aria-labelledby="backstory-popover-name"
      >
        {props.layout === 'sheet-bottom' && handle}
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
            <PinIcon filled={pinned} />
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
          matched={text}
          published={published}
          detailed
          expanded={more}
          headingId="backstory-popover-name"
          afterDescription={
            outlines && card.coordinates ? (
              <div class="popover__map" data-part="map">
                <MiniMap
                  outlines={outlines}
                  places={[
                    {
                      id: card.id,
                      name: inLanguage(card.labels, lang) ?? card.id,
                      ...card.coordinates,
                      // A country is shaded with its name, not pinned on its capital (the point it has).
                      iso2: countryCode(card.facts),
                    },
                  ]}
                  width={MAP_WIDTH}
                  height={MAP_HEIGHT}
                  label={t('mapOfPlace', [inLanguage(card.labels, lang) ?? card.id])}
                  minSpanDegrees={MAP_MIN_SPAN}
                  // A town's outlines came for the box around its point (session.ts): fit to that. A country's
                  // came for the whole country, which the map then shows whole.
                  fitToPoints={countryCode(card.facts) === null}
                  lang={lang}
                />
              </div>
            ) : undefined
          }
        />
        <button
          type="button"
          class="popover__more"
          data-part="more"
          aria-expanded={more}
          onClick={() => setMore(!more)}
        >
          {more ? t('cardLess') : t('cardMore')}
        </button>
        {more && related.length > 0 && (
          <div class="popover__related" data-part="related">
            <span class="popover__related-heading">{t('relatedHeading')}</span>
            {related.map((other) => (
              <button
                type="button"
                key={other.id}
                class="popover__chip"
                data-entity={other.id}
                onClick={() => props.onOpenRelated(other)}
              >
                {inLanguage(other.labels, lang)}
              </button>
            ))}
          </div>
        )}
        {text !== undefined && props.chosen && (
          <p class="popover__note" data-part="chosen">
            {t('chosenMeaning', [text])}
          </p>
        )}
        {text !== undefined && (
          <div class="popover__actions">
            {props.onChoose && alternatives.length > 0 && (
              <button
                type="button"
                class="popover__action"
                data-part="not-this"
                aria-expanded={choosing}
                onClick={() => setChoosing(!choosing)}
              >
                {t('notThis')}
              </button>
            )}
            <button
              type="button"
              class="popover__action"
              data-part="hide"
              onClick={() => props.onHide(false)}
            >
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
        )}
        {choosing && props.onChoose && alternatives.length > 0 && (
          <DidYouMean alternatives={alternatives} lang={lang} onChoose={props.onChoose} />
        )}
        {props.layout === 'sheet-top' && handle}
      </div>
      {/*
        Behind a sheet, the page dims; a touch there closes the card (Escape does too). On pointerdown, not click:
        the tap that opened the card ends (its click) on this backdrop, which must not close it again.
      */}
      {sheet && (
        <div
          class="popover__backdrop"
          data-part="backdrop"
          aria-hidden="true"
          onPointerDown={props.onClose}
        />
      )}
    </>
  );
}

/** How far a drag must go, in pixels, to count: less is a tap. */
const DRAG_PX = 24;

/**
 * The grab bar of a phone sheet: a button (tap, Enter or Space: tall or short again) that a finger can also drag,
 * away from the edge to make the sheet tall, towards it to make a tall sheet short or close a short one. While
 * dragged the sheet follows the finger.
 */
function SheetHandle({
  tall,
  edge,
  onStretch,
  onDismiss,
}: {
  tall: boolean;
  /** The sheet's edge the handle is on: 'top' for a sheet along the bottom of the screen. */
  edge: 'top' | 'bottom';
  onStretch(tall: boolean): void;
  onDismiss(): void;
}) {
  const drag = useRef<{ y: number; height: number; moved: boolean } | null>(null);
  /** A drag just ended: the click that follows it is not a tap. */
  const dragged = useRef(false);
  const sheetOf = (element: Element) => element.closest<HTMLElement>('.popover');
  // Pulling away from the screen's edge grows a sheet along the bottom when the finger goes up.
  const growth = (dy: number) => (edge === 'top' ? -dy : dy);
  return (
    <button
      type="button"
      class={`popover__handle popover__handle--${edge}`}
      data-part="handle"
      aria-expanded={tall}
      aria-label={tall ? t('sheetShrink') : t('sheetExpand')}
      title={tall ? t('sheetShrink') : t('sheetExpand')}
      onPointerDown={(event) => {
        const sheet = sheetOf(event.currentTarget);
        if (!sheet) return;
        drag.current = { y: event.clientY, height: sheet.getBoundingClientRect().height, moved: false };
        event.currentTarget.setPointerCapture?.(event.pointerId);
      }}
      onPointerMove={(event) => {
        const start = drag.current;
        const sheet = sheetOf(event.currentTarget);
        if (!start || !sheet) return;
        const grown = growth(event.clientY - start.y);
        if (Math.abs(grown) < DRAG_PX && !start.moved) return;
        start.moved = true;
        sheet.style.maxHeight = `${Math.max(80, Math.min(innerHeight * 0.9, start.height + grown))}px`;
      }}
      onPointerUp={(event) => {
        const start = drag.current;
        drag.current = null;
        const sheet = sheetOf(event.currentTarget);
        if (!start?.moved || !sheet) return;
        dragged.current = true;
        sheet.style.maxHeight = '';
        const grown = growth(event.clientY - start.y);
        if (grown > DRAG_PX) onStretch(true);
        else if (tall) onStretch(false);
        else onDismiss();
      }}
      onPointerCancel={(event) => {
        drag.current = null;
        const sheet = sheetOf(event.currentTarget);
        if (sheet) sheet.style.maxHeight = '';
      }}
      onClick={() => {
        // A drag ends in a click too; only a tap (or Enter, Space) toggles.
        if (dragged.current) {
          dragged.current = false;
          return;
        }
        onStretch(!tall);
      }}
    >
      <span class="popover__grip" aria-hidden="true" />
    </button>
  );
}

/** A pushpin, outlined when the card follows the pointer and filled when it is pinned (aria-pressed says which). */
function PinIcon({ filled }: { filled: boolean }) {
  return (
    <svg
      class="popover__pin-icon"
      viewBox="0 0 16 16"
      width="14"
      height="14"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M10.2 1.5 14.5 5.8l-1.4.6-2.6 2.6.3 3.1-1.2 1.2L6.8 10.5 3 14.3l-.9-.9 3.8-3.8L3 6.8l1.2-1.2 3.1.3L9.9 3.3z"
        fill={filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        stroke-width="1.3"
        stroke-linejoin="round"
      />
    </svg>
  );
}
