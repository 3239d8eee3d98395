import { describe, expect, it } from 'vitest';
import { countryCodeOfIoc } from '../../../scripts/worklist/countries';
import {
  naturalEarthAirports,
  naturalEarthPlaces,
  naturalEarthRegions,
  nsiCandidates,
  nsiReach,
  parlGovCabinets,
  parlGovElections,
  parseClubsWiki,
  usNewspapers,
  usStates,
} from '../../../scripts/worklist/domains';
import { airportWeight, cityWeight, domainOfKind, nsiWeight } from '../../../scripts/worklist/salience';

// Rows shaped as the sources write them (the same columns, abridged), with made-up ids where the value does not
// matter to the adapter.

describe('ParlGov elections and cabinets', () => {
  const countryOf = new Map([
    ['54', 'NL'],
    ['26', 'DE'],
  ]);

  it('takes national and European elections since 2000 with a page, as events', () => {
    const elections = parlGovElections(
      [
        {
          type: '13',
          country: '54',
          date: '2021-03-17',
          early: '0',
          wikipedia: 'https://en.wikipedia.org/wiki/2021_Dutch_general_election',
        },
        {
          type: '1',
          country: '26',
          date: '2009-06-07',
          early: '0',
          wikipedia: 'http://en.wikipedia.org/wiki/European_Parliament_election,_2009_(Germany)',
        },
        // Before 2000, and without a page: left out.
        { type: '13', country: '54', date: '1998-05-06', wikipedia: 'http://en.wikipedia.org/wiki/X' },
        { type: '13', country: '54', date: '2023-11-22', wikipedia: '' },
      ],
      countryOf,
    );
    expect(
      elections.map((c) => [c.title, c.type, c.roles[0]?.kind, c.roles[0]?.country, c.roles[0]?.end]),
    ).toEqual([
      ['2021 Dutch general election', 'event', 'election', 'NL', 2021],
      ['European Parliament election, 2009 (Germany)', 'event', 'election-ep', 'DE', 2009],
    ]);
    expect(domainOfKind('election')).toBe('events');
  });

  it('takes cabinets whose page names a government, ending when the next one starts', () => {
    const cabinets = parlGovCabinets(
      [
        {
          id: '1',
          country: '54',
          name: 'Rutte III',
          start_date: '2017-10-26',
          termination_date: '',
          wikipedia: 'https://en.wikipedia.org/wiki/Third_Rutte_cabinet',
        },
        {
          id: '2',
          country: '54',
          name: 'Rutte IV',
          start_date: '2022-01-10',
          previous_cabinet: '1',
          wikipedia: 'https://en.wikipedia.org/wiki/Fourth_Rutte_cabinet',
        },
        // A head of government's page, a list, and a cabinet named as its page: only the last is kept.
        {
          id: '3',
          country: '26',
          name: 'Merkel I',
          start_date: '2005',
          wikipedia: 'https://en.wikipedia.org/wiki/Angela_Merkel',
        },
        {
          id: '4',
          country: '54',
          name: 'X',
          start_date: '2003',
          wikipedia: 'https://en.wikipedia.org/wiki/List_of_Dutch_cabinets',
        },
        {
          id: '5',
          country: '54',
          name: 'Balkenende II',
          start_date: '2003-05-27',
          termination_date: '2006-07-07',
          wikipedia: 'https://en.wikipedia.org/wiki/Balkenende_II',
        },
      ],
      countryOf,
      2024,
    );
    expect(cabinets.map((c) => [c.title, c.label, c.roles[0]?.start, c.roles[0]?.end])).toEqual([
      ['Third Rutte cabinet', 'Rutte III', 2017, 2022],
      ['Fourth Rutte cabinet', 'Rutte IV', 2022, 2024],
      ['Balkenende II', 'Balkenende II', 2003, 2006],
    ]);
  });
});

