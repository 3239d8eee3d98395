/**
 * The first paint of an article (decision 22): which of the annotator's mentions the reader sees drawn, with their
 * styles, computed where the article is annotated so the boot script can draw them before the article script (the
 * cards, hover, keyboard) is injected. The same choices as the article script's layer: its meanings chosen, its
 * names hidden, its types, demonyms and "first mention only", its highlight style.
 */
import type { EntityType } from '../core/kb/schema';
import type { Mention } from '../core/resolve/mention';
import { applyRelinks } from '../core/resolve/relink';
import { shownMentions } from '../core/analysis/visible';
import { styleKey } from '../content/highlight-names';
import type { PaintItem } from '../messages';
import { choicesOn, type Settings } from '../settings';

export function paintList(
  mentions: readonly Mention[],
  settings: Settings,
  hostname: string,
  typeOf: (entityId: string) => EntityType | undefined,
): PaintItem[] {
  const { hidden, relinks } = choicesOn(settings, hostname);
  const drawn = shownMentions(applyRelinks(mentions, relinks), {
    typeOf,
    types: settings.entityTypes,
    demonyms: settings.showDemonyms,
    hidden,
    firstOnly: settings.mentions === 'first',
  });
  const paint: PaintItem[] = [];
  for (const { start, end, entityId } of drawn) {
    const type = typeOf(entityId);
    const key = type && styleKey(settings.highlightStyle, type);
    if (key) paint.push({ start, end, key });
  }
  return paint;
}
