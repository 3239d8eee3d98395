import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../src/core/kb/schema';
import { describeCity, summarizeCity, type CityFacts } from '../../../scripts/generate/lib/city-text';
import {
  describeCountry,
  summarizeCountry,
  type CountryFacts,
} from '../../../scripts/generate/lib/world-text';

const syria: CountryFacts = {
  code: 'SY',
  kind: 'country',
  labels: { nl: 'Syrië', en: 'Syria', fr: 'Syrie', de: 'Syrien' },
  region: '145',
  sovereign: null,
  capital: { nl: 'Damascus', en: 'Damascus', fr: 'Damas', de: 'Damaskus' },
};
const greenland: CountryFacts = {
  code: 'GL',
  kind: 'territory',
  labels: { nl: 'Groenland', en: 'Greenland', fr: 'Groenland', de: 'Grönland' },
  region: '021',
  sovereign: 'DK',
  capital: { nl: 'Nuuk', en: 'Nuuk', fr: 'Nuuk', de: 'Nuuk' },
};
const bouvet: CountryFacts = {
  code: 'BV',
  kind: 'territory',
  labels: { nl: 'Bouveteiland', en: 'Bouvet Island', fr: 'Île Bouvet', de: 'Bouvetinsel' },
  region: null,
  sovereign: 'NO',
  capital: null,
};
const usa: CountryFacts = {
  code: 'US',
  kind: 'country',
  labels: { nl: 'Verenigde Staten', en: 'United States', fr: 'États-Unis', de: 'Vereinigte Staaten' },
  region: '021',
  sovereign: null,
  capital: { nl: 'Washington D.C.', en: 'Washington D.C.', fr: 'Washington', de: 'Washington' },
};

/** Sentences, not counting the full stop of an abbreviation such as "D.C.". */
function sentences(text: string): number {
  return text.split(/(?<![A-Z]\.[A-Z])\.\s+(?=[A-Z])/).length;
}

describe('country templates', () => {
  it('describe a country in each language', () => {
    expect(describeCountry(syria, 'nl')).toBe('Land in West-Azië met Damascus als hoofdstad.');
    expect(describeCountry(syria, 'en')).toBe('Country in Western Asia with Damascus as its capital.');
    expect(describeCountry(syria, 'fr')).toBe('Pays situé en Asie occidentale ; capitale : Damas.');
    expect(describeCountry(syria, 'de')).toBe('Staat in Westasien mit der Hauptstadt Damaskus.');
  });

  it('describe a territory with its sovereign state', () => {
    expect(describeCountry(greenland, 'nl')).toBe(
      'Gebied in Noord-Amerika onder soevereiniteit van Denemarken; hoofdplaats Nuuk.',
    );
    expect(describeCountry(greenland, 'en')).toBe(
      'Territory in North America under the sovereignty of Denmark; main town: Nuuk.',
    );
    expect(describeCountry(greenland, 'fr')).toBe(
      'Territoire situé en Amérique du Nord relevant du Danemark ; chef-lieu : Nuuk.',
    );
    expect(describeCountry(greenland, 'de')).toBe(
      'Gebiet in Nordamerika unter der Souveränität Dänemarks; Hauptort: Nuuk.',
    );
  });

  it('summarise in two to four sentences, never starting with the name', () => {
    expect(summarizeCountry(syria, 'de')).toBe(
      'Dieser Staat liegt in Westasien. Seine Hauptstadt ist Damaskus. ' +
        'Auf Niederländisch heißt er Syrië, auf Englisch Syria und auf Französisch Syrie.',
    );
    expect(summarizeCountry(greenland, 'fr')).toBe(
      'Ce territoire se trouve en Amérique du Nord et relève du Danemark. Son chef-lieu est Nuuk. ' +
        "En néerlandais, il s'appelle Groenland, en anglais Greenland et en allemand Grönland.",
    );
    for (const facts of [syria, greenland, bouvet, usa]) {
      for (const lang of LANGUAGES) {
        const summary = summarizeCountry(facts, lang);
        expect(sentences(summary), summary).toBeGreaterThanOrEqual(2);
        expect(sentences(summary), summary).toBeLessThanOrEqual(4);
        expect(summary.startsWith(facts.labels[lang]), summary).toBe(false);
      }
    }
  });

  it('never doubles a full stop after an abbreviation, and stays within 140 characters', () => {
    for (const lang of LANGUAGES) {
      expect(describeCountry(usa, lang)).not.toMatch(/\.\./);
      expect(summarizeCountry(usa, lang)).not.toMatch(/\.\./);
      expect(describeCountry(usa, lang).length).toBeLessThanOrEqual(140);
    }
    expect(summarizeCountry(usa, 'en')).toContain('Its capital is Washington D.C. In Dutch');
  });

  it('leaves out what it does not know', () => {
    expect(describeCountry(bouvet, 'en')).toBe('Territory under the sovereignty of Norway.');
    expect(summarizeCountry(bouvet, 'nl')).toBe(
      'Dit gebied valt onder de soevereiniteit van Noorwegen. ' +
        'In het Engels heet het Bouvet Island, in het Frans Île Bouvet en in het Duits Bouvetinsel.',
    );
  });
});

