import { describe, expect, it } from 'vitest';
import { distanceKm, findPlace, placeKey } from '../../../scripts/generate/lib/place-match';

describe('placeKey', () => {
  it('gives the press spelling and the GeoNames transliteration one key', () => {
    expect(placeKey('Ar Raqqah')).toBe(placeKey('Raqqa'));
    expect(placeKey('Jisr ash Shughūr')).toBe(placeKey('Jisr al-Shughur'));
    expect(placeKey('Tall Rif‘at')).toBe(placeKey('Tell Rifaat'));
    expect(placeKey('‘Ayn al ‘Arab')).toBe(placeKey('Ain al-Arab'));
    expect(placeKey('Dārayyā')).toBe(placeKey('Darayya'));
  });

  it('keeps different names apart', () => {
    expect(placeKey('Homs')).not.toBe(placeKey('Hama'));
    expect(placeKey('Idlib')).not.toBe(placeKey('Afrin'));
  });
});

describe('distanceKm', () => {
  it('measures great-circle distance', () => {
    // One degree of latitude is about 111 km.
    expect(distanceKm({ lat: 35, lon: 38 }, { lat: 36, lon: 38 })).toBeCloseTo(111.2, 0);
    expect(distanceKm({ lat: 33.5, lon: 36.3 }, { lat: 33.5, lon: 36.3 })).toBe(0);
  });
});

describe('findPlace', () => {
  const raqqa = { id: '1', names: ['Ar Raqqah'], point: { lat: 35.95, lon: 39.01 } };
  const otherRaqqa = { id: '2', names: ['Raqqa'], point: { lat: 34.0, lon: 37.0 } };
  const nearby = { id: '3', names: ['Tabqa'], point: { lat: 35.96, lon: 39.02 } };

  it('finds the record that shares a name and lies near', () => {
    const match = findPlace(
      { names: ['Raqqa'], point: { lat: 35.95, lon: 39.0 } },
      [otherRaqqa, nearby, raqqa],
      20,
    );
    expect(match?.place.id).toBe('1');
    expect(match?.via).toEqual(['Raqqa', 'Ar Raqqah']);
    expect(match?.distanceKm).toBeLessThan(1);
  });

  it('never matches on the name alone, nor on the distance alone', () => {
    expect(findPlace({ names: ['Raqqa'], point: { lat: 30, lon: 30 } }, [raqqa, otherRaqqa], 20)).toBeNull();
    expect(
      findPlace({ names: ['Kobani'], point: { lat: 35.95, lon: 39.01 } }, [raqqa, nearby], 20),
    ).toBeNull();
  });
});
