/**
 * The explanation of one entity: name, type, short description, source; in detail (the popover) also its
 * summary and key facts as they stood on the article's date. Shared by the popover and the side panel.
 */
import type { ComponentChildren } from 'preact';
import { factsAsOf, period, type Dated, type DatedFact } from '../core/resolve/facts';
import { textIn } from '../core/kb/render/values';
import type { CardFact, EntityCard as Card, FactLine } from '../core/kb/index-format';
import { PROPERTIES, PROPERTY_ORDER } from '../core/kb/vocabulary';
import type { Lang } from '../core/kb/schema';
import type { MentionReason } from '../core/resolve/mention';
import { dayText, inLanguage, t, typeLabel } from './i18n';

interface Props {
  card: Card;
  lang: Lang;
  /** Shown as "Why highlighted?" in the popover. */
  why?: MentionReason;
  /** The words as the article wrote them. */
  matched?: string;
  /** The article's publication day: facts are shown as they stood then. */
  published?: string | null;
  /** Facts as well as the short description (the popover; the side panel lists names with descriptions). */
  detailed?: boolean;
  /**
   * With `detailed`: the whole card (summary, every fact up to MAX_FACTS, the map, why, source). Without it the
   * glance a reader takes in two seconds: name, type, description and the first COMPACT_FACTS facts (issue #21).
   */
  expanded?: boolean;
  /** Shown right under the short description (the popover's mini-map). */
  afterDescription?: ComponentChildren;
  headingId?: string;
}

/** How many facts a card shows: a card is a glance, not an encyclopedia page. */
const MAX_FACTS = 4;
/** How many a compact card shows, before the reader asks for more. */
const COMPACT_FACTS = 3;

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function periodText(dated: DatedFact<Dated>, asOf?: string): string {
  const { from, to } = period(dated.fact);
  if (from && to) return from === to ? from : t('periodFromTo', [from, to]);
  // An open fact that changes (a director, a chief executive) is only as fresh as the source that confirmed it.
  const confirmed = asOf ? t('periodAsOf', [asOf.slice(0, 4)]) : undefined;
  if (from) return confirmed ? `${t('periodSince', [from])}, ${confirmed}` : t('periodSince', [from]);
  if (to) return t('periodUntil', [to]);
  return confirmed ?? '';
}

/**
 * The popover's "why highlighted" line: the words the article wrote and, for a name that needed more than its
 * spelling, what settled it (the full name, a cue nearby, a related entity, the date, the article's own definition).
 */
function whyText(why: MentionReason, matched: string | undefined, pack: string): string {
  const said = matched ?? why.alias;
  const { evidence } = why;
  if (why.rule === 'variant' && matched) return t('whyVariant', [matched, why.alias, pack]);
  if (evidence !== undefined) {
    if (why.rule === 'coreference') return t('whyCoreference', [said, evidence, pack]);
    if (why.rule === 'definition') return t('whyDefinition', [said, evidence, pack]);
    if (why.basis === 'cue') return t('whyCue', [said, evidence, pack]);
    if (why.basis === 'related') return t('whyRelated', [said, evidence, pack]);
    if (why.basis === 'list') return t('whyList', [said, evidence, pack]);
    if (why.basis === 'discourse') return t('whyDiscourse', [said, evidence, pack]);
    if (why.basis === 'topic') return t('whyTopic', [said, evidence, pack]);
    if (why.basis === 'date') return t('whyDate', [said, dayText(evidence), pack]);
  }
  return t('whyHighlighted', [said, pack]);
}

/** The facts a card shows: those the vocabulary shows as lines, in the vocabulary's order, that have a line. */
function shownFacts(card: Card, lang: Lang): { fact: CardFact; line: FactLine }[] {
  return card.facts
    .map((fact) => ({ fact, line: textIn(fact.lines, lang) }))
    .filter(
      (item): item is { fact: CardFact; line: FactLine } =>
        PROPERTIES[item.fact.property].shown && item.line !== undefined,
    )
    .sort((a, b) => PROPERTY_ORDER.get(a.fact.property)! - PROPERTY_ORDER.get(b.fact.property)!);
}

function Facts({
  card,
  lang,
  published,
  limit,
}: {
  card: Card;
  lang: Lang;
  published: string | null;
  limit: number;
}) {
  const shown = shownFacts(card, lang);
  const lines = new Map(shown.map(({ fact, line }) => [fact, line]));
  const facts = factsAsOf(
    shown.map(({ fact }) => fact),
    published,
  ).slice(0, limit);
  if (facts.length === 0) return null;
  return (
    <div class="card__facts" data-part="facts">
      <p class="card__facts-heading">{published ? t('factsHeading') : t('factsHeadingNow')}</p>
      <ul>
        {facts.map((dated, index) => {
          const { property, asOf } = dated.fact;
          const when = periodText(dated, PROPERTIES[property].volatile ? asOf : undefined);
          const line = lines.get(dated.fact)!;
          return (
            <li key={index} class={`fact fact--${dated.timing}`} data-timing={dated.timing}>
              {line.key !== undefined && <span class="fact__key">{line.key}</span>}
              {line.key !== undefined && ' '}
              <span class="fact__value">{line.value}</span>
              {when && <span class="fact__period"> ({when})</span>}
              {dated.timing === 'ended-since' && <span class="fact__note"> · {t('factEndedSince')}</span>}
              {dated.timing === 'began-since' && <span class="fact__note"> · {t('factBeganSince')}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

export function EntityCard({
  card,
  lang,
  why,
  matched,
  published = null,
  detailed = false,
  expanded = true,
  headingId,
  afterDescription,
}: Props) {
  const source = expanded ? card.sources[0] : undefined;
  const summary = detailed && expanded ? inLanguage(card.summaries, lang) : undefined;
  return (
    <div class={`card card--${card.type}`} data-part="card" data-entity={card.id} lang={lang}>
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
      {expanded && afterDescription}
      {summary && (
        <p class="card__summary" data-part="summary">
          {summary}
        </p>
      )}
      {detailed && (
        <Facts card={card} lang={lang} published={published} limit={expanded ? MAX_FACTS : COMPACT_FACTS} />
      )}
      {why && expanded && (
        <p class="card__why" data-part="why">
          {whyText(why, matched, inLanguage(card.packTitle ?? {}, lang) ?? card.packId)}
          {/* The date of the pack's data: a reader weighs a "current" fact by it. */}
          {card.packAsOf && ` ${t('whyDataAsOf', dayText(card.packAsOf))}`}
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
