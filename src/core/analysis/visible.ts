/**
 * Which linked mentions a reader is shown, given their choices. One rule for the content script, the side panel
 * and the CLI, so what `npm run annotate` prints is what a reader sees with the same choices.
 */
import type { EntityType } from '../kb/schema';
import type { Mention } from '../resolve/mention';

export interface ShownOptions {
  /** The type of each entity; mentions of entities without a known type are dropped. */
  typeOf?: (entityId: string) => EntityType | undefined;
  /** Types the reader wants highlighted; all when absent. */
  types?: Partial<Record<EntityType, boolean>>;
  /** Show demonyms and adjectives (Syrische, syrien). Off by default: they are not names a reader needs explained. */
  demonyms?: boolean;
  /** Entity ids the reader asked not to see on this page. */
  hidden?: ReadonlySet<string>;
  /** Only the first shown mention of each entity; later ones stay plain text (calm pages). */
  firstOnly?: boolean;
  /** Entities already shown earlier on the page (for paragraphs that arrive later). */
  alreadyShown?: ReadonlySet<string>;
}

export function shownMentions(mentions: readonly Mention[], options: ShownOptions = {}): Mention[] {
  const seen = new Set(options.alreadyShown);
  return mentions.filter((mention) => {
    if (mention.demonym && !options.demonyms) return false;
    if (options.hidden?.has(mention.entityId)) return false;
    if (options.typeOf) {
      const type = options.typeOf(mention.entityId);
      if (!type || options.types?.[type] === false) return false;
    }
    if (options.firstOnly && seen.has(mention.entityId)) return false;
    seen.add(mention.entityId);
    return true;
  });
}
