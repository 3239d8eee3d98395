/**
 * Helpers shared by the generators that read every-politician-scrapers snapshots (cabinets.ts, ministers.ts,
 * leaders.ts, meps.ts): the command line, partial dates and terms, Wikipedia titles and URLs, and the bundled and
 * staged packs a generator must not write again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Alias, Entity, Lang, Pack, PackClass, Statement } from '../../../src/core/kb/schema';
import { fileDate, headCommit, snapshotDir } from '../../worklist/lib';
import { dropSharedAliases, markNeedsContext } from './pack';
import { nameKey } from './text';

const LANGS: readonly Lang[] = ['nl', 'en', 'fr', 'de'];

// ---------------------------------------------------------------------------------------------------------------
// Command line.

/** The value after `name` on the command line, else `fallback`. */
export function argument(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] ?? fallback) : fallback;
}

// ---------------------------------------------------------------------------------------------------------------
// Snapshots.

/** The newest commit of a scraper's snapshot under the mirror, and the date and URL of its data file there. */
export interface SnapshotHead {
  repo: string;
  dir: string;
  commit: string;
  /** The commit's date. */
  date: string;
  /** The date of the last commit that changed `dataPath`. */
  dataDate: string;
  /** The data file at that commit on GitHub. */
  url: string;
}

