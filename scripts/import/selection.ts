/**
 * The selection file of `npm run import:wikidata`: which Wikidata entities become the pack's entities, as what type,
 * and the pack's own fields. JSON, checked with valibot; every problem is reported at once, by its path.
 *
 * ```json
 * {
 *   "pack": {
 *     "id": "benelux-politics",
 *     "title": { "en": "Benelux politics", "nl": "Politiek in de Benelux" },
 *     "description": { "en": "Politicians and parties of Belgium, the Netherlands and Luxembourg." },
 *     "license": "CC0 1.0 (Wikidata)"
 *   },
 *   "items": { "Q12978": "person", "Q1639": "place" },
 *   "classes": { "Q5": "person", "Q7278": "organisation" },
 *   "minSitelinks": 20
 * }
 * ```
 *
 * - `pack`: the written pack's `id` (kebab-case), `title` and optional `description` (per language: nl, en, fr,
 *   de; at least one title), `license`, and `anyLanguage` (optional): true to let every name match in articles of
 *   every language (the pack format's `anyLanguage`); by default a label or alias matches in its own language.
 * - `items`: QIDs kept whatever they are, each with the Backstory entity type it becomes.
 * - `classes`: an entity is also kept when one of its P31 (instance of) values, deprecated ones aside, is one of
 *   these QIDs, and it has at least `minSitelinks` sitelinks. It takes the type of the first such value.
 * - `minSitelinks` (default 0): counts every sitelink (Wikipedias, Wikiquote, Commons…); it applies to `classes`
 *   only, never to `items`.
 * Entity types: person, organisation, place, event, group, work, concept.
 */
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { ENTITY_TYPES, type EntityType, type Lang } from '../../src/core/kb/schema';

const qid = v.pipe(v.string(), v.regex(/^Q[1-9]\d*$/, 'must be a Wikidata item id such as Q42'));
const entityType = v.picklist(ENTITY_TYPES, `must be one of ${ENTITY_TYPES.join(', ')}`);
const text = v.pipe(v.string('must be a string'), v.trim(), v.minLength(1, 'must not be empty'));
const perLanguage = v.strictObject(
  { nl: v.optional(text), en: v.optional(text), fr: v.optional(text), de: v.optional(text) },
  (issue) =>
    `${String(issue.expected === 'never' ? 'is not a language: use nl, en, fr or de' : issue.message)}`,
);

export const SelectionSchema = v.pipe(
  v.strictObject(
    {
      /** Free text for the file's reader; ignored. */
      $comment: v.optional(v.unknown()),
      pack: v.strictObject({
        id: v.pipe(
          v.string(),
          v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case ascii (a-z, 0-9, -)'),
        ),
        title: v.pipe(
          perLanguage,
          v.check((title) => Object.keys(title).length > 0, 'needs a title in at least one language'),
        ),
        description: v.optional(perLanguage, {}),
        license: text,
        anyLanguage: v.optional(v.boolean('must be true or false')),
      }),
      items: v.optional(v.record(qid, entityType), {}),
      classes: v.optional(v.record(qid, entityType), {}),
      minSitelinks: v.optional(
        v.pipe(
          v.number('must be a number'),
          v.integer('must be a whole number'),
          v.minValue(0, 'must be 0 or more'),
        ),
        0,
      ),
    },
    (issue) => (issue.expected === 'never' ? 'is not a field of a selection file' : issue.message),
  ),
  v.check(
    (selection) => Object.keys(selection.items).length + Object.keys(selection.classes).length > 0,
    'selects nothing: give "items", "classes" or both',
  ),
);

export interface Selection {
  pack: {
    id: string;
    title: Partial<Record<Lang, string>>;
    description: Partial<Record<Lang, string>>;
    license: string;
    anyLanguage?: boolean | undefined;
  };
  items: Record<string, EntityType>;
  classes: Record<string, EntityType>;
  minSitelinks: number;
}

export class SelectionError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: invalid selection file\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    this.name = 'SelectionError';
  }
}

/** The selection, or a SelectionError that lists every problem as `path: message`. */
export function parseSelection(data: unknown, file = 'selection'): Selection {
  const result = v.safeParse(SelectionSchema, data);
  if (result.success) return result.output;
  throw new SelectionError(
    file,
    result.issues.map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `${path}: ${issue.message}` : issue.message;
    }),
  );
}

export function readSelection(file: string): Selection {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new SelectionError(file, [(error as Error).message]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SelectionError(file, [`not JSON: ${(error as Error).message}`]);
  }
  return parseSelection(data, file);
}
