import { describe, expect, it } from 'vitest';
import { arrayAliasTable } from '../../../src/core/scan/alias-table';
import { createAnnotator } from '../../../src/core/engine/reference';
import { addAlternatives } from '../../../src/core/resolve/alternatives';
import type { CompiledAlias } from '../../../src/core/kb/index-format';
import type { MatchCandidate } from '../../../src/core/scan/match';
import type { Mention } from '../../../src/core/resolve/mention';
import { entity, indexOf } from '../pack-fixtures';

function alias(text: string, entityId: string): CompiledAlias {
  return { text, entityId, lang: 'nl', caseSensitive: false, needsContext: false, demonym: false };
}

function mention(start: number, end: number, entityId: string): Mention {
  return { start, end, text: '', entityId, demonym: false, why: { alias: '', rule: 'name' } };
}

function candidate(start: number, end: number, aliases: number[]): MatchCandidate {
  return { start, end, firstWord: 0, lastWord: 0, aliases };
}

describe('addAlternatives', () => {
  const table = arrayAliasTable([
    alias('Brugge', 'brugge'),
    alias('Brugge', 'club-brugge'),
    alias('Brugge', 'club-brugge'),
    alias('Gent', 'gent'),
  ]);

  it('lists the other entities matched on exactly the same words, once each, never the chosen one', () => {
    const mentions = addAlternatives(
      [mention(0, 6, 'brugge'), mention(10, 14, 'gent')],
      [candidate(0, 6, [0, 1, 2]), candidate(10, 14, [3])],
      table,
    );
    expect(mentions[0]!.alternatives).toEqual(['club-brugge']);
    expect(mentions[1]).not.toHaveProperty('alternatives');
  });

  it('ignores candidates on other spans, even overlapping ones', () => {
    const [only] = addAlternatives(
      [mention(0, 6, 'gent')],
      [candidate(0, 7, [0]), candidate(1, 6, [1])],
      table,
    );
    expect(only).not.toHaveProperty('alternatives');
  });
});

describe('annotate: alternatives on linked mentions', () => {
  const annotator = createAnnotator(
    indexOf(
      entity('bashar', {
        type: 'person',
        labels: { nl: 'Bashar al-Assad' },
        aliases: { nl: [{ text: 'Assad', needsContext: true }] },
      }),
      entity('hafez', {
        type: 'person',
        labels: { nl: 'Hafez al-Assad' },
        aliases: { nl: [{ text: 'Assad', needsContext: true }] },
      }),
    ),
  );

  it('offers the namesake of a short name the article settled, and nothing on an unambiguous full name', () => {
    const mentions = annotator.annotate('Bashar al-Assad sprak gisteren. Assad zei ook dat hij bleef.', {
      language: 'nl',
    });
    const full = mentions.find((m) => m.text === 'Bashar al-Assad');
    const short = mentions.find((m) => m.text === 'Assad');
    expect(full?.entityId).toBe('bashar');
    expect(full).not.toHaveProperty('alternatives');
    expect(short?.entityId).toBe('bashar');
    expect(short?.alternatives).toEqual(['hafez']);
  });
});