export function snapshotHead(mirror: string, repo: string, dataPath: string): SnapshotHead {
  const dir = snapshotDir(mirror, repo);
  const head = headCommit(dir);
  if (!head.commit) throw new Error(`no snapshot of ${repo} in ${mirror}`);
  return {
    repo,
    dir,
    commit: head.commit,
    date: head.date,
    dataDate: fileDate(dir, head.commit, dataPath),
    url: `https://github.com/${repo}/blob/${head.commit}/${dataPath}`,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Dates and terms.

/** A date as the data gives it: a year, a month or a day. */
export const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A date of the data as the format takes it (year, month or day), or undefined ("2000s", empty). */
export function cleanDate(text: string | undefined): string | undefined {
  const t = (text ?? '').trim();
  return DATE.test(t) ? t : undefined;
}

/** The last day a partial date can mean, for comparisons ("2015" → "2015-12-31"). */
export function latest(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-31`;
  return date;
}

/** The first day a date can mean ("2015" → "2015-01-01"). */
export function earliest(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** A term that starts at most this many days after the previous one ended (both given to the day) continues it. */
export const MERGE_GAP_DAYS = 7;

/** Days from one full date to another (YYYY-MM-DD, UTC). */
export function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/**
 * Whether a term starting on `start` continues the term that ended on `end`: before that end, or within the gap
 * (`gapDays`, MERGE_GAP_DAYS unless a generator gives its own).
 */
export function continues(end: string, start: string, gapDays: number = MERGE_GAP_DAYS): boolean {
  if (start <= latest(end)) return true;
  return end.length === 10 && start.length === 10 && daysBetween(end, start) <= gapDays;
}

/** The fields mergeTerms reads; a generator's term may carry more (see `onJoin`). */
export interface MergeableTerm {
  start: string | undefined;
  end: string | undefined;
  open: boolean;
}

export interface MergeOptions<T> {
  /** Called where a joined term starts after the previous one ended (within the gap). */
  onGap?: (end: string, start: string) => void;
  /** The longest gap, in days, between two terms that are joined (MERGE_GAP_DAYS unless given). */
  gapDays?: number;
  /** Whether a gap (from an end to a later start) is a real break all the same: the terms are then not joined. */
  isBreak?: (end: string, start: string) => boolean;
  /** Terms with the same start are ordered by end, open last (leaders); else they keep their order (cabinets). */
  tieByEnd?: boolean;
  /** Carries a generator's own fields over when `term` joins `last`: `how` says whether it opened or extended it. */
  onJoin?: (last: T, term: T, how: 'open' | 'end' | 'none') => void;
}

/**
 * Continuous terms of one office (one class and title): sorted by start, a term that begins before the previous
 * ends, or at most MERGE_GAP_DAYS days (`gapDays`) after it (a term cut at a change of cabinet), joins it.
 */
export function mergeTerms<T extends MergeableTerm>(terms: readonly T[], options: MergeOptions<T> = {}): T[] {
  const { onGap, tieByEnd = false, onJoin, gapDays = MERGE_GAP_DAYS, isBreak } = options;
  const sorted = [...terms].sort(
    (a, b) =>
      (a.start ?? '').localeCompare(b.start ?? '') ||
      (tieByEnd ? (a.end ?? '~').localeCompare(b.end ?? '~') : 0),
  );
  const out: T[] = [];
  for (const term of sorted) {
    const last = out.at(-1);
    if (
      last &&
      (last.open ||
        (last.end !== undefined &&
          term.start !== undefined &&
          continues(last.end, term.start, gapDays) &&
          !(term.start > latest(last.end) && isBreak?.(last.end, term.start))))
    ) {
      if (!last.open && last.end !== undefined && term.start !== undefined && term.start > latest(last.end))
        onGap?.(last.end, term.start);
      if (term.open) {
        last.open = true;
        last.end = undefined;
        onJoin?.(last, term, 'open');
      } else if (!last.open && term.end && (!last.end || latest(term.end) > latest(last.end))) {
        last.end = term.end;
        onJoin?.(last, term, 'end');
      } else onJoin?.(last, term, 'none');
    } else out.push({ ...term });
  }
  return out;
}

/** Order of position statements: by start, then by class id. */
export function byStartThenClass(a: Statement, b: Statement): number {
  return (
    (a.start ?? '').localeCompare(b.start ?? '') ||
    ('entity' in a.value && 'entity' in b.value ? a.value.entity.localeCompare(b.value.entity) : 0)
  );
}

/**
 * A statement with several start and end qualifiers comes out of the build as every start with every end (2 × 2
 * rows for two terms): when the rows are exactly that product and the sorted starts and ends interleave
 * (s1 ≤ e1 < s2 ≤ e2 …), the terms are the pairs (s1, e1), (s2, e2) …; else null (the rows are left as they are).
 */
export function repairCrossProduct(
  rows: readonly { start: string; end: string }[],
): { start: string; end: string }[] | null {
  const starts = [...new Set(rows.map((r) => r.start))].sort();
  const ends = [...new Set(rows.map((r) => r.end))].sort((a, b) =>
    a === '' ? 1 : b === '' ? -1 : a.localeCompare(b),
  );
  if (starts.length < 2 || starts.length !== ends.length) return null;
  const pairs = new Set(rows.map((r) => `${r.start}|${r.end}`));
  if (pairs.size !== starts.length * ends.length) return null;
  for (const st of starts) for (const en of ends) if (!pairs.has(`${st}|${en}`)) return null;
  const out = starts.map((start, i) => ({ start, end: ends[i] ?? '' }));
  for (let i = 0; i < out.length; i++) {
    const t = out[i];
    const next = out[i + 1];
    if (!t || !DATE.test(t.start) || (t.end !== '' && !DATE.test(t.end))) return null;
    if (t.end !== '' && latest(t.end) < t.start) return null;
    if (next && (t.end === '' || next.start <= t.end)) return null;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Office classes.

/** The grammatical gender of an office's label where no female label applies. */
export const MASCULINE = { nl: 'de', fr: 'm', de: 'm' } as const;

/** An office class of this pack (no Wikidata id, no sources of its own). */
export function office(
  id: string,
  labels: Record<Lang, string>,
  female: Partial<Record<Lang, string>> = {},
  gender: PackClass['gender'] = { ...MASCULINE },
): PackClass {
  return { id, qid: null, kind: 'office', labels, femaleLabels: female, gender, sources: [] };
}

// ---------------------------------------------------------------------------------------------------------------
// Wikipedia titles and names.

export function wikipediaUrl(title: string): string {
  return `https://en.wikipedia.org/wiki/${encodeURIComponent(title.replace(/ /g, '_')).replace(/%2C/g, ',').replace(/%2F/g, '/').replace(/%3A/g, ':')}`;
}

/** The English Wikipedia title of a URL ("https://en.wikipedia.org/wiki/Jacques_Chirac" → "Jacques Chirac"). */
export function wikiTitleOf(url: string): string | null {
  const m = /^https:\/\/en\.wikipedia\.org\/wiki\/(.+)$/.exec(url);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1] ?? '').replace(/_/g, ' ');
  } catch {
    return null;
  }
}

/** The Wikipedia title without its disambiguation ("Paul Murphy (Irish politician)" → "Paul Murphy"). */
export function commonName(title: string): string {
  return title.replace(/\s*\([^)]*\)\s*$/, '').trim();
}

