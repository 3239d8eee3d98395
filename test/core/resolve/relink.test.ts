import { describe, expect, it } from 'vitest';
import type { Mention } from '../../../src/core/resolve/mention';
import { applyRelinks, termKey } from '../../../src/core/resolve/relink';

function mention(text: string, entityId: string, alternatives?: string[]): Mention {
  return {
    start: 0,
    end: text.length,
    text,
    entityId,
    demonym: false,
    why: { alias: text, rule: 'coreference' },
    ...(alternatives ? { alternatives } : {}),
  };
}

const HAFEZ = { text: 'Assad', from: 'bashar', to: 'hafez' };

describe('termKey', () => {
  it('ignores case, soft hyphens and surrounding space', () => {
    expect(termKey(' As\u00ADSAD ')).toBe(termKey('Assad'));
    expect(termKey('Assads')).not.toBe(termKey('Assad'));
  });
});

describe('applyRelinks', () => {
  it("relinks the same words to the reader's choice, and keeps the rejected entity as an alternative", () => {
    const [relinked] = applyRelinks([mention('ASSAD', 'bashar', ['hafez', 'asma'])], [HAFEZ]);
    expect(relinked).toMatchObject({ entityId: 'hafez', chosen: true, alternatives: ['bashar', 'asma'] });
  });

  it('leaves other words, other entities and mentions without that alternative alone', () => {
    const mentions = [
      mention('Bashar al-Assad', 'bashar'),
      mention('Assad', 'asma', ['bashar', 'hafez']),
      mention('Assad', 'bashar'),
      mention('Assad', 'bashar', ['asma']),
    ];
    expect(applyRelinks(mentions, [HAFEZ])).toEqual(mentions);
  });

  it('does not change the mentions it was given', () => {
    const original = mention('Assad', 'bashar', ['hafez']);
    applyRelinks([original], [HAFEZ]);
    expect(original.entityId).toBe('bashar');
    expect(original).not.toHaveProperty('chosen');
  });
});
