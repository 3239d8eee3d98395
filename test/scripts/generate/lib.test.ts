import { describe, expect, it } from 'vitest';
import { deIn, deOf, enCountry, frIn, frOf, nlCountry } from '../../../scripts/generate/lib/grammar';
import { buildMo, parseMo } from '../../../scripts/generate/lib/mo';
import { namesSentence } from '../../../scripts/generate/lib/names-sentence';
import { regionOf } from '../../../scripts/generate/lib/regions';
import {
  cleanPlaceName,
  formatPopulation,
  isAcronym,
  kebabId,
  listJoin,
  sentence,
  uniqueIds,
} from '../../../scripts/generate/lib/text';
import { countryNames, pressStyle, splitParenthesis } from '../../../scripts/generate/lib/world-names';

describe('parseMo', () => {
  it('reads back what buildMo wrote, header skipped', () => {
    const mo = buildMo([
      ['', 'Project-Id-Version: test\n'],
      ['170654', 'Damas'],
      ['2950159', 'Berlin'],
    ]);
    const catalogue = parseMo(mo);
    expect([...catalogue]).toEqual([
      ['170654', 'Damas'],
      ['2950159', 'Berlin'],
    ]);
  });

  it('keeps UTF-8 names intact', () => {
    expect(parseMo(buildMo([['1', 'Düsseldorf – Köln']])).get('1')).toBe('Düsseldorf – Köln');
  });

  it('rejects a file that is not a .mo catalogue', () => {
    expect(() => parseMo(new Uint8Array(32))).toThrow(/magic/);
  });
});

describe('text helpers', () => {
  it('makes kebab-case ascii ids', () => {
    expect(kebabId('United Kingdom')).toBe('united-kingdom');
    expect(kebabId('Côte d’Ivoire')).toBe('cote-d-ivoire');
    expect(kebabId('São Tomé & Príncipe')).toBe('sao-tome-principe');
    expect(kebabId('Åland Islands')).toBe('aland-islands');
    expect(kebabId('Straße')).toBe('strasse');
  });

  it('recognises acronyms but not names', () => {
    for (const text of ['UK', 'USA', 'U.S.', 'R.-U.', 'VS', 'DRC']) expect(isAcronym(text)).toBe(true);
    for (const text of ['Uganda', 'Iran', 'I', 'Congo-Kinshasa']) expect(isAcronym(text)).toBe(false);
  });

  it('formats populations as each language writes them', () => {
    expect(formatPopulation(2_584_771, 'nl')).toBe('2,6 miljoen');
    expect(formatPopulation(2_584_771, 'en')).toBe('2.6 million');
    expect(formatPopulation(2_584_771, 'fr')).toBe('2,6 millions');
    expect(formatPopulation(1_569_394, 'fr')).toBe('1,6 million');
    expect(formatPopulation(2_584_771, 'de')).toBe('2,6 Millionen');
    expect(formatPopulation(1_000_400, 'de')).toBe('eine Million');
    expect(formatPopulation(1_000_400, 'en')).toBe('1 million');
    expect(formatPopulation(123_456, 'nl')).toBe('120.000');
    expect(formatPopulation(123_456, 'en')).toBe('120,000');
    expect(formatPopulation(123_456, 'fr')).toBe('120\u00a0000');
    expect(formatPopulation(5_432, 'de')).toBe('5.400');
    expect(formatPopulation(0, 'en')).toBeNull();
  });

  it('joins lists and ends sentences once', () => {
    expect(listJoin(['a', 'b', 'c'], 'nl')).toBe('a, b en c');
    expect(listJoin(['a', 'b'], 'fr')).toBe('a et b');
    expect(listJoin(['a'], 'de')).toBe('a');
    expect(sentence('De hoofdstad is Washington D.C.')).toBe('De hoofdstad is Washington D.C.');
    expect(sentence('Its capital is Paris')).toBe('Its capital is Paris.');
    expect(cleanPlaceName('Nuuk (Godthåb)')).toBe('Nuuk');
    expect(cleanPlaceName('N’Djamena')).toBe("N'Djamena");
  });

  it('makes ids unique by qualifying every holder of a shared id', () => {
    const cities = [
      { name: 'San José', country: 'costa-rica' },
      { name: 'San Jose', country: 'united-states' },
      { name: 'Damascus', country: 'syria' },
    ];
    const ids = uniqueIds(
      cities,
      (c) => kebabId(c.name),
      (c) => c.country,
    );
    expect(ids).toEqual(['san-jose-costa-rica', 'san-jose-united-states', 'damascus']);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps ids unique even when the qualifier repeats', () => {
    const ids = uniqueIds(
      ['x', 'x', 'x'],
      () => 'same',
      () => 'q',
    );
    expect(new Set(ids).size).toBe(3);
  });
});

