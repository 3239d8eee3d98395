import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/core/kb/schema';
import { applyOverlay, mergeAliases } from '../../../scripts/generate/lib/overlay';
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
    facts: [
      { key: 'capital', value: 'Generated', asOf: '2026-07-14' },
      { key: 'region', value: 'Western Asia', asOf: '2026-02-27' },
    ],
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
      facts: [{ key: 'capital', value: 'Damascus', asOf: '2026-11-24' }],
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
    expect(merged.facts.map((f) => `${f.key}=${f.value}`)).toEqual([
      'capital=Damascus',
      'region=Western Asia',
    ]);
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

describe('tidyEntity', () => {
  it('drops empty optional fields and keeps the format’s key order', () => {
    const tidy = tidyEntity(place('x', { en: 'X' }));
    expect(Object.keys(tidy)).toEqual([
      'id',
      'qid',
      'type',
      'labels',
      'descriptions',
      'summaries',
      'facts',
      'sources',
      'reviewed',
    ]);
  });
});
