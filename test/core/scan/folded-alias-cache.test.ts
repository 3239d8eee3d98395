import { describe, expect, it } from 'vitest';
import { FoldedAliasCache } from '../../../src/core/scan/folded-alias-cache';

const units = (text: string) => Uint16Array.from(text, (ch) => ch.charCodeAt(0));
const read = (cache: FoldedAliasCache, start: number) =>
  String.fromCharCode(...cache.units.subarray(start + 2, start + 2 + cache.lengthAt(start)));

describe('FoldedAliasCache', () => {
  it('finds what it was given, each alias by its own entry', () => {
    const cache = new FoldedAliasCache(10, 100);
    const a = cache.add(7, units('bashar\0al\0assad'));
    const b = cache.add(3, units('sohr'));
    expect(cache.find(7)).toBe(a);
    expect(cache.find(3)).toBe(b);
    expect(read(cache, a)).toBe('bashar\0al\0assad');
    expect(read(cache, b)).toBe('sohr');
    expect(cache.find(4)).toBe(-1);
  });

  it('keeps an empty entry apart from a missing one', () => {
    const cache = new FoldedAliasCache(10, 100);
    const start = cache.add(1, new Uint16Array(0));
    expect(cache.find(1)).toBe(start);
    expect(cache.lengthAt(start)).toBe(0);
  });

  it('starts over when the entries or the units run out, and never returns a stale entry', () => {
    const byCount = new FoldedAliasCache(2, 100);
    byCount.add(1, units('one'));
    byCount.add(2, units('two'));
    const three = byCount.add(3, units('three'));
    expect(byCount.find(1)).toBe(-1);
    expect(byCount.find(2)).toBe(-1);
    expect(read(byCount, three)).toBe('three');

    const byUnits = new FoldedAliasCache(100, 12);
    byUnits.add(1, units('yarmouk'));
    const second = byUnits.add(2, units('tadamoun'));
    expect(byUnits.find(1)).toBe(-1);
    expect(read(byUnits, second)).toBe('tadamoun');
  });

  it('takes an entry longer than its pool, and lengths past 16 bits', () => {
    const cache = new FoldedAliasCache(10, 8);
    const long = new Uint16Array(70_000).fill(0x61);
    const start = cache.add(5, long);
    expect(cache.lengthAt(start)).toBe(70_000);
    expect(cache.units.subarray(start + 2, start + 2 + 70_000)).toEqual(long);
  });
});