describe('regions', () => {
  it('takes the first UN M49 sub-region of the groups', () => {
    expect(regionOf(['145', '142', 'UN', '001'])).toBe('145');
    expect(regionOf(['GB', '830', '154', '150'])).toBe('154');
    expect(regionOf(['UN', '001'])).toBeNull();
  });
});

describe('country names after a preposition', () => {
  it('adds the articles Dutch and English need', () => {
    expect(nlCountry('US', 'Verenigde Staten')).toBe('de Verenigde Staten');
    expect(nlCountry('GB', 'Verenigd Koninkrijk')).toBe('het Verenigd Koninkrijk');
    expect(nlCountry('KY', 'Kaaimaneilanden')).toBe('de Kaaimaneilanden');
    expect(nlCountry('SY', 'Syrië')).toBe('Syrië');
    expect(enCountry('NL', 'Netherlands')).toBe('the Netherlands');
    expect(enCountry('KY', 'Cayman Islands')).toBe('the Cayman Islands');
    expect(enCountry('SY', 'Syria')).toBe('Syria');
  });

  it('gives French "de" with article and elision', () => {
    expect(frOf('SY', 'Syrie')).toBe('de la Syrie');
    expect(frOf('LB', 'Liban')).toBe('du Liban');
    expect(frOf('IQ', 'Irak')).toBe("de l'Irak");
    expect(frOf('US', 'États-Unis')).toBe('des États-Unis');
    expect(frOf('CU', 'Cuba')).toBe('de Cuba');
    expect(frOf('IL', 'Israël')).toBe("d'Israël");
    expect(frOf('MX', 'Mexique')).toBe('du Mexique');
    expect(frOf('GB', 'Royaume-Uni')).toBe('du Royaume-Uni');
    expect(frOf('YE', 'Yémen')).toBe('du Yémen');
    expect(frOf('KR', 'Corée du Sud')).toBe('de la Corée du Sud');
    expect(frOf('KY', 'Îles Caïmans')).toBe('des îles Caïmans');
  });

  it('gives French "en/au/aux/à"', () => {
    expect(frIn('SY', 'Syrie')).toBe('en Syrie');
    expect(frIn('BR', 'Brésil')).toBe('au Brésil');
    expect(frIn('IQ', 'Irak')).toBe('en Irak');
    expect(frIn('US', 'États-Unis')).toBe('aux États-Unis');
    expect(frIn('CU', 'Cuba')).toBe('à Cuba');
    expect(frIn('IL', 'Israël')).toBe('en Israël');
  });

  it('gives German datives with contractions', () => {
    expect(deIn('SY', 'Syrien')).toBe('in Syrien');
    expect(deIn('TR', 'Türkei')).toBe('in der Türkei');
    expect(deIn('IQ', 'Irak')).toBe('im Irak');
    expect(deIn('NL', 'Niederlande')).toBe('in den Niederlanden');
    expect(deOf('IQ', 'Irak')).toBe('vom Irak');
    expect(deOf('CD', 'Demokratische Republik Kongo')).toBe('der Demokratischen Republik Kongo');
    expect(deOf('TR', 'Türkei')).toBe('der Türkei');
    expect(deOf('SY', 'Syrien')).toBe('von Syrien');
    expect(deOf('KY', 'Kaimaninseln')).toBe('von den Kaimaninseln');
  });
});

