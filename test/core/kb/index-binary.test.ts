import { describe, expect, it } from 'vitest';
import { createAnnotator } from '../../../src/core/annotate';
import { createAnnotatorFromBytes, encodeIndex, loadIndex } from '../../../src/core/kb/index-binary';
import { loadAndCompilePacks } from '../../../scripts/lib/packs';
import { SEED_ARTICLE_TEXT } from '../../fixtures/seed-article';
import { entity, indexOf } from '../pack-fixtures';

const index = indexOf(
  entity('islamic-state', {
    type: 'group',
    labels: { nl: 'Islamitische Staat', fr: 'État islamique' },
    aliases: { nl: [{ text: 'IS', caseSensitive: true }, 'Daesh'] },
  }),
  entity('sana', {
    type: 'organisation',
    labels: { en: 'Syrian Arab News Agency' },
    aliases: { nl: [{ text: 'Sana', needsContext: true }] },
    cues: { nl: ['agentschap'], en: ['news agency'] },
  }),
  entity('syria', {
    labels: { nl: 'Syrië', de: 'Syrien' },
    aliases: { nl: [{ text: 'Syrische', demonym: true }] },
  }),
  entity('yarmouk', { labels: { en: 'Yarmouk' } }),
);

const SENTENCES = [
  'Het agentschap Sana meldt dat IS en Daech zich terugtrekken uit Jarmuk, in het zuiden van Syrië.',
  "Die Zukunft Syriens; l'État islamique; het Syrische leger; is het IS? ISBN Sanatorium",
];

describe('binary index', () => {
  it('annotates exactly like the JSON index', () => {
    const fromJson = createAnnotator(index);
    const fromBytes = createAnnotatorFromBytes(encodeIndex(index));
    for (const text of SENTENCES) {
      expect(fromBytes.annotate(text, { language: 'nl' })).toEqual(
        fromJson.annotate(text, { language: 'nl' }),
      );
      expect(fromBytes.annotate(text, { language: 'nl' }).length).toBeGreaterThan(2);
    }
  });

  it('annotates the seed article like the JSON index, with the bundled packs', () => {
    const { index: seed, errors } = loadAndCompilePacks('assets/packs');
    if (!seed) throw new Error(`bundled packs invalid: ${errors.length} errors`);
    const fromBytes = createAnnotatorFromBytes(encodeIndex(seed));
    expect(fromBytes.annotate(SEED_ARTICLE_TEXT, { language: 'nl' })).toEqual(
      createAnnotator(seed).annotate(SEED_ARTICLE_TEXT, { language: 'nl' }),
    );
  });

  it('loads from an unaligned copy and keeps every alias field', () => {
    const bytes = encodeIndex(index);
    const unaligned = new Uint8Array(bytes.length + 1).subarray(1);
    unaligned.set(bytes);
    const loaded = loadIndex(unaligned);
    expect(loaded.aliases.length).toBe(index.aliases.length);
    index.aliases.forEach((alias, k) => expect(loaded.aliases.get(k)).toEqual(alias));
    expect(loaded.cues).toEqual(index.cues);
  });

  it('rejects bytes that are not an index', () => {
    expect(() => loadIndex(new Uint8Array(64))).toThrow(/not a Backstory index/);
  });
});
