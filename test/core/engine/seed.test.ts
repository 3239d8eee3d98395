/**
 * The seed article annotated with the real bundled packs: the end-to-end check that the data and the matcher
 * together find every entity of the article, and nothing where the article only uses an ordinary word.
 */
import { describe, expect, it } from 'vitest';
import { loadAndCompilePacks } from '../../../scripts/lib/packs';
import { createAnnotator } from '../../../src/core/engine/reference';
import { SEED_ARTICLE_TEXT } from '../../fixtures/seed-article';

const ARTICLE = SEED_ARTICLE_TEXT;

const SEED_ENTITIES = [
  'islamic-state',
  'damascus',
  'sohr',
  'united-kingdom',
  'sana',
  'bashar-al-assad',
  'yarmouk',
  'tadamoun',
  'hajar-al-aswad',
  'syria',
  'turkey',
  'iraq',
  'jordan',
  'anp',
  'belga',
];

describe('the seed article with the bundled packs', () => {
  const { index, errors } = loadAndCompilePacks('assets/packs');
  const mentions = index ? createAnnotator(index).annotate(ARTICLE, { language: 'nl' }) : [];

  it('compiles the bundled packs without errors', () => {
    expect(errors).toEqual([]);
  });

  it('links every entity of the seed article', () => {
    const linked = new Set(mentions.map((m) => m.entityId));
    expect(SEED_ENTITIES.filter((id) => !linked.has(id))).toEqual([]);
  });

  it('keeps mentions exact and disjoint', () => {
    mentions.forEach((m, i) => {
      expect(ARTICLE.slice(m.start, m.end)).toBe(m.text);
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
    });
  });

  it('does not take the verb "is" for IS', () => {
    const sentence = 'Een groep strijders van Islamitische Staat is zondagochtend';
    const verb = ARTICLE.indexOf(sentence) + sentence.indexOf(' is ') + 1;
    expect(ARTICLE.slice(verb, verb + 2)).toBe('is');
    expect(mentions.filter((m) => m.start < verb + 2 && m.end > verb)).toEqual([]);
    expect(mentions.filter((m) => m.text.toLowerCase() === 'is').every((m) => m.text === 'IS')).toBe(true);
  });

  it('links the ambiguous names only with evidence from the text', () => {
    const why = (text: string) => mentions.find((m) => m.text === text)?.why;
    expect(why('Sana')).toMatchObject({ rule: 'context', evidence: 'agentschap' });
    expect(why('Assad')).toMatchObject({ rule: 'coreference', evidence: 'Bashar al-Assad' });
    expect(why('Belga')?.rule).toBe('context');
    expect(why('ANP')?.rule).toBe('context');
  });

  it('prefers the full name over the demonym inside it', () => {
    expect(mentions.find((m) => m.entityId === 'sohr')?.text).toBe(
      'Syrisch Observatorium voor de Mensenrechten',
    );
  });
});
