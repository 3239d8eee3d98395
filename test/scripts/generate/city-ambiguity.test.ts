import { describe, expect, it } from 'vitest';
import {
  alsoPersonName,
  ambiguityOf,
  indexPlacesByName,
  loadOrdinaryWordsOf,
  ordinaryWordsOf,
  type AmbiguityData,
  type NamedPlace,
} from '../../../scripts/generate/lib/city-ambiguity';

interface Place extends NamedPlace {
  names: string[];
}

const place = (
  id: number,
  names: string[],
  country: string,
  population: number,
  lat = 0,
  lon = 0,
): Place => ({
  id,
  names,
  country,
  population,
  point: { lat, lon },
});

const hamilton = place(1, ['Hamilton'], 'BM', 902, 32.29, -64.78);
const sanaa = place(2, ['Sanaa', "Sana'a"], 'YE', 0, 15.35, 44.2);
const valencia = place(3, ['Valencia'], 'VE', 1_385_083, 10.16, -68.0);
const wellington = place(4, ['Wellington'], 'NZ', 381_900, -41.29, 174.78);
const sofia = place(5, ['Sofia'], 'BG', 1_152_556, 42.7, 23.32);
const roadTown = place(6, ['Road Town'], 'VG', 8_449, 18.43, -64.62);
const portLouis = place(7, ['Port Louis'], 'MU', 155_226, -20.16, 57.5);
const kingstown = place(9, ['Kingstown'], 'VC', 12_909, 13.16, -61.22);

const others = [
  place(11, ['Hamilton'], 'CA', 519_949, 43.25, -79.85),
  // Sanaa's own second GeoNames record, with the population: the same city, not a namesake.
  place(12, ['Sanaa'], 'YE', 1_937_451, 15.36, 44.21),
  place(13, ['Valencia'], 'ES', 814_208, 39.47, -0.38),
  // Hamlets: too small to be namesakes, even of a small capital.
  place(14, ['Kingstown'], 'US', 3_000, 35.0, -106.0),
  place(15, ['Wellington'], 'GB', 5_000, 51.0, -2.0),
];

const data: AmbiguityData = {
  placesByName: indexPlacesByName(
    [hamilton, sanaa, valencia, wellington, sofia, roadTown, portLouis, kingstown, ...others],
    (p) => p.names,
  ),
  personNames: new Set(['wellington', 'sofia', 'douglas']),
  ordinaryWords: new Set(['road', 'town', 'port', 'the', 'valley']),
};

describe('city names that need context', () => {
  it('flags a name that a town with at least half the inhabitants elsewhere also has', () => {
    expect(ambiguityOf('Hamilton', hamilton, data)).toBe('namesake');
    expect(ambiguityOf('Valencia', valencia, data)).toBe('namesake');
  });

  it("does not count the city's own second record, nor a hamlet", () => {
    expect(ambiguityOf('Sanaa', sanaa, data)).toBeUndefined();
    expect(ambiguityOf('Kingstown', kingstown, data)).toBeUndefined();
  });

  it('flags a person name for a small city; a bigger one keeps its name, with the personName hint', () => {
    const douglas = place(10, ['Douglas'], 'IM', 26_218, 54.15, -4.48);
    expect(ambiguityOf('Douglas', douglas, data)).toBe('person');
    expect(alsoPersonName('Douglas', douglas, data)).toBe(false);
    for (const city of [wellington, sofia]) {
      expect(ambiguityOf(city.names[0]!, city, data)).toBeUndefined();
      expect(alsoPersonName(city.names[0]!, city, data)).toBe(true);
    }
    expect(alsoPersonName('Valencia', valencia, data)).toBe(false);
  });

  it('flags a name made only of ordinary words, for a small city', () => {
    expect(ambiguityOf('Road Town', roadTown, data)).toBe('words');
    // "Louis" is no ordinary word here.
    expect(ambiguityOf('Port Louis', portLouis, data)).toBeUndefined();
    const bigValley = place(8, ['The Valley'], 'XX', 500_000);
    expect(ambiguityOf('The Valley', bigValley, data)).toBeUndefined();
  });

  it('compares names by their key, as the matcher folds them', () => {
    expect(ambiguityOf('HAMILTON', hamilton, data)).toBe('namesake');
    expect(ambiguityOf('road-town', roadTown, data)).toBe('words');
  });
});

describe('ordinaryWordsOf', () => {
  it('keeps the lower-case entries of a Hunspell dictionary and their affixed forms, without their flags', () => {
    const aff = 'SET UTF-8\nFORBIDDENWORD !\nSFX S Y 1\nSFX S 0 s .\n';
    const dic = '6\nvalley/S\nLondon/S\nNATO\ncayenne\nréunion/S\nvalleies/!\n';
    expect(ordinaryWordsOf({ aff, dic }).sort()).toEqual([
      'cayenne',
      'reunion',
      'reunions',
      'valley',
      'valleys',
    ]);
  });

  // Expanding the French dictionary's affix rules is the slow part: a minute or more on a shared two-core machine.
  it('counts the inflected and irregular forms of the real dictionaries as words, not names', async () => {
    const french = await loadOrdinaryWordsOf('fr');
    // "Vas-y" (aller), "il porta un coup" (porter): Vas County and the furniture chain porta linked them (#20).
    for (const word of ['vas', 'porta', 'allees', 'porter']) expect(french.has(word), word).toBe(true);
    for (const name of ['amsterdam', 'bruxelles', 'strasbourg']) expect(french.has(name), name).toBe(false);
    const english = await loadOrdinaryWordsOf('en');
    for (const word of ['children', 'went', 'valleys']) expect(english.has(word), word).toBe(true);
    expect(english.has('amsterdam')).toBe(false);
  }, 300_000);
});
