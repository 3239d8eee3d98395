import { describe, expect, it } from 'vitest';
import { markTravellingNames } from '../../scripts/lib/alias-languages';

describe('markTravellingNames', () => {
  const words = { nl: new Set<string>(), en: new Set<string>(), fr: new Set<string>() };

  it('lets a Dutch acronym travel by the rule, and keeps one an overlay marks anyLanguage: false (#20)', () => {
    const labels = { nl: 'Verenigde Staten', en: 'United States' };
    const ruled = markTravellingNames(
      { labels, aliases: { nl: [{ text: 'VS', caseSensitive: true }] } },
      words,
    );
    expect(ruled.nl).toContainEqual({ text: 'VS', caseSensitive: true, anyLanguage: true });
    const kept = markTravellingNames(
      { labels, aliases: { nl: [{ text: 'VS', caseSensitive: true, anyLanguage: false }] } },
      words,
    );
    expect(kept.nl).toContainEqual({ text: 'VS', caseSensitive: true });
    expect(kept.nl).not.toContainEqual(
      expect.objectContaining({ text: 'VS', anyLanguage: expect.anything() }),
    );
  });

  it('gives a label kept with its language by such an alias no travelling alias of its own', () => {
    const marked = markTravellingNames(
      {
        labels: { nl: 'Kanton', en: 'Guangzhou' },
        aliases: { nl: [{ text: 'Kanton', anyLanguage: false }] },
      },
      words,
    );
    expect(marked.nl).toEqual(['Kanton']);
  });
});
