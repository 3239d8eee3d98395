import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROPERTIES, PROPERTY_IDS } from '../../../src/core/kb/vocabulary';

describe('the vocabulary', () => {
  it('is written down in docs/pack-format.md, each property with its Wikidata property', () => {
    const doc = readFileSync('docs/pack-format.md', 'utf8');
    const missing = PROPERTY_IDS.filter((id) => {
      // Table rows, their cells trimmed (Prettier pads them).
      const rows = doc
        .split('\n')
        .map((line) => line.split('|').map((cell) => cell.trim()))
        .filter((cells) => cells[1] === `\`${id}\``);
      return !rows.some((cells) => cells[2] === (PROPERTIES[id].pid ?? '—'));
    });
    expect(missing).toEqual([]);
  });

  it('names each Wikidata property once, and each line in four languages', () => {
    const pids = PROPERTY_IDS.map((id) => PROPERTIES[id].pid).filter((pid) => pid !== null);
    expect(new Set(pids).size).toBe(pids.length);
    const unnamed = PROPERTY_IDS.filter((id) => {
      const label = PROPERTIES[id].label;
      return label !== null && !['nl', 'en', 'fr', 'de'].every((lang) => label[lang as 'en'].trim() !== '');
    });
    expect(unnamed).toEqual([]);
  });
});
