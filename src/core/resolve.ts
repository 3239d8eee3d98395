/**
 * From candidate matches to mentions: overlaps first (longest, then earliest), then which entity a span means and
 * whether the evidence suffices. Precision first: an ambiguous span nobody can settle is dropped, not guessed.
 */
import { findCueNear, type CueTable } from './context-cues';
import type { AliasTable } from './alias-table';
import type { CompiledAlias } from './kb/index-format';
import type { Lang } from './kb/schema';
import type { MatchCandidate, ScanResult } from './match';
import type { Mention } from './mention';

/** A mention and the words it covers in the scan, which definitions and tests of adjacency need. */
export interface ResolvedMention {
  mention: Mention;
  firstWord: number;
  lastWord: number;
}

/** One entity a span may mean, through the alias that fits best. */
interface Option {
  entityId: string;
  alias: CompiledAlias;
  /** The alias's index in the alias table. */
  index: number;
}

/** The earliest firm (unambiguous, evidence-free) mention of an entity. */
interface FirstMention {
  start: number;
  text: string;
}

/**
 * Non-overlapping spans: the longest candidate wins ("Syrisch Observatorium voor de Mensenrechten" over "Syrisch"),
 * then the earliest. A winner blocks shorter spans inside it even if it is later dropped, for precision.
 */
export function selectSpans(candidates: readonly MatchCandidate[]): MatchCandidate[] {
  const byPriority = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: MatchCandidate[] = [];
  const taken = new Set<number>();
  for (const candidate of byPriority) {
    let free = true;
    for (let w = candidate.firstWord; w <= candidate.lastWord && free; w++) free = !taken.has(w);
    if (!free) continue;
    for (let w = candidate.firstWord; w <= candidate.lastWord; w++) taken.add(w);
    chosen.push(candidate);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/** Ranks the aliases of one entity on one span: plain names over needsContext ones, then the article's language. */
function aliasRank(alias: CompiledAlias, language: Lang | undefined): number {
  return (
    (alias.needsContext ? 0 : 8) +
    (alias.lang === language ? 4 : 0) +
    (alias.caseSensitive ? 2 : 0) +
    (alias.demonym ? 0 : 1)
  );
}

function optionsOf(span: MatchCandidate, aliases: AliasTable, language: Lang | undefined): Option[] {
  const options: Option[] = [];
  for (const index of span.aliases) {
    const alias = aliases.get(index);
    const existing = options.find((option) => option.entityId === alias.entityId);
    if (!existing) options.push({ entityId: alias.entityId, alias, index });
    else if (aliasRank(alias, language) > aliasRank(existing.alias, language)) {
      existing.alias = alias;
      existing.index = index;
    }
  }
  return options;
}

/** Settles a span with several entities: case-sensitive exact forms, then entities already named, then language. */
function chooseOption(options: Option[], start: number, named: Map<string, FirstMention>, language?: Lang) {
  let pool = options;
  const narrow = (keep: (option: Option) => boolean) => {
    const kept = pool.filter(keep);
    if (kept.length > 0) pool = kept;
  };
  narrow((option) => option.alias.caseSensitive);
  narrow((option) => (named.get(option.entityId)?.start ?? Infinity) < start);
  if (language) narrow((option) => option.alias.lang === language);
  return pool.length === 1 ? pool[0] : undefined;
}

/** Links the spans of `scan` to entities; definitions ("… (SOHR)") are added afterwards by addDefinitions. */
export function resolveMentions(
  scan: ScanResult,
  aliases: AliasTable,
  cues: CueTable,
  language?: Lang,
): ResolvedMention[] {
  const spans = selectSpans(scan.candidates).map((span) => ({
    span,
    options: optionsOf(span, aliases, language),
  }));
  const named = new Map<string, FirstMention>();
  const namedInFull = new Map<string, FirstMention>();
  for (const { span, options } of spans) {
    const only = options.length === 1 ? options[0] : undefined;
    if (!only || only.alias.needsContext) continue;
    const first = { start: span.start, text: scan.original.slice(span.start, span.end) };
    if (!named.has(only.entityId)) named.set(only.entityId, first);
    if (!only.alias.demonym && !namedInFull.has(only.entityId)) namedInFull.set(only.entityId, first);
  }

  const resolved: ResolvedMention[] = [];
  for (const { span, options } of spans) {
    const option = options.length === 1 ? options[0] : chooseOption(options, span.start, named, language);
    if (!option) continue;
    const { alias, entityId } = option;
    let why: Mention['why'] = {
      alias: alias.text,
      rule: alias.caseSensitive ? 'acronym' : span.variant ? 'variant' : 'name',
    };
    if (alias.needsContext) {
      const earlier = namedInFull.get(entityId);
      if (earlier && earlier.start < span.start) {
        why = { alias: alias.text, rule: 'coreference', evidence: earlier.text };
      } else {
        const cue = findCueNear(scan, cues.get(entityId), span.firstWord, span.lastWord);
        if (!cue) continue;
        why = { alias: alias.text, rule: 'context', evidence: cue };
      }
    }
    const text = scan.original.slice(span.start, span.end);
    const mention: Mention = {
      start: span.start,
      end: span.end,
      text,
      entityId,
      demonym: alias.demonym,
      why,
    };
    if (span.suffixAliases?.includes(option.index)) why.suffix = 's';
    resolved.push({ mention, firstWord: span.firstWord, lastWord: span.lastWord });
  }
  return resolved;
}
