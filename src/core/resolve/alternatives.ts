/**
 * The other entities a linked span could have meant: every entity whose name the matcher found on exactly the
 * mention's words, apart from the one chosen. Kept beside the resolver rather than inside it, so that how a span
 * is settled and what the reader may pick instead stay separate concerns.
 */
import type { AliasTable } from '../scan/alias-table';
import type { MatchCandidate } from '../scan/match';
import type { Mention } from './mention';

/** Adds `alternatives` to each mention whose span other entities also matched; returns the same mentions. */
export function addAlternatives(
  mentions: Mention[],
  candidates: readonly MatchCandidate[],
  aliases: AliasTable,
): Mention[] {
  const bySpan = new Map<string, MatchCandidate[]>();
  for (const candidate of candidates) {
    const key = `${candidate.start}:${candidate.end}`;
    const list = bySpan.get(key);
    if (list) list.push(candidate);
    else bySpan.set(key, [candidate]);
  }
  for (const mention of mentions) {
    const others = new Set<string>();
    for (const candidate of bySpan.get(`${mention.start}:${mention.end}`) ?? []) {
      for (const index of candidate.aliases) others.add(aliases.get(index).entityId);
    }
    others.delete(mention.entityId);
    if (others.size > 0) mention.alternatives = [...others];
  }
  return mentions;
}