describe('city templates', () => {
  const damascus: CityFacts = {
    labels: { nl: 'Damascus', en: 'Damascus', fr: 'Damas', de: 'Damaskus' },
    country: { code: 'SY', labels: syria.labels },
    capital: true,
    population: 1_569_394,
    year: '2024',
  };
  const mosul: CityFacts = {
    labels: { nl: 'Mosul', en: 'Mosul', fr: 'Mossoul', de: 'Mossul' },
    country: { code: 'IQ', labels: { nl: 'Irak', en: 'Iraq', fr: 'Irak', de: 'Irak' } },
    capital: false,
    population: 1_739_800,
    year: '2024',
  };

  it('describe a capital and a city', () => {
    expect(describeCity(damascus, 'nl')).toBe('Hoofdstad van Syrië; ongeveer 1,6 miljoen inwoners (2024).');
    expect(describeCity(damascus, 'fr')).toBe(
      "Capitale de la Syrie ; environ 1,6 million d'habitants (2024).",
    );
    expect(describeCity(mosul, 'en')).toBe('City in Iraq; about 1.7 million inhabitants (2024).');
    expect(describeCity(mosul, 'de')).toBe('Stadt im Irak; etwa 1,7 Millionen Einwohner (2024).');
    expect(describeCity(mosul, 'fr')).toBe("Ville en Irak ; environ 1,7 million d'habitants (2024).");
  });

  it('summarise with the population and the other names', () => {
    expect(summarizeCity(damascus, 'en')).toBe(
      'Damascus is the capital of Syria. It had about 1.6 million inhabitants in 2024. ' +
        'In Dutch it is called Damascus, in French Damas and in German Damaskus.',
    );
    expect(summarizeCity(mosul, 'de')).toBe(
      'Mossul ist eine Stadt im Irak. 2024 hatte sie etwa 1,7 Millionen Einwohner. ' +
        'Auf Niederländisch und Englisch heißt sie Mosul, auf Französisch Mossoul.',
    );
  });

  it("describe a borough as its city's, with the pronoun its noun takes", () => {
    const manhattan: CityFacts = {
      labels: { nl: 'Manhattan', en: 'Manhattan', fr: 'Manhattan', de: 'Manhattan' },
      country: {
        code: 'US',
        labels: { nl: 'Verenigde Staten', en: 'United States', fr: 'États-Unis', de: 'Vereinigte Staaten' },
      },
      capital: false,
      partOf: {
        kind: 'borough',
        names: { nl: 'New York', en: 'New York', fr: 'New York', de: 'New York City' },
      },
      population: 1_694_251,
      year: '2020',
    };
    expect(describeCity(manhattan, 'nl')).toBe(
      'Stadsdeel van New York, in de Verenigde Staten; ongeveer 1,7 miljoen inwoners (2020).',
    );
    expect(describeCity(manhattan, 'fr')).toBe(
      "Arrondissement de New York, aux États-Unis ; environ 1,7 million d'habitants (2020).",
    );
    expect(summarizeCity(manhattan, 'de')).toBe(
      'Manhattan ist ein Stadtbezirk von New York City in den Vereinigten Staaten. 2020 hatte er etwa ' +
        '1,7 Millionen Einwohner. Auch auf Niederländisch, Englisch und Französisch heißt er Manhattan.',
    );
    expect(summarizeCity(manhattan, 'fr')).toContain('En 2020, il comptait environ');
    expect(summarizeCity(manhattan, 'nl')).toContain('In 2020 telde het stadsdeel ongeveer');
  });

  it('describe a township as its city\'s, with "de township" in Dutch and "es" in German', () => {
    const johannesburg = { nl: 'Johannesburg', en: 'Johannesburg', fr: 'Johannesbourg', de: 'Johannesburg' };
    const soweto: CityFacts = {
      labels: { nl: 'Soweto', en: 'Soweto', fr: 'Soweto', de: 'Soweto' },
      country: {
        code: 'ZA',
        labels: { nl: 'Zuid-Afrika', en: 'South Africa', fr: 'Afrique du Sud', de: 'Südafrika' },
      },
      capital: false,
      partOf: { kind: 'township', names: johannesburg },
      population: 1_695_047,
      year: '2024',
    };
    expect(describeCity(soweto, 'en')).toBe(
      'Township of Johannesburg, in South Africa; about 1.7 million inhabitants (2024).',
    );
    expect(describeCity(soweto, 'fr')).toBe(
      "Township de Johannesbourg, en Afrique du Sud ; environ 1,7 million d'habitants (2024).",
    );
    expect(summarizeCity(soweto, 'nl')).toBe(
      'Soweto is een township van Johannesburg, in Zuid-Afrika. In 2024 telde de township ongeveer ' +
        '1,7 miljoen inwoners. Ook in het Engels, Frans en Duits heet de township Soweto.',
    );
    expect(summarizeCity(soweto, 'de')).toBe(
      'Soweto ist ein Township von Johannesburg in Südafrika. 2024 hatte es etwa 1,7 Millionen ' +
        'Einwohner. Auch auf Niederländisch, Englisch und Französisch heißt es Soweto.',
    );
    // French elides "de" before a vowel: a borough of Ixelles would be "d'Ixelles".
    const ofVowel: CityFacts = {
      ...soweto,
      partOf: { kind: 'borough', names: { ...johannesburg, fr: 'Ixelles' } },
    };
    expect(describeCity(ofVowel, 'fr')).toMatch(/^Arrondissement d'Ixelles, /);
  });

  it('leave the population out when no source dates one', () => {
    const tiny = { ...damascus, population: 0 };
    expect(describeCity(tiny, 'nl')).toBe('Hoofdstad van Syrië.');
    expect(sentences(summarizeCity(tiny, 'nl'))).toBe(2);
  });
});
