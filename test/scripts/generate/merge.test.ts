import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/core/kb/schema';
import { applyOverlay, mergeAliases, mergeStatements } from '../../../scripts/generate/lib/overlay';
import {
  dropSharedAliases,
  markNeedsContext,
  markPersonName,
  tidyEntity,
} from '../../../scripts/generate/lib/pack';

function place(id: string, labels: Entity['labels'], aliases: Entity['aliases'] = {}): Entity {
  return {
    id,
    qid: null,
    type: 'place',
    labels,
    aliases,
    cues: {},
    descriptions: { en: `Generated ${id}.` },
    summaries: { en: `Generated summary of ${id}. Second sentence.` },
    statements: [
      {
        property: 'instance-of',
        value: { entity: 'country' },
        source: 'https://en.wikipedia.org/wiki/ISO_3166-2:SY',
      },
      {
        property: 'capital',
        value: { entity: 'generated' },
        asOf: '2026-07-14',
        source: 'https://www.geonames.org/170654',
      },
      {
        property: 'part-of',
        value: { entity: 'western-asia' },
        source: 'https://github.com/unicode-org/cldr-json',
      },
    ],
    adjective: {},
    related: [],
    sources: [{ url: 'https://en.wikipedia.org/wiki/ISO_3166-2:SY', title: 'Wikipedia (en): ISO 3166-2:SY' }],
    reviewed: '2026-11-24',
  };
}

describe('applyOverlay', () => {
  const generated = place('syria', { en: 'Syria', nl: 'Syrië' }, { en: ['Syrian Arab Republic', 'Sham'] });

  it('returns the entity unchanged without an overlay, and never modifies its input', () => {
    expect(applyOverlay(generated, undefined)).toBe(generated);
    const copy = structuredClone(generated);
    applyOverlay(generated, { labels: { en: 'X' }, aliases: { en: ['Syrian'] } });
    expect(generated).toEqual(copy);
  });

  it('lets curated texts win and merges the lists, curated first', () => {
    const merged = applyOverlay(generated, {
      id: 'syria',
      labels: { fr: 'Syrie' },
      aliases: {
        en: [
          { text: 'Syrian Arab Republic', caseSensitive: true },
          { text: 'Syrian', demonym: true },
        ],
        de: ['Syrien'],
      },
      descriptions: { en: 'Curated.' },
      statements: [
        {
          property: 'significant-event',
          value: { text: { en: 'rule of the Assad family' } },
          start: '1970-11',
          end: '2024-12-08',
          source: 'https://en.wikipedia.org/wiki/Syria',
        },
        {
          property: 'capital',
          value: { entity: 'damascus' },
          asOf: '2026-11-24',
          source: 'https://en.wikipedia.org/wiki/Syria',
        },
      ],
      related: ['damascus'],
      sources: [{ url: 'https://en.wikipedia.org/wiki/Syria', title: 'Wikipedia (en): Syria' }],
      dropAliases: ['Sham'],
    });
    expect(merged.labels).toEqual({ en: 'Syria', nl: 'Syrië', fr: 'Syrie' });
    expect(merged.aliases.en).toEqual([
      { text: 'Syrian Arab Republic', caseSensitive: true },
      { text: 'Syrian', demonym: true },
    ]);
    expect(merged.aliases.de).toEqual(['Syrien']);
    expect(merged.descriptions.en).toBe('Curated.');
    expect(merged.summaries.en).toBe(generated.summaries.en);
    // A curated property replaces the generated statements of it; the rest stay; the vocabulary's order holds.
    expect(merged.statements.map((s) => `${s.property}=${JSON.stringify(s.value)}`)).toEqual([
      'instance-of={"entity":"country"}',
      'capital={"entity":"damascus"}',
      'part-of={"entity":"western-asia"}',
      'significant-event={"text":{"en":"rule of the Assad family"}}',
    ]);
    expect(merged.statements.find((s) => s.property === 'capital')?.source).toBe(
      'https://en.wikipedia.org/wiki/Syria',
    );
    expect(merged.related).toEqual(['damascus']);
    expect(merged.sources.map((s) => s.url)).toEqual([
      'https://en.wikipedia.org/wiki/Syria',
      'https://en.wikipedia.org/wiki/ISO_3166-2:SY',
    ]);
  });

  it('keeps the first alias of a text', () => {
    expect(
      mergeAliases(['A', { text: 'B', demonym: true }], [{ text: 'A', needsContext: true }, 'B', 'C']),
    ).toEqual(['A', { text: 'B', demonym: true }, 'C']);
  });
});

