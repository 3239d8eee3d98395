/**
 * The names our highlights carry in the page's `CSS.highlights` registry, which the page shares and can list. Each
 * page gets its own random token (made by the boot script), and each style one letter after it, so a name says
 * nothing about what registered it: a page that probes for a known name (`backstory-person`) with its own
 * highlight finds no style, switched on or off. The stylesheet the background inserts (as the user's, so not in
 * the page's `document.styleSheets`) is written for the same token. Threat model: docs/threat-model.md.
 */
import type { EntityType } from '../core/kb/schema';
import type { Settings } from '../settings';

/** The styles of highlights.css, each written there as `::highlight(backstory-<key>)`. */
export const HIGHLIGHT_KEYS = [
  'person',
  'organisation',
  'place',
  'group',
  'event',
  'work',
  'concept',
  'bg-person',
  'bg-organisation',
  'bg-place',
  'bg-group',
  'bg-event',
  'bg-work',
  'bg-concept',
  'active',
] as const;
export type HighlightKey = (typeof HIGHLIGHT_KEYS)[number];

const TOKEN_LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const TOKEN_LENGTH = 10;

/** A fresh token: ten random lower-case letters (a valid CSS identifier, about 47 bits). */
export function newHighlightToken(
  random: (values: Uint8Array) => Uint8Array = (v) => crypto.getRandomValues(v),
) {
  const bytes = random(new Uint8Array(TOKEN_LENGTH));
  let token = '';
  for (const byte of bytes) token += TOKEN_LETTERS[byte % TOKEN_LETTERS.length];
  return token;
}

/** Whether a string can be a token (the background builds CSS from what a page's content script sent). */
export function isHighlightToken(token: unknown): token is string {
  return typeof token === 'string' && new RegExp(`^[a-z]{${TOKEN_LENGTH}}$`).test(token);
}

/** The registry name of one style on a page with this token. */
export function highlightName(token: string, key: HighlightKey): string {
  return `${token}${TOKEN_LETTERS[HIGHLIGHT_KEYS.indexOf(key)]}`;
}

/** highlights.css with every `::highlight(backstory-<key>)` renamed for this token; unknown keys are an error. */
export function highlightCss(template: string, token: string): string {
  return template.replace(/::highlight\(backstory-([a-z-]+)\)/g, (_, key: string) => {
    if (!(HIGHLIGHT_KEYS as readonly string[]).includes(key))
      throw new Error(`highlights.css styles an unknown highlight "${key}".`);
    return `::highlight(${highlightName(token, key as HighlightKey)})`;
  });
}

/**
 * The style a mention of an entity of `type` is drawn in, or none ("hover only"): what the background's paint list
 * and the article script's layer both use.
 */
export function styleKey(style: Settings['highlightStyle'], type: EntityType): HighlightKey | null {
  if (style === 'hover-only') return null;
  return style === 'background' ? `bg-${type}` : type;
}
