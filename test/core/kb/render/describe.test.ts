import { describe as suite, expect, it } from 'vitest';
import { describe, yearsText } from '../../../../src/core/kb/render/describe';
import { formatDate } from '../../../../src/core/kb/render/values';
import type { RenderLookup } from '../../../../src/core/kb/render/values';
import type { Lang, PackClass, Statement } from '../../../../src/core/kb/schema';

const klass = (id: string, fields: Partial<PackClass>): PackClass => ({
  id,
  qid: null,
  kind: 'class',
  labels: {},
  femaleLabels: {},
  gender: {},
  sources: [],
  ...fields,
});

const CLASSES = [
  klass('politician', {
    labels: { nl: 'politicus', en: 'politician', fr: 'homme politique', de: 'Politiker' },
    femaleLabels: { nl: 'politica', fr: 'femme politique', de: 'Politikerin' },
  }),
  klass('prime-minister-nl', {
    kind: 'office',
    labels: {
      nl: 'premier van Nederland',
      en: 'Prime Minister of the Netherlands',
      fr: 'Premier ministre des Pays-Bas',
      de: 'Ministerpräsident der Niederlande',
    },
    femaleLabels: { de: 'Ministerpräsidentin der Niederlande' },
  }),
  klass('nato-sg', {
    kind: 'office',
    labels: {
      nl: 'secretaris-generaal van de NAVO',
      en: 'Secretary General of NATO',
      fr: "secrétaire général de l'OTAN",
      de: 'NATO-Generalsekretär',
    },
  }),
  klass('city', {
    labels: { nl: 'stad', en: 'city', fr: 'ville', de: 'Stadt' },
    gender: { nl: 'de', fr: 'f', de: 'f' },
  }),
  klass('village', {
    labels: { nl: 'dorp', en: 'village', fr: 'village', de: 'Dorf' },
    gender: { nl: 'het', fr: 'm', de: 'n' },
  }),
  klass('news-agency', {
    labels: { nl: 'persbureau', en: 'news agency', fr: 'agence de presse', de: 'Nachrichtenagentur' },
    gender: { nl: 'het', fr: 'f', de: 'f' },
  }),
  klass('party', {
    labels: { nl: 'politieke partij', en: 'political party', fr: 'parti politique', de: 'Partei' },
    gender: { nl: 'de', fr: 'm', de: 'f' },
  }),
  klass('war', {
    labels: { nl: 'burgeroorlog', en: 'civil war', fr: 'guerre civile', de: 'Bürgerkrieg' },
    gender: { nl: 'de', fr: 'f', de: 'm' },
  }),
];
const ENTITIES = {
  netherlands: {
    type: 'place' as const,
    labels: { nl: 'Nederland', en: 'Netherlands', fr: 'Pays-Bas', de: 'Niederlande' },
    adjective: {
      nl: ['Nederlands', 'Nederlandse'],
      en: ['Dutch'],
      fr: ['néerlandais', 'néerlandaise'],
      de: ['niederländisch'],
    },
  },
  vvd: { type: 'organisation' as const, labels: { nl: 'VVD', en: 'VVD', fr: 'VVD', de: 'VVD' } },
};
const lookup: RenderLookup = {
  entity: (id) => ENTITIES[id as keyof typeof ENTITIES],
  klass: (id) => CLASSES.find((c) => c.id === id),
};
const all = (type: Parameters<typeof describe>[0], statements: Statement[]) =>
  Object.fromEntries(
    (['nl', 'en', 'fr', 'de'] as Lang[]).map((lang) => [lang, describe(type, statements, lang, lookup)]),
  );

const politician = (gender: 'male' | 'female'): Statement[] => [
  { property: 'sex-or-gender', value: { code: gender } },
  { property: 'citizenship', value: { entity: 'netherlands' } },
  { property: 'occupation', value: { entity: 'politician' } },
  { property: 'member-of-party', value: { entity: 'vvd' }, asOf: '2025-06', source: 'https://example.org' },
  {
    property: 'position-held',
    value: { entity: 'prime-minister-nl' },
    start: '2010-10-14',
    end: '2024-07-02',
  },
  {
    property: 'position-held',
    value: { entity: 'nato-sg' },
    start: '2024-10-01',
    asOf: '2025-06',
    source: 'https://example.org',
  },
];

suite('yearsText', () => {
  it('says how old the data is for an open period it knows only up to a later year, not for one of the same year', () => {
    expect(yearsText('en', '2017-10-26', undefined, '2022-08-02')).toBe('since 2017 (as of 2022)');
    expect(yearsText('nl', '2017-10-26', undefined, '2022-08-02')).toBe('sinds 2017 (stand 2022)');
    expect(yearsText('en', '2022-03-01', undefined, '2022-08-02')).toBe('since 2022');
    expect(yearsText('en', '2017-10-26', '2023-01-25', '2022-08-02')).toBe('2017–2023');
    expect(yearsText('en', '2017-10-26', undefined)).toBe('since 2017');
  });
});

