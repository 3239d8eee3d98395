/**
 * A coverage report of packs (`build:data --report`): how many entities and names, of which types, and how much
 * of each language is written, so gaps (no French summaries, say) show before readers meet them.
 */
import { ENTITY_TYPES, LANGUAGES, type EntityType, type Lang, type Pack } from './schema';

/** How many entities have a label, a description and a summary in one language. */
export interface LanguageCoverage {
  labels: number;
  descriptions: number;
  summaries: number;
}

/** The numbers of one pack. */
export interface PackStats {
  id: string;
  entities: number;
  /** Alias entries over all languages (labels not included). */
  aliases: number;
  byType: Record<EntityType, number>;
  byLanguage: Record<Lang, LanguageCoverage>;
}

/** The report of valid packs, one entry per pack in the order given; every type and language is listed, zeros too. */
export function packReport(packs: readonly Pack[]): { packs: PackStats[] } {
  return {
    packs: packs.map((pack) => {
      const byType = Object.fromEntries(ENTITY_TYPES.map((type) => [type, 0])) as Record<EntityType, number>;
      const byLanguage = Object.fromEntries(
        LANGUAGES.map((lang) => [lang, { labels: 0, descriptions: 0, summaries: 0 }]),
      ) as Record<Lang, LanguageCoverage>;
      let aliases = 0;
      for (const entity of pack.entities) {
        byType[entity.type]++;
        for (const lang of LANGUAGES) {
          const coverage = byLanguage[lang];
          if (entity.labels[lang] !== undefined) coverage.labels++;
          if (entity.descriptions[lang] !== undefined) coverage.descriptions++;
          if (entity.summaries[lang] !== undefined) coverage.summaries++;
          aliases += entity.aliases[lang]?.length ?? 0;
        }
      }
      return { id: pack.id, entities: pack.entities.length, aliases, byType, byLanguage };
    }),
  };
}