describe('Natural Earth', () => {
  it('takes populated places with a Wikidata id, weighed by population and capital rank', () => {
    const places = naturalEarthPlaces(
      [
        {
          FEATURECLA: 'Admin-0 capital',
          NAME: 'Amsterdam',
          NAME_EN: 'Amsterdam',
          ISO_A2: 'NL',
          ADM0_A3: 'NLD',
          POP_MAX: 1031000,
          wikidataid: 'Q727',
          GEONAMEID: 2759794,
        },
        {
          featurecla: 'Populated place',
          name: 'Rotterdam',
          iso_a2: '-99',
          adm0_a3: 'NLD',
          pop_max: 1005000,
          wikidataid: 'Q34370',
          geonameid: -1,
        },
        { FEATURECLA: 'Scientific station', NAME: 'McMurdo', ISO_A2: 'AQ', POP_MAX: 1000, wikidataid: 'Q1' },
        { FEATURECLA: 'Populated place', NAME: 'Nowhere', ISO_A2: 'NL', POP_MAX: 1000, wikidataid: '' },
      ],
      2026,
    );
    expect(places.map((c) => [c.qid, c.label, c.geonames, c.roles[0]?.country])).toEqual([
      ['Q727', 'Amsterdam', '2759794', 'NL'],
      ['Q34370', 'Rotterdam', null, 'NL'],
    ]);
    expect(places[0]?.roles[0]?.weight).toBeCloseTo(cityWeight(1031000, 'national'));
    expect(cityWeight(10_000_000, 'none')).toBeCloseTo(0.3);
    expect(cityWeight(50_000, 'none')).toBeCloseTo(0.1);
    expect(cityWeight(1e9, 'national')).toBeCloseTo(0.6);
  });

  it('takes regions and airports by their Wikipedia pages', () => {
    const regions = naturalEarthRegions(
      [
        {
          name: 'Alberta',
          type_en: 'Province',
          admin: 'Canada',
          iso_a2: 'CA',
          wikipedia: 'http://en.wikipedia.org/wiki/Alberta',
        },
        { name: 'Acre', type_en: 'State', admin: 'Brazil', iso_a2: 'BR', wikipedia: -99 },
      ],
      2026,
    );
    expect(regions.map((c) => [c.title, c.type, c.roles[0]?.label])).toEqual([
      ['Alberta', 'place', 'province of Canada'],
    ]);
    const airports = naturalEarthAirports(
      [
        {
          name: 'Franz-Josef-Strauss',
          type: 'major',
          scalerank: 3,
          wikipedia: 'http://en.wikipedia.org/wiki/Munich_International_Airport',
        },
      ],
      2026,
    );
    expect(airports.map((c) => [c.title, c.label, c.roles[0]?.country])).toEqual([
      ['Munich International Airport', 'Munich International Airport', ''],
    ]);
    expect(airportWeight(2)).toBeCloseTo(0.25);
    expect(airportWeight(9)).toBeCloseTo(0.075);
  });
});

describe('football clubs', () => {
  it('reads clubs.wiki.txt: country headings, page titles, comments', () => {
    const text = [
      '===========',
      '=  England',
      '',
      'Arsenal F.C.',
      'A.F.C. Bournemouth   ## the Cherries',
      '',
      '# Huddersfield Town A.F.C.\r',
      'Reading F.C.\r',
      '=====',
      '= Germany • Deutschland',
      '',
      'FC Bayern Munich',
    ].join('\n');
    expect(parseClubsWiki(text)).toEqual([
      { country: 'GB', title: 'Arsenal F.C.' },
      { country: 'GB', title: 'A.F.C. Bournemouth' },
      { country: 'GB', title: 'Reading F.C.' },
      { country: 'DE', title: 'FC Bayern Munich' },
    ]);
    expect(domainOfKind('club')).toBe('sport');
  });

  it('maps IOC codes to ISO countries', () => {
    expect(countryCodeOfIoc('NED')).toBe('NL');
    expect(countryCodeOfIoc('GER')).toBe('DE');
    expect(countryCodeOfIoc('SUI')).toBe('CH');
    expect(countryCodeOfIoc('BRN')).toBe('BH');
    expect(countryCodeOfIoc('FRA')).toBe('FR');
    expect(countryCodeOfIoc('KOS')).toBe('XK');
    expect(countryCodeOfIoc('URS')).toBe('');
  });
});