describe('markNeedsContext', () => {
  it('adds a same-text needsContext alias wherever the word is a label or alias, and the cues', () => {
    const chad = place('chad', { en: 'Chad', nl: 'Tsjaad' }, { en: ['Chad'] });
    const marked = markNeedsContext(chad, ['Chad'], { en: ['government'], nl: ['regering'] });
    expect(marked.aliases.en).toEqual([{ text: 'Chad', needsContext: true }]);
    expect(marked.aliases.nl).toBeUndefined();
    expect(marked.cues).toEqual({ en: ['government'], nl: ['regering'] });
  });

  it('leaves an entity without the word alone, cues included', () => {
    const iraq = place('iraq', { en: 'Iraq' });
    expect(markNeedsContext(iraq, ['Chad'], { en: ['government'] })).toEqual(iraq);
  });
});

describe('markPersonName', () => {
  it('adds a same-text personName alias wherever the name is a label or alias, without cues', () => {
    const paris = place('paris', { en: 'Paris', nl: 'Parijs', fr: 'Paris' }, { en: ['Paris'] });
    const marked = markPersonName(paris, ['Paris']);
    expect(marked.aliases.en).toEqual([{ text: 'Paris', personName: true }]);
    expect(marked.aliases.fr).toEqual([{ text: 'Paris', personName: true }]);
    expect(marked.aliases.nl).toBeUndefined();
    expect(marked.cues).toEqual(paris.cues);
  });
});

describe('dropSharedAliases', () => {
  it('drops aliases two entities share or that are another entity’s label, keeps labels and hinted ones', () => {
    const cd = place('dr-congo', { en: 'Democratic Republic of the Congo' }, { en: ['Congo', 'DRC'] });
    const cg = place(
      'republic-of-the-congo',
      { en: 'Republic of the Congo' },
      { en: ['Congo', { text: 'Kongo', needsContext: true }] },
    );
    const kongo = place('kongo', { en: 'Kongo' });
    const [a, b] = dropSharedAliases([cd, cg, kongo]);
    expect(a?.aliases.en).toEqual(['DRC']);
    expect(b?.aliases.en).toEqual([{ text: 'Kongo', needsContext: true }]);
  });
});

describe('mergeStatements', () => {
  const generated = place('x', { en: 'X' }).statements;

  it('keeps the generated statements without curated ones', () => {
    expect(mergeStatements(generated, undefined)).toEqual(generated);
  });

  it('replaces every generated statement of a curated property and adds new properties', () => {
    const merged = mergeStatements(generated, [
      {
        property: 'member-of',
        value: { entity: 'european-union' },
        start: '1973-01-01',
        end: '2020-01-31',
        source: 'https://en.wikipedia.org/wiki/United_Kingdom',
      },
      {
        property: 'part-of',
        value: { entity: 'northern-europe' },
        source: 'https://github.com/unicode-org/cldr-json',
      },
    ]);
    expect(merged.map((s) => s.property)).toEqual(['instance-of', 'capital', 'part-of', 'member-of']);
    expect(merged.filter((s) => s.property === 'part-of')).toHaveLength(1);
    expect(merged.find((s) => s.property === 'part-of')?.value).toEqual({ entity: 'northern-europe' });
  });
});

describe('tidyEntity', () => {
  it('writes the adjective after the statements, and leaves out an empty one', () => {
    const tidy = tidyEntity({ ...place('x', { en: 'X' }), adjective: { en: ['Xish'] } });
    expect(Object.keys(tidy).slice(6, 9)).toEqual(['statements', 'adjective', 'sources']);
    expect(tidyEntity(place('x', { en: 'X' }))).not.toHaveProperty('adjective');
  });

  it('drops empty optional fields and keeps the format’s key order', () => {
    const tidy = tidyEntity(place('x', { en: 'X' }));
    expect(Object.keys(tidy)).toEqual([
      'id',
      'qid',
      'type',
      'labels',
      'descriptions',
      'summaries',
      'statements',
      'sources',
      'reviewed',
    ]);
  });
});