export function aliasText(alias: Alias): string {
  return typeof alias === 'string' ? alias : alias.text;
}

/** An entity's labels and alias texts, in that order. */
export function entityNames(entity: Entity): string[] {
  return [
    ...Object.values(entity.labels),
    ...Object.values(entity.aliases ?? {}).flatMap((list) => (list ?? []).map(aliasText)),
  ];
}

/** markNeedsContext, then every alias of the entity marked as any language's. */
export function markContextAnyLanguage(
  entity: Entity,
  texts: string[],
  cues: Parameters<typeof markNeedsContext>[2],
): ReturnType<typeof markNeedsContext> {
  const marked = markNeedsContext(entity, texts, cues);
  for (const lang of LANGS) {
    const list = marked.aliases[lang];
    if (list)
      marked.aliases[lang] = list.map((a) =>
        typeof a === 'string' ? { text: a, anyLanguage: true } : { ...a, anyLanguage: true },
      );
  }
  return marked;
}

/**
 * Names that need context: the English label of a built entity is marked (markContextAnyLanguage) where its
 * Wikipedia title is disambiguated, it is one word, two people here share it, or `sharedElsewhere` says so.
 */
export function markContextLabels(
  built: readonly { entity: Entity; disambiguated: boolean }[],
  cues: Parameters<typeof markNeedsContext>[2],
  sharedElsewhere: (key: string) => boolean = () => false,
): { entities: Entity[]; contextual: string[] } {
  const labelCount = new Map<string, number>();
  for (const { entity } of built) {
    const key = nameKey(entity.labels.en ?? '');
    labelCount.set(key, (labelCount.get(key) ?? 0) + 1);
  }
  const contextual: string[] = [];
  const entities = built.map(({ entity, disambiguated }) => {
    const label = entity.labels.en ?? '';
    const shared = (labelCount.get(nameKey(label)) ?? 0) > 1 || sharedElsewhere(nameKey(label));
    if (!disambiguated && !shared && /\s/.test(label)) return entity;
    contextual.push(entity.id);
    return markContextAnyLanguage(entity, [label], cues);
  });
  return { entities, contextual };
}

/** The entities with the aliases two of them share dropped (each reported in `dropped`), sorted by id. */
export function finishEntities(entities: readonly Entity[]): { entities: Entity[]; dropped: string[] } {
  const dropped: string[] = [];
  const out = dropSharedAliases([...entities], (line) => dropped.push(line));
  out.sort((a, b) => a.id.localeCompare(b.id));
  return { entities: out, dropped };
}

/** The class ids the entities' statements name, and the classes of `made` among them, sorted by id. */
export function usedClassesOf(
  entities: readonly Entity[],
  made: Iterable<PackClass>,
): { usedClasses: Set<string>; classes: PackClass[] } {
  const usedClasses = new Set(
    entities.flatMap((e) => e.statements.map((s) => ('entity' in s.value ? s.value.entity : ''))),
  );
  const classes = [...made].filter((c) => usedClasses.has(c.id)).sort((a, b) => a.id.localeCompare(b.id));
  return { usedClasses, classes };
}

// ---------------------------------------------------------------------------------------------------------------
// Bundled and staged packs.

export interface PackFile {
  /** The pack's path, as under `assets/` ("packs/world.json"). */
  where: string;
  bundled: boolean;
  pack: Pack;
}

/**
 * The packs of the bundled, then the staged folder, each sorted by name, but for the `excluded` files. A generator
 * of a shipped pack passes no staged folder (null): a staged pack may never ship, so the people a shipped pack leaves
 * out as written elsewhere must be in a bundled pack.
 */
export function readPackFiles(
  bundledDir: string,
  stagedDir: string | null,
  excluded: readonly string[],
): PackFile[] {
  const list = (dir: string, bundled: boolean) =>
    readdirSync(dir)
      .filter((n) => n.endsWith('.json') && !excluded.includes(join(dir, n)))
      .sort()
      .map((n) => ({ file: join(dir, n), bundled }));
  return [...list(bundledDir, true), ...(stagedDir === null ? [] : list(stagedDir, false))].map(
    ({ file, bundled }) => ({
      where: file.replace(/^assets\//, ''),
      bundled,
      pack: JSON.parse(readFileSync(file, 'utf8')) as Pack,
    }),
  );
}