describe('US newspapers and states', () => {
  it('takes newspapers with a page or a Wikidata id, as media', () => {
    const newspapers = usNewspapers(
      [
        {
          'WP-title': 'The Alabama Baptist',
          state: 'Alabama',
          path: '/wiki/The_Alabama_Baptist',
          qid: 'Q7712959',
        },
        { 'WP-title': 'Alabama Times', state: 'Alabama', path: '', qid: '' },
      ],
      2023,
    );
    expect(newspapers.map((c) => [c.title, c.qid, c.roles[0]?.kind, c.roles[0]?.end])).toEqual([
      ['The Alabama Baptist', 'Q7712959', 'newspaper', 2023],
    ]);
    expect(domainOfKind('newspaper')).toBe('media');
    const states = usStates([{ state: 'Alabama', qid: 'Q173' }], 2026);
    expect(states.map((c) => [c.qid, c.label, c.type])).toEqual([['Q173', 'Alabama', 'place']]);
  });
});

describe('the name-suggestion-index', () => {
  it('measures how far a name reaches', () => {
    expect(nsiReach(['001'])).toEqual({ reach: 'world', country: 'INT' });
    expect(nsiReach(['150'])).toEqual({ reach: 'region', country: 'INT' });
    expect(nsiReach(['nl', 'be', 'de', 'fr', 'lu'])).toEqual({ reach: 'region', country: 'INT' });
    expect(nsiReach(['be', 'nl'])).toEqual({ reach: 'countries', country: 'BE' });
    expect(nsiReach(['pl', 'nl'])).toEqual({ reach: 'countries', country: 'NL' });
    expect(nsiReach(['nl'])).toEqual({ reach: 'country', country: 'NL' });
    expect(nsiReach(['us-ca.geojson'])).toEqual({ reach: 'local', country: 'US' });
    expect(nsiWeight('world', 1)).toBeCloseTo(0.2);
    expect(nsiWeight('country', 9)).toBeCloseTo(0.18);
  });

  it('folds brands and operators into one organisation per Wikidata id, by kind of place', () => {
    const candidates = nsiCandidates(
      [
        {
          tree: 'brand',
          category: 'amenity/public_bookcase',
          items: [
            {
              displayName: 'RWE Bücherschrank',
              locationSet: { include: ['de'] },
              tags: { brand: 'RWE Bücherschrank', 'brand:wikidata': 'Q138133' },
            },
          ],
        },
        {
          tree: 'operator',
          category: 'power/plant',
          items: [
            {
              displayName: 'RWE',
              locationSet: { include: ['de'] },
              tags: { operator: 'RWE', 'operator:wikidata': 'Q138133' },
            },
            {
              displayName: 'RWE',
              locationSet: { include: ['nl'] },
              tags: { operator: 'RWE', 'operator:wikidata': 'Q138133' },
            },
          ],
        },
        {
          tree: 'operator',
          category: 'amenity/police',
          items: [
            {
              displayName: 'Politie',
              locationSet: { include: ['nl'] },
              tags: { operator: 'Politie', 'operator:wikidata': 'Q2007530' },
            },
            // A town's administration, and a kind of place towns run: left out.
            {
              displayName: 'Stadt Essen',
              locationSet: { include: ['de'] },
              tags: { operator: 'Stadt Essen', 'operator:wikidata': 'Q2066' },
            },
          ],
        },
        {
          tree: 'operator',
          category: 'leisure/park',
          items: [
            { displayName: 'Parks Trust', tags: { operator: 'Parks Trust', 'operator:wikidata': 'Q3' } },
          ],
        },
        {
          tree: 'brand',
          category: 'office/political_party',
          items: [
            {
              displayName: 'D66',
              locationSet: { include: ['nl'] },
              tags: { brand: 'D66', 'brand:wikidata': 'Q1130853' },
            },
          ],
        },
      ],
      2026,
    );
    expect(candidates.map((c) => [c.qid, c.label, c.roles[0]?.kind, c.roles[0]?.country])).toEqual([
      ['Q1130853', 'D66', 'party', 'NL'],
      ['Q138133', 'RWE', 'company', 'DE'],
      ['Q2007530', 'Politie', 'agency', 'NL'],
    ]);
    expect(candidates[1]?.roles[0]?.weight).toBeCloseTo(nsiWeight('countries', 2));
    expect(domainOfKind('agency')).toBe('world');
    expect(domainOfKind('company')).toBe('economy');
    expect(domainOfKind('institution')).toBe('culture');
    expect(domainOfKind('party')).toBe('politics');
  });
});