suite('describe', () => {
  it('writes a man in office with his party, the current office first, in four grammars', () => {
    expect(all('person', politician('male'))).toEqual({
      nl: 'Nederlands politicus (VVD); secretaris-generaal van de NAVO sinds 2024 (stand 2025); premier van Nederland 2010–2024',
      en: 'Dutch politician (VVD); Secretary General of NATO since 2024 (as of 2025); Prime Minister of the Netherlands 2010–2024',
      fr: "Homme politique néerlandais (VVD) ; secrétaire général de l'OTAN depuis 2024 (données de 2025) ; Premier ministre des Pays-Bas 2010–2024",
      de: 'Niederländischer Politiker (VVD); NATO-Generalsekretär seit 2024 (Stand 2025); Ministerpräsident der Niederlande 2010–2024',
    });
  });

  it('gives a woman the female forms of noun, adjective and office where the language has them', () => {
    const text = all('person', politician('female'));
    expect(text.nl).toMatch(/^Nederlandse politica \(VVD\)/);
    expect(text.fr).toMatch(/^Femme politique néerlandaise \(VVD\)/);
    expect(text.de).toMatch(
      /^Niederländische Politikerin \(VVD\);.*Ministerpräsidentin der Niederlande 2010–2024$/,
    );
    expect(text.en).toMatch(/^Dutch politician \(VVD\)/);
  });

  it('agrees the adjective with the noun: Dutch de- and het-words, French and German genders', () => {
    const place = (cls: string): Statement[] => [
      { property: 'instance-of', value: { entity: cls } },
      { property: 'country', value: { entity: 'netherlands' } },
    ];
    expect(all('place', place('city'))).toEqual({
      nl: 'Nederlandse stad',
      en: 'Dutch city',
      fr: 'Ville néerlandaise',
      de: 'Niederländische Stadt',
    });
    expect(all('place', place('village'))).toEqual({
      nl: 'Nederlands dorp',
      en: 'Dutch village',
      fr: 'Village néerlandais',
      de: 'Niederländisches Dorf',
    });
  });

  it('dates an organisation by its founding, agreeing the French participle', () => {
    const agency: Statement[] = [
      { property: 'instance-of', value: { entity: 'news-agency' } },
      { property: 'country', value: { entity: 'netherlands' } },
      { property: 'founded', value: { date: '1934-12-11' } },
    ];
    expect(all('organisation', agency)).toEqual({
      nl: 'Nederlands persbureau, opgericht in 1934',
      en: 'Dutch news agency founded in 1934',
      fr: 'Agence de presse néerlandaise fondée en 1934',
      de: 'Niederländische Nachrichtenagentur, gegründet 1934',
    });
    const party: Statement[] = [
      { property: 'instance-of', value: { entity: 'party' } },
      { property: 'founded', value: { date: '1948' } },
    ];
    expect(describe('organisation', party, 'fr', lookup)).toBe('Parti politique fondé en 1948');
  });

  it('gives an event its years', () => {
    const war: Statement[] = [
      { property: 'instance-of', value: { entity: 'war' } },
      { property: 'country', value: { entity: 'netherlands' } },
      { property: 'start-time', value: { date: '2011-03-15' } },
      { property: 'end-time', value: { date: '2024-12-08' } },
    ];
    expect(describe('event', war, 'de', lookup)).toBe('Niederländischer Bürgerkrieg (2011–2024)');
  });

  it('says nothing rather than something vague, and drops parts rather than cutting one off', () => {
    expect(
      describe('place', [{ property: 'country', value: { entity: 'netherlands' } }], 'en', lookup),
    ).toBeUndefined();
    expect(describe('person', [], 'nl', lookup)).toBeUndefined();
    const many = politician('male').concat(
      Array.from({ length: 6 }, (_, i) => ({
        property: 'position-held' as const,
        value: { entity: 'nato-sg' },
        start: `${1990 + i}`,
        end: `${1991 + i}`,
      })),
    );
    const text = describe('person', many, 'fr', lookup)!;
    expect(text.length).toBeLessThanOrEqual(140);
    expect(text.split(' ; ')).toHaveLength(3);
  });
});

suite('formatDate', () => {
  it('writes a day, a month and a year as each language does', () => {
    expect(['nl', 'en', 'fr', 'de'].map((lang) => formatDate('1965-09-11', lang as Lang))).toEqual([
      '11 september 1965',
      '11 September 1965',
      '11 septembre 1965',
      '11. September 1965',
    ]);
    expect(formatDate('2018-05', 'fr')).toBe('mai 2018');
    expect(formatDate('1957', 'de')).toBe('1957');
  });
});
