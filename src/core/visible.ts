/**
 * Which linked mentions a reader is shown. One rule for the content script, the side panel and the CLI, so
 * what `npm run annotate` prints is what a reader sees.
 */
import type { Mention } from './mention';

/**
 * Demonyms and adjectives (Syrische, syrien) are linked by the engine but not shown: they are not names a
 * reader needs explained, and marking every adjective would make the page loud.
 */
export function shownMentions(mentions: Mention[]): Mention[] {
  return mentions.filter((mention) => !mention.demonym);
}