describe('names in the other languages', () => {
  const subject = { nl: 'het', fr: 'il', de: 'er' } as const;

  it('lists each language when they differ', () => {
    const labels = { nl: 'Syrië', en: 'Syria', fr: 'Syrie', de: 'Syrien' };
    expect(namesSentence(labels, 'nl', subject)).toBe(
      'In het Engels heet het Syria, in het Frans Syrie en in het Duits Syrien.',
    );
    expect(namesSentence(labels, 'fr', subject)).toBe(
      "En néerlandais, il s'appelle Syrië, en anglais Syria et en allemand Syrien.",
    );
  });

  it('groups languages that share a spelling, without a second "and"', () => {
    const labels = { nl: 'Berlijn', en: 'Berlin', fr: 'Berlin', de: 'Berlin' };
    expect(namesSentence(labels, 'en', subject)).toBe(
      'In Dutch it is called Berlijn, in French and German Berlin.',
    );
    expect(namesSentence(labels, 'de', { nl: 'de stad', fr: 'elle', de: 'sie' })).toBe(
      'Auf Niederländisch heißt sie Berlijn, auf Englisch und Französisch Berlin.',
    );
  });

  it('says "too" when every language writes it the same way', () => {
    const labels = { nl: 'Malawi', en: 'Malawi', fr: 'Malawi', de: 'Malawi' };
    expect(namesSentence(labels, 'nl', subject)).toBe('Ook in het Engels, Frans en Duits heet het Malawi.');
    expect(namesSentence(labels, 'en', subject)).toBe('It is called Malawi in Dutch, French and German too.');
    expect(namesSentence(labels, 'fr', subject)).toBe(
      "Il s'appelle aussi Malawi en néerlandais, en anglais et en allemand.",
    );
    expect(namesSentence(labels, 'de', subject)).toBe(
      'Auch auf Niederländisch, Englisch und Französisch heißt er Malawi.',
    );
  });
});

describe('countryNames', () => {
  const cldr = {
    nl: {
      GB: 'Verenigd Koninkrijk',
      'GB-alt-short': 'VK',
      MM: 'Myanmar (Birma)',
      HK: 'Hongkong SAR van China',
      'HK-alt-short': 'Hongkong',
    },
    en: {
      GB: 'United Kingdom',
      'GB-alt-short': 'UK',
      MM: 'Myanmar (Burma)',
      'MM-alt-short': 'Myanmar',
      HK: 'Hong Kong SAR China',
      'HK-alt-short': 'Hong Kong',
      KN: 'St. Kitts & Nevis',
    },
    fr: { GB: 'Royaume-Uni', 'GB-alt-short': 'R.-U.', MM: 'Myanmar (Birmanie)' },
    de: { GB: 'Vereinigtes Königreich', 'GB-alt-short': 'UK', MM: 'Myanmar' },
  };
  const iso = (code: string, lang: string) =>
    code === 'GB' && lang === 'en' ? ['United Kingdom', 'UK', 'Great Britain', 'Britain, Great'] : [];

  it('uses the CLDR name as label and short forms as aliases, acronyms case-sensitive', () => {
    const { labels, aliases } = countryNames('GB', cldr, iso);
    expect(labels).toEqual({
      nl: 'Verenigd Koninkrijk',
      en: 'United Kingdom',
      fr: 'Royaume-Uni',
      de: 'Vereinigtes Königreich',
    });
    expect(aliases.en).toEqual([{ text: 'UK', caseSensitive: true }, 'Great Britain']);
    expect(aliases.nl).toEqual([{ text: 'VK', caseSensitive: true }]);
    expect(aliases.fr).toEqual([{ text: 'R.-U.', caseSensitive: true }]);
  });

  it('splits a parenthesis into label and alias, and prefers the short form where the press uses it', () => {
    const mm = countryNames('MM', cldr, () => []);
    expect(mm.labels.nl).toBe('Myanmar');
    expect(mm.aliases.nl).toEqual(['Birma']);
    expect(mm.aliases.en).toEqual(['Burma']);
    const hk = countryNames('HK', cldr, () => []);
    expect(hk.labels.en).toBe('Hong Kong');
    expect(hk.aliases.en).toEqual(['Hong Kong SAR China']);
  });

  it('writes English CLDR style as the press does', () => {
    expect(pressStyle('St. Kitts & Nevis', 'en')).toBe('Saint Kitts and Nevis');
    expect(pressStyle('St. Vincent & Grenadines', 'en')).toBe('Saint Vincent and the Grenadines');
    expect(pressStyle('Antigua & Barbuda', 'nl')).toBe('Antigua & Barbuda');
    expect(splitParenthesis('Congo (DRC)')).toEqual(['Congo', 'DRC']);
    expect(splitParenthesis('Congo (Republiek)')).toEqual(['Congo']);
    expect(splitParenthesis('Saint-Martin (partie néerlandaise)')).toEqual(['Saint-Martin']);
    expect(countryNames('KN', cldr, () => []).labels.en).toBe('Saint Kitts and Nevis');
  });
});
