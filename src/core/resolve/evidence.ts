/**
 * Weighing which entity an ambiguous name means. Each entity a span may mean is scored on what the article shows:
 * an earlier full name (coreference), a cue word nearby, related entities named elsewhere, the article's date
 * against the entity's dated facts, and the language the name is listed in. The best option is linked only when it
 * is supported and no rival with evidence of its own comes close: precision first.
 */
import type { CompiledAlias } from '../kb/index-format';
import type { EntityKnowledge } from './entity-knowledge';
import type { MentionReason } from './mention';

/**
 * Points per kind of evidence. A cue or an earlier full name each settle a name alone; a related entity named in the
 * article settles a name that known entities share, not one whose other reading is a first name; the date only ranks.
 * A cue next to the mention outweighs a related entity anywhere in the article ("de burgemeester van Anderlecht" in
 * a match report is the municipality).
 */
export const WEIGHTS = {
  /** The alias is a plain name (no needsContext): the pack's author trusts it alone. */
  plain: 1,
  /** The alias is listed in the article's language ("Georgia" in a Dutch article is the US state). */
  language: 2,
  /** The entity was named in full earlier in the article. */
  coreference: 5,
  /** A cue word of the entity stands within a few words. */
  cue: 4,
  /**
   * A place right after a locative preposition ("in Brugge"), as much as a cue. The resolver also rules out the
   * namesakes that are no place there (resolve.ts).
   */
  locative: 4,
  /** A related place right after a place's name, set off by a comma ("Hamilton, Bermuda"), as much as a cue. */
  apposition: 4,
  /**
   * A noun naming the option's kind of place right before the name or its list ("the cities of Kahramanmaras and
   * Gaziantep"), as much as a cue, and on top of one: the city of Victoria on Mahé is the Seychelles' capital.
   */
  kind: 4,
  /**
   * The option is of the class that the settled names of its list share ("Kahramanmaras, Gaziantep, Sanliurfa, …,
   * Hatay": provinces where two of them are), as much as a cue: names listed together are things of one kind.
   */
  list: 4,
  /**
   * The same name settled elsewhere in the article by evidence beside it (a cue, a kind noun, a place's preposition),
   * always to this option: one sense per article ("Argentina" beside "penalties" is the team, and so is the
   * "Argentina" two paragraphs on), as much as a cue.
   */
  discourse: 4,
  /**
   * Cues of the entity written elsewhere in the article, TOPIC_CUES of them or more: what the article is about says
   * what a name that needs context means there ("Senna" in an article that writes "Formule 1" and "Grote Prijs"), as
   * much as a related entity, and it settles a name no other entity bears, as a cue beside it does.
   */
  topic: 2,
  /** The first related entity named in the article; each further one adds `relatedMore`, up to `relatedMax`. */
  related: 2,
  relatedMore: 1,
  relatedMax: 3,
  /** The article's date falls within one of the entity's dated periods (an office, a reign). */
  date: 3,
  /**
   * The place among namesake places that is far the largest (see PROMINENCE), as much as MARGIN: it decides between
   * places the article supports alike ("nach Essen" is the German city, not the Belgian village), never against
   * more evidence from the article (a cue, a related entity, an earlier full name), and it is no support on its own.
   */
  prominence: 2,
} as const;

/**
 * When a place is far the largest of its namesakes: a population of at least `population`, and `ratio` times that of
 * every other place the name may mean. A namesake without a stated population counts as none: the generated packs
 * state one wherever a dated source gives it, which the places news names by one word mostly have. A country or a
 * territory states none, and is no smaller than a town of its name (Luxembourg, Djibouti): where one is among the
 * namesakes, no town is the largest (COUNTRY_CLASSES).
 */
export const PROMINENCE = { population: 100_000, ratio: 10 } as const;

/** The classes of a country or a territory (world.json), which outsize any town of the same name. */
export const COUNTRY_CLASSES: ReadonlySet<string> = new Set(['country', 'territory']);

/**
 * Evidence from the article (cue, coreference, related entities) a needsContext option needs when known entities
 * share its name. Alone, a needsContext name needs a cue or an earlier full name: its other reading is somebody's
 * first name or an ordinary word, which related entities say nothing against ("Sana, 34, fled Homs").
 */
export const SUPPORT = 2;
/** How far a rival that has evidence of its own must trail the winner. */
export const MARGIN = 2;

/** How many distinct cues of an entity the article must write, anywhere, to be about it. */
export const TOPIC_CUES = 3;

/** One piece of evidence, as a mention's `why` carries it. */
export type Reason = Pick<MentionReason, 'rule' | 'evidence' | 'basis'>;

