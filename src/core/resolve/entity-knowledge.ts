/**
 * What the resolver may know about entities beyond their names: which entities are related (Atlanta and the US state
 * of Georgia, RSC Anderlecht and Club Brugge), when an entity was active (Hafez al-Assad president 1971–2000,
 * Bashar from 2000) and whether it is a place. All come from the entity cards, or from the stubs of them that the
 * binary index carries (kb/card-details.ts); a caller may also pass cards in (AnnotateOptions.entities).
 */
import { factsAsOf } from './facts';
import type { EntityCard } from '../kb/index-format';
import { keyWords } from '../text/key-words';

/** The parts of an entity card the resolver reads (the type too, where the caller has it: cards and stubs do). */
export type EntityFacts = Pick<EntityCard, 'related' | 'facts'> &
  Partial<Pick<EntityCard, 'type' | 'labels' | 'population' | 'classes'>>;

/** Related entities (both directions) and dated periods, looked up by id. */
export interface EntityKnowledge {
  /** Ids listed in the entity's `related` or listing the entity in theirs. */
  related(id: string): ReadonlySet<string>;
  /**
   * Whether `day` (YYYY-MM-DD) falls inside one of the entity's dated periods (facts with a `start`): true inside,
   * false when the entity has periods and the day is in none, undefined when it has none.
   */
  activeOn(id: string, day: string): boolean | undefined;
  /** Whether the entity is a place (a city, a country, a river): what a locative preposition points to. */
  isPlace(id: string): boolean;
  /** Whether the entity is an organisation: what a wire story's dateline names in parentheses ("GENEVA (AP)"). */
  isOrganisation(id: string): boolean;
  /** Whether the entity is a person: whose surname alone another person may bear ("Jordan Lukaku"). */
  isPerson(id: string): boolean;
  /** Whether the entity is an event (a tournament, a race): a year after its name is the edition ("Euro 2000"). */
  isEvent(id: string): boolean;
  /** Whether the entity is a work (a product, a film, a newspaper): a number after its name is a version ("Windows 95"). */
  isWork(id: string): boolean;
  /** Whether a word (as a matching key) is the given name of some person the data knows ("jordan", "romelu"). */
  isGivenName(key: string): boolean;
  /**
   * The initials a person's labels write before the surname, as matching keys ("m" of "Michael Müller", "g" and "w" of
   * "George W. Bush"): those an initial before the surname alone may stand for.
   */
  initials(id: string): ReadonlySet<string>;
  /** A place's population, where its pack states one. */
  population(id: string): number | undefined;
  /** The classes the entity is an instance of ("city", "province"): what the names of one list share. */
  classes(id: string): readonly string[];
}

const NONE: ReadonlySet<string> = new Set();
/** Names asked one at a time: a Set, or a sorted list searched in place (the binary index's given names). */
export type NameSet = Pick<ReadonlySet<string>, 'has'>;

const NO_NAMES: NameSet = new Set();
const NO_CLASSES: readonly string[] = Object.freeze([]);

/**
 * The given names of the people among `entities`: the first word, as a matching key, of each of their labels of two
 * words or more. What another bearer of a known surname is called ("Jordan Lukaku", "Hunter Biden").
 */
export function givenNamesOf(entities: Iterable<EntityFacts>): Set<string> {
  const names = new Set<string>();
  for (const entity of entities) {
    if (entity.type !== 'person') continue;
    for (const label of Object.values(entity.labels ?? {})) {
      const words = keyWords(label ?? '');
      if (words.length >= 2) names.add(words[0] as string);
    }
  }
  return names;
}

const built = new WeakMap<object, EntityKnowledge>();

/** The first letters, as matching keys, of every word but the last of each label of two words or more. */
function initialsOf(labels: EntityFacts['labels'] | undefined): ReadonlySet<string> {
  const initials = new Set<string>();
  for (const label of Object.values(labels ?? {})) {
    const words = keyWords(label ?? '');
    for (const word of words.slice(0, -1)) initials.add(word.charAt(0));
  }
  return initials;
}

/** Whether `day` is inside one of the dated periods of `facts` (see EntityKnowledge.activeOn). */
function activeIn(facts: EntityFacts['facts'] | undefined, day: string): boolean | undefined {
  const periods = (facts ?? []).filter((fact) => fact.start !== undefined);
  if (periods.length === 0) return undefined;
  // "during" (still true) or "ended-since" (true on the day, over now): either way the day is in the period.
  return factsAsOf(periods, day).some(({ timing }) => timing === 'during' || timing === 'ended-since');
}

/**
 * Knowledge read one entity at a time from a lookup whose `related` already holds both directions (the binary
 * index's stubs, kb/stub-store.ts): nothing is read of entities an article does not name.
 */
export function knowledgeByLookup(
  lookup: (id: string) => EntityFacts | null | undefined,
  givenNames: NameSet = NO_NAMES,
): EntityKnowledge {
  const relatedSets = new Map<string, ReadonlySet<string>>();
  return {
    related(id) {
      let set = relatedSets.get(id);
      if (!set) {
        const list = lookup(id)?.related;
        set = list && list.length > 0 ? new Set(list) : NONE;
        // Bounded like the stubs: a background lives for many articles.
        if (relatedSets.size >= 4096) relatedSets.clear();
        relatedSets.set(id, set);
      }
      return set;
    },
    isPlace: (id) => lookup(id)?.type === 'place',
    isOrganisation: (id) => lookup(id)?.type === 'organisation',
    isPerson: (id) => lookup(id)?.type === 'person',
    isEvent: (id) => lookup(id)?.type === 'event',
    isWork: (id) => lookup(id)?.type === 'work',
    isGivenName: (key) => givenNames.has(key),
    initials: (id) => initialsOf(lookup(id)?.labels),
    activeOn: (id, day) => activeIn(lookup(id)?.facts, day),
    population: (id) => lookup(id)?.population,
    classes: (id) => lookup(id)?.classes ?? NO_CLASSES,
  };
}

/** Knowledge over entity cards; built once per cards object (the reverse relations cost one pass). */
export function knowledgeOf(entities: Readonly<Record<string, EntityFacts>>): EntityKnowledge {
  const cached = built.get(entities);
  if (cached) return cached;
  const related = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    const set = related.get(a) ?? new Set<string>();
    set.add(b);
    related.set(a, set);
  };
  const givenNames = givenNamesOf(Object.values(entities));
  for (const [id, card] of Object.entries(entities)) {
    for (const other of card.related) {
      if (other === id) continue;
      link(id, other);
      link(other, id);
    }
  }
  const knowledge: EntityKnowledge = {
    related: (id) => related.get(id) ?? NONE,
    isPlace: (id) => entities[id]?.type === 'place',
    isOrganisation: (id) => entities[id]?.type === 'organisation',
    isPerson: (id) => entities[id]?.type === 'person',
    isEvent: (id) => entities[id]?.type === 'event',
    isWork: (id) => entities[id]?.type === 'work',
    isGivenName: (key) => givenNames.has(key),
    initials: (id) => initialsOf(entities[id]?.labels),
    activeOn: (id, day) => activeIn(entities[id]?.facts, day),
    population: (id) => entities[id]?.population,
    classes: (id) => entities[id]?.classes ?? NO_CLASSES,
  };
  built.set(entities, knowledge);
  return knowledge;
}
