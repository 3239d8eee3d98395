/**
 * The reader's "Not this, that one": a term the data linked to one entity, relinked to another entity the same
 * words can mean. Applied to the annotator's mentions before anything is shown, so the highlight, the card and
 * the side panel all follow the reader's choice.
 */
import type { Mention } from './mention';

/** One remembered choice (the shape of `Settings['chosenMeanings']` without the display fields). */
export interface Relink {
  text: string;
  from: string;
  to: string;
}

/** Words compared as a reader sees them: case, soft hyphens and surrounding space do not matter. */
export function termKey(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .trim()
    .toLocaleLowerCase();
}

/**
 * The mentions with each reader's choice applied. A choice applies only where the same words were linked to the
 * rejected entity and the chosen one was among the alternatives, so it can never invent a link the data lacks.
 */
export function applyRelinks(mentions: readonly Mention[], relinks: readonly Relink[]): Mention[] {
  if (relinks.length === 0) return [...mentions];
  return mentions.map((mention) => {
    const key = termKey(mention.text);
    const choice = relinks.find(
      (relink) =>
        relink.from === mention.entityId &&
        termKey(relink.text) === key &&
        (mention.alternatives ?? []).includes(relink.to),
    );
    if (!choice) return mention;
    return {
      ...mention,
      entityId: choice.to,
      alternatives: [mention.entityId, ...(mention.alternatives ?? []).filter((id) => id !== choice.to)],
      chosen: true,
    };
  });
}
