/**
 * The reference annotators, in JavaScript alone: a compiled index's matcher built and walked in JavaScript
 * (scan/reference.ts), and the bundled index combined with imported packs by rebuilding it whole. The tests compare
 * the extension's engine with them: an annotator of a binary index walks its names in WebAssembly (from-bytes.ts),
 * and imported or switched-off packs are an overlay on it (overlay.ts), which annotates as combineIndex()'s index
 * does. The CLI's fixtures and the benchmarks use them too; the extension never does (eslint.config.js).
 */
import { annotatorFrom, type Annotator } from './annotate';
import { buildCueTable } from '../resolve/context-cues';
import { knowledgeOf } from '../resolve/entity-knowledge';
import { compilePacks } from '../kb/compile';
import type { CompiledIndex, EntityCard, PackError } from '../kb/index-format';
import { buildMatcherTables, matcherFromTables } from '../scan/match';
import { arrayAliasTable } from '../scan/alias-table';

/** Builds the matcher and the cue table of `index` once; annotate() then does one scan per text. */
export function createAnnotator(index: CompiledIndex): Annotator {
  return annotatorFrom(
    // scan/reference.ts's createMatcher: tables and walk in JavaScript.
    matcherFromTables(buildMatcherTables(index.aliases), arrayAliasTable(index.aliases)),
    arrayAliasTable(index.aliases),
    buildCueTable(index.cues),
    knowledgeOf(index.entities),
  );
}

/** A pack the reader imported, as the background stores it (background/user-packs.ts's StoredPack). */
export interface ImportedPack {
  /** The pack's id: what the reader's switched-off list names. */
  id: string;
  /** The name of the file it came from. */
  fileName: string;
  /** The validated pack, as imported. */
  pack: unknown;
}

/** The bundled index without the packs switched off. */
function withoutPacks(index: CompiledIndex, disabled: ReadonlySet<string>): CompiledIndex {
  if (disabled.size === 0) return index;
  const entities: Record<string, EntityCard> = {};
  for (const [id, card] of Object.entries(index.entities))
    if (!disabled.has(card.packId)) entities[id] = card;
  const cues: CompiledIndex['cues'] = {};
  for (const [id, words] of Object.entries(index.cues)) if (entities[id]) cues[id] = words;
  return {
    ...index,
    packs: index.packs.filter((pack) => !disabled.has(pack.id)),
    entities,
    cues,
    aliases: index.aliases.filter((alias) => entities[alias.entityId] !== undefined),
  };
}

/**
 * Bundled index (minus disabled packs) followed by the enabled imported packs, compiled by the same compiler: on an
 * id both use, the bundled entity (if its pack is on) and its cues win, and an imported pack's aliases count only
 * for its own entities. What the background rebuilt before the overlay (overlay.ts keeps these rules).
 */
export function combineIndex(
  index: CompiledIndex,
  userPacks: readonly ImportedPack[],
  disabledPacks: readonly string[],
): { index: CompiledIndex; errors: PackError[] } {
  const disabled = new Set(disabledPacks);
  const base = withoutPacks(index, disabled);
  const enabled = userPacks.filter((stored) => !disabled.has(stored.id));
  if (enabled.length === 0) return { index: base, errors: [] };
  const compiled = compilePacks(enabled.map((stored) => ({ file: stored.fileName, data: stored.pack })));
  // Packs were validated on import; should one no longer compile (a newer format), the bundled data still works.
  if (!compiled.index) return { index: base, errors: compiled.errors };
  const user = compiled.index;
  const entities = { ...base.entities };
  for (const [id, card] of Object.entries(user.entities)) if (!entities[id]) entities[id] = card;
  return {
    index: {
      ...base,
      packs: [...base.packs, ...user.packs],
      entities,
      cues: { ...user.cues, ...base.cues },
      aliases: [
        ...base.aliases,
        ...user.aliases.filter(
          (alias) => entities[alias.entityId]?.packId === user.entities[alias.entityId]?.packId,
        ),
      ],
    },
    errors: [],
  };
}
