/**
 * The card store (decision 16): the bundled cards in small files, read by entity id. Each shard of cards is two files
 * a screen reads: the cards without their texts (`base`: names in every language, facts' values and dates, sources)
 * and their texts in the screen's language (description, summary and fact lines, each already the text the screen
 * would fall back to). A screen reads one language, as it shows one, and a woken background reads the few kilobytes
 * of the cards an article names instead of every card of every language.
 *
 * Files: `data/cards/base/<shard>.json` and `data/cards/<lang>/<shard>.json`, objects by entity id; shard = entity
 * number / CARD_SHARD_SIZE, the entity numbers being the binary index's (sorted ids), so the background finds a
 * card's files from the index alone.
 */
import type { CardFact, CompiledIndex, EntityCard, FactLine } from './index-format';
import { textIn } from './render/values';
import { LANGUAGES, type Lang } from './schema';

/**
 * Entities per file. Measured (decision 16): at 128 a file is 50–150 KB in one language and parses in about a
 * millisecond; an article names 20–60 entities.
 */
export const CARD_SHARD_SIZE = 128;

export function cardShardOf(entityNumber: number): number {
  return Math.floor(entityNumber / CARD_SHARD_SIZE);
}

/**
 * A shard's file: `base` holds the cards without their texts, a language their texts in it. Gzipped JSON: the
 * worker inflates a file of a few kilobytes in well under a millisecond, and the package is a fifth of the size.
 */
export function cardShardPath(lang: Lang | 'base', shard: number): string {
  return `data/cards/${lang}/${shard}.json.gz`;
}

/** Only `lang`'s text, under `lang`, where there is any text to fall back to. */
function only<T>(texts: Partial<Record<Lang, T>>, lang: Lang): Partial<Record<Lang, T>> {
  const text = textIn(texts, lang);
  return text === undefined ? {} : { [lang]: text };
}

/**
 * `card` as a screen in `lang` shows it: labels in every language (a "Not this" list and a reader's choice name
 * other entities by them, and they are short), every other text in `lang` only.
 */
export function cardInLanguage(card: EntityCard, lang: Lang): EntityCard {
  return {
    ...card,
    descriptions: only(card.descriptions, lang),
    summaries: only(card.summaries, lang),
    facts: card.facts.map((fact): CardFact => ({ ...fact, lines: only(fact.lines, lang) })),
  };
}

/** What a card store file of one language holds of a card: its texts in that language, the fact lines in order. */
export interface CardTexts {
  description?: string;
  summary?: string;
  /** One per fact of the card, in order: null where the fact has no line (a hidden property). */
  lines: (FactLine | null)[];
}

/** A card without its language's texts: what the language-neutral file of the store holds. */
export type CardBase = EntityCard;

function baseOf(card: EntityCard): CardBase {
  return {
    ...card,
    descriptions: {},
    summaries: {},
    facts: card.facts.map((fact) => ({ ...fact, lines: {} })),
  };
}

function textsOf(card: EntityCard, lang: Lang): CardTexts {
  const description = textIn(card.descriptions, lang);
  const summary = textIn(card.summaries, lang);
  return {
    ...(description !== undefined && { description }),
    ...(summary !== undefined && { summary }),
    lines: card.facts.map((fact) => textIn(fact.lines, lang) ?? null),
  };
}

/** A card from the store's two files: its language-neutral part and its texts in `lang`. */
export function joinCard(base: CardBase, texts: CardTexts | undefined, lang: Lang): EntityCard {
  return {
    ...base,
    descriptions: texts?.description !== undefined ? { [lang]: texts.description } : {},
    summaries: texts?.summary !== undefined ? { [lang]: texts.summary } : {},
    facts: base.facts.map((fact, k) => {
      const line = texts?.lines[k];
      return { ...fact, lines: line ? { [lang]: line } : {} };
    }),
  };
}

/**
 * The store's files, path → JSON text, for the cards of `index` numbered as `entityIds` (sorted) numbers them: per
 * shard, one language-neutral file (`base`) and one file of texts per language.
 */
export function cardStoreFiles(index: CompiledIndex, entityIds: readonly string[]): Map<string, string> {
  const files = new Map<string, string>();
  for (let shard = 0; shard * CARD_SHARD_SIZE < entityIds.length; shard++) {
    const ids = entityIds
      .slice(shard * CARD_SHARD_SIZE, (shard + 1) * CARD_SHARD_SIZE)
      .filter((id) => index.entities[id] !== undefined);
    const cards = ids.map((id) => index.entities[id] as EntityCard);
    files.set(
      cardShardPath('base', shard),
      JSON.stringify(Object.fromEntries(cards.map((card) => [card.id, baseOf(card)]))),
    );
    for (const lang of LANGUAGES)
      files.set(
        cardShardPath(lang, shard),
        JSON.stringify(Object.fromEntries(cards.map((card) => [card.id, textsOf(card, lang)]))),
      );
  }
  return files;
}

/** The entity ids of `index` as the binary index numbers them: every id its names point at, sorted. */
export function storeEntityIds(index: Pick<CompiledIndex, 'aliases'>): string[] {
  return [...new Set(index.aliases.map((alias) => alias.entityId))].sort();
}

/** The names as typed arrays and the entities' stubs (engine/index-binary.ts). */
export const INDEX_BINARY_FILE = 'data/index.bin';
/** The pack list and the cue words: what the options page lists and what combining with imported packs needs. */
export const BUNDLED_FILE = 'data/bundled.json';