/** The evidence of an option that has none: shared, since settling a firm name must not allocate. */
export const NO_REASONS: readonly Reason[] = Object.freeze([]);

/** One entity a span may mean, with the alias that fits best and the evidence found for it. */
export interface ScoredOption {
  entityId: string;
  alias: CompiledAlias;
  /** The alias's index in the alias table. */
  index: number;
  /** Evidence from the article itself: coreference, cue, related entities. */
  textual: number;
  /** Evidence next to the mention: coreference and cue. */
  local: number;
  /** Everything: textual, date, plain prior and language. */
  score: number;
  /**
   * The piece of evidence the popover's "Why highlighted?" quotes: the strongest one, or after choose() the
   * strongest one that no rival has too (a cue both presidents share does not say which one the article means).
   */
  reason?: Reason;
  /** Every piece of evidence found, strongest first. */
  reasons: readonly Reason[];
  /** Whether the evidence includes anything beyond the plain prior and language (a rival that can block). */
  hasEvidence: boolean;
  /**
   * Chosen for its evidence beside the mention over a rival that the rest of the article supports as much or more:
   * right here, but no sense to give the name's other mentions.
   */
  outscored?: boolean;
}

/** What was found for one option, before weighing. */
export interface Findings {
  /** The earlier full name, as written. */
  coreference?: string;
  /** The cue word near the mention, as written. */
  cue?: string;
  /** The locative preposition right before the mention, as written, when the option is a place. */
  locative?: string;
  /** A related place named right after the mention and a comma ("Hamilton, Bermuda"), as written. */
  apposition?: string;
  /** A settled name of the mention's list whose class the option shares, as written. */
  list?: string;
  /** The noun before the mention or its list that names the option's kind of place, as written. */
  kind?: string;
  /** The evidence that settled the same name elsewhere in the article to this option, as written. */
  discourse?: string;
  /** The entity's cues the article writes away from the mention, TOPIC_CUES or more, as written, joined. */
  topic?: string;
  /** Related entities named in the article, as written (first mention of each). */
  related: string[];
  /** Whether the article's date falls in one of the entity's periods (undefined: no date or no periods). */
  activeOnDate?: boolean;
  /** The article's date, quoted as evidence when it decides. */
  date?: string;
}

/** Scores one option from its findings; `dateCounts` is false when the article itself names one of the options. */
export function score(
  option: Pick<ScoredOption, 'entityId' | 'alias' | 'index'>,
  findings: Findings,
  language: string | undefined,
  dateCounts: boolean,
): ScoredOption {
  const related = Math.min(findings.related.length, WEIGHTS.relatedMax);
  const local =
    (findings.coreference !== undefined ? WEIGHTS.coreference : 0) +
    (findings.cue !== undefined ? WEIGHTS.cue : 0) +
    (findings.locative !== undefined ? WEIGHTS.locative : 0) +
    (findings.apposition !== undefined ? WEIGHTS.apposition : 0) +
    (findings.list !== undefined ? WEIGHTS.list : 0) +
    (findings.kind !== undefined ? WEIGHTS.kind : 0);
  const textual =
    local +
    (findings.discourse !== undefined ? WEIGHTS.discourse : 0) +
    (findings.topic !== undefined ? WEIGHTS.topic : 0) +
    (related > 0 ? WEIGHTS.related + (related - 1) * WEIGHTS.relatedMore : 0);
  const date = dateCounts && findings.activeOnDate ? WEIGHTS.date : 0;
  const total =
    textual +
    date +
    (option.alias.needsContext ? 0 : WEIGHTS.plain) +
    (language !== undefined && option.alias.lang === language ? WEIGHTS.language : 0);
  const reasons: Reason[] = [];
  if (findings.locative !== undefined)
    reasons.push({ rule: 'context', evidence: findings.locative, basis: 'cue' });
  if (findings.coreference !== undefined)
    reasons.push({ rule: 'coreference', evidence: findings.coreference });
  if (findings.cue !== undefined) reasons.push({ rule: 'context', evidence: findings.cue, basis: 'cue' });
  if (findings.kind !== undefined) reasons.push({ rule: 'context', evidence: findings.kind, basis: 'cue' });
  if (findings.apposition !== undefined)
    reasons.push({ rule: 'context', evidence: findings.apposition, basis: 'related' });
  if (findings.list !== undefined) reasons.push({ rule: 'context', evidence: findings.list, basis: 'list' });
  if (findings.discourse !== undefined)
    reasons.push({ rule: 'context', evidence: findings.discourse, basis: 'discourse' });
  if (findings.topic !== undefined)
    reasons.push({ rule: 'context', evidence: findings.topic, basis: 'topic' });
  if (findings.related.length > 0)
    reasons.push({ rule: 'context', evidence: findings.related[0], basis: 'related' });
  if (date > 0) reasons.push({ rule: 'context', evidence: findings.date, basis: 'date' });
  const { entityId, alias, index } = option;
  const hasEvidence = textual + date > 0;
  return { entityId, alias, index, textual, local, score: total, reason: reasons[0], reasons, hasEvidence };
}

