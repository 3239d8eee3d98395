import { describe, expect, it } from 'vitest';
import { createAnnotator } from '../../../src/core/engine/reference';
import type { Lang } from '../../../src/core/kb/schema';
import { entity, indexOf } from '../pack-fixtures';

const annotator = createAnnotator(
  indexOf(
    entity('syria', {
      labels: { nl: 'Syrië', en: 'Syria', fr: 'Syrie', de: 'Syrien' },
      aliases: { nl: [{ text: 'Syrische', demonym: true }], fr: [{ text: 'syriens', demonym: true }] },
    }),
    entity('damascus', { labels: { nl: 'Damascus', de: 'Damaskus', fr: 'Damas' } }),
    entity('bashar-al-assad', { type: 'person', labels: { nl: 'Bashar al-Assad' } }),
    entity('iraq', { labels: { nl: 'Irak', en: 'Iraq' } }),
    entity('islamic-state', {
      type: 'group',
      labels: { nl: 'Islamitische Staat' },
      aliases: { nl: [{ text: 'IS', caseSensitive: true }] },
    }),
  ),
);

/** Mentions as `text=entity[+suffix]`, offsets checked against the text. */
function linked(text: string, language: Lang): string[] {
  return annotator.annotate(text, { language }).map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    return `${m.text}=${m.entityId}${m.why.suffix ? `+${m.why.suffix}` : ''}`;
  });
}

describe('inflected forms', () => {
  it.each<[Lang, string, string[]]>([
    ['de', 'Die Zukunft Syriens ist ungewiss.', ['Syriens=syria+s']],
    ['de', "Die Vororte Damaskus' wurden bombardiert.", ['Damaskus=damascus']],
    ['de', 'Bashar al-Assads Regierung', ['Bashar al-Assads=bashar-al-assad+s']],
    // Dutch joins the genitive with an apostrophe into the name's word, which the highlight takes (session 31).
    ['nl', "Syrië's buren en Irak's grens", ["Syrië's=syria", "Irak's=iraq"]],
    ['nl', "Damascus' oude stad", ['Damascus=damascus']],
    ['en', "Syria's war and Iraq's border", ['Syria=syria', 'Iraq=iraq']],
    ['fr', "l'Irak, d'Irak et la Syrie", ['Irak=iraq', 'Irak=iraq', 'Syrie=syria']],
    ['fr', "Le régime de Damas et l'avenir d'Assad", ['Damas=damascus']],
  ])('%s: %s', (language, text, expected) => {
    expect(linked(text, language)).toEqual(expected);
  });

  it('reads German "Syriens" as the genitive of Syrien, French "syriens" as the demonym', () => {
    const [de] = annotator.annotate('Die Zukunft Syriens', { language: 'de' });
    expect(de).toMatchObject({ text: 'Syriens', demonym: false, why: { alias: 'Syrien', suffix: 's' } });
    const [fr] = annotator.annotate('les réfugiés syriens', { language: 'fr' });
    expect(fr).toMatchObject({ text: 'syriens', demonym: true, why: { alias: 'syriens' } });
    expect(fr?.why.suffix).toBeUndefined();
  });

  it('gives acronyms no inflected form', () => {
    expect(linked('Die ISs und ISS', 'de')).toEqual([]);
  });

  it('does not strip an s that belongs to another word', () => {
    expect(linked('Irakese troepen, Syriensis, damassé, Damasse', 'nl')).toEqual([]);
  });
});
