/**
 * The languages and entity types every layer names, apart from the pack schema: the page's boot script needs the
 * languages without the schema's validator (valibot), which it must not carry onto every page.
 */
export const LANGUAGES = ['nl', 'en', 'fr', 'de'] as const;
export type Lang = (typeof LANGUAGES)[number];

export const ENTITY_TYPES = ['person', 'organisation', 'place', 'event', 'group', 'work', 'concept'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];