/**
 * The options with the prior of the largest place added (WEIGHTS.prominence), where one of the place options is far
 * the largest of them (PROMINENCE). Options that are no place neither gain nor count.
 */
export function withProminence(
  options: readonly ScoredOption[],
  knowledge: Pick<EntityKnowledge, 'isPlace' | 'population'> & Partial<Pick<EntityKnowledge, 'classes'>>,
): readonly ScoredOption[] {
  if (options.length < 2) return options;
  const places = options.filter((option) => knowledge.isPlace(option.entityId));
  if (places.length < 2) return options;
  const country = (option: ScoredOption) =>
    (knowledge.classes?.(option.entityId) ?? []).some((id) => COUNTRY_CLASSES.has(id));
  if (places.some(country)) return options;
  const sizes = places.map((option) => knowledge.population(option.entityId) ?? 0);
  const first = Math.max(...sizes);
  const largest = places[sizes.indexOf(first)] as ScoredOption;
  const second = Math.max(...sizes.filter((_, k) => places[k] !== largest));
  if (first < PROMINENCE.population || first < PROMINENCE.ratio * second) return options;
  // Only between places the article supports alike: a related entity named in it outweighs size ("the premier of
  // Bermuda spoke in Hamilton").
  if (places.some((option) => option !== largest && option.textual > largest.textual)) return options;
  return options.map((option) =>
    option === largest ? { ...option, score: option.score + WEIGHTS.prominence } : option,
  );
}

/**
 * The option to link, or undefined: the highest score, supported (a plain name; a needsContext one with evidence
 * from the article of at least SUPPORT, or alone with local evidence or the same name settled so elsewhere), unique
 * after preferring case-sensitive forms, and no rival with evidence within MARGIN of it; where some options have
 * evidence beside the mention, among those only.
 */
export function choose(all: readonly ScoredOption[]): ScoredOption | undefined {
  if (all.length === 0) return undefined;
  // Evidence beside the mention outranks evidence elsewhere in the article: "trainer van Frankrijk" is the team in
  // an article that names Nantes, related to the country.
  const beside = all.filter((option) => option.local > 0);
  const options = beside.length > 0 ? beside : all;
  const top = Math.max(...options.map((option) => option.score));
  let best = options.filter((option) => option.score === top);
  if (best.length > 1) {
    const exact = best.filter((option) => option.alias.caseSensitive);
    if (exact.length > 0) best = exact;
  }
  if (best.length !== 1) return undefined;
  const [winner] = best as [ScoredOption];
  const supported =
    all.length > 1
      ? winner.textual >= SUPPORT
      : winner.local > 0 ||
        winner.reasons.some((reason) => reason.basis === 'discourse' || reason.basis === 'topic');
  if (winner.alias.needsContext && !supported) return undefined;
  // Evidence the winner has as well gives a namesake that needs context no claim against a plain name: after "in"
  // every namesake place has the preposition, and the name the data trusts alone is meant ("in Mexico" is the
  // country, not the state or the city of that name).
  const sharedOnly = (option: ScoredOption) =>
    !winner.alias.needsContext &&
    option.alias.needsContext &&
    option.textual <= winner.textual &&
    option.reasons.every((r) =>
      winner.reasons.some((w) => w.rule === r.rule && w.basis === r.basis && w.evidence === r.evidence),
    );
  const close = options.some(
    (option) => option !== winner && option.hasEvidence && !sharedOnly(option) && option.score > top - MARGIN,
  );
  if (close) return undefined;
  const shared = (reason: Reason) =>
    options.some(
      (option) =>
        option !== winner && option.reasons.some((r) => r.rule === reason.rule && r.basis === reason.basis),
    );
  const telling = winner.reasons.find((reason) => !shared(reason));
  const outscored =
    options !== all &&
    all.some((option) => option.local === 0 && option.hasEvidence && option.score > top - MARGIN);
  if (outscored) return { ...winner, reason: telling ?? winner.reason, outscored };
  return telling && telling !== winner.reason ? { ...winner, reason: telling } : winner;
}
