import { describe, expect, it } from 'vitest';
import type { CompiledAlias } from '../../../src/core/kb/index-format';
import { createMatcher } from '../../../src/core/scan/reference';

function alias(text: string, entityId: string, flags: Partial<CompiledAlias> = {}): CompiledAlias {
  return { text, entityId, lang: 'nl', caseSensitive: false, needsContext: false, demonym: false, ...flags };
}

const ALIASES: CompiledAlias[] = [
  alias('IS', 'islamic-state', { caseSensitive: true }),
  alias('Sana', 'sana', { needsContext: true }),
  alias('Irak', 'iraq'),
  alias('Bashar al-Assad', 'bashar-al-assad'),
  alias('Syrisch', 'syria', { demonym: true }),
  alias('Syrisch Observatorium voor de Mensenrechten', 'sohr'),
  alias("N'Djamena", 'ndjamena'),
  alias('Jordanië', 'jordan'),
  alias('U.S.', 'united-states', { caseSensitive: true }),
  alias('Syria', 'syria', { lang: 'en' }),
  alias("Qur'an", 'quran'),
  alias('CD&V', 'cd-v'),
  alias('CDU/CSU', 'cdu-csu'),
  alias('ver.di', 'verdi'),
  alias('stern.de', 'stern-magazine'),
  alias('St. Gallen', 'st-gallen'),
  alias('Sint Gallen', 'sint-gallen'),
];
const matcher = createMatcher(ALIASES);

/** The matched original slices with the entities of their aliases, in scan order. */
function found(text: string): string[] {
  return matcher
    .scan(text)
    .candidates.map(
      (c) => `${text.slice(c.start, c.end)}=${c.aliases.map((a) => ALIASES[a]!.entityId).join('|')}`,
    );
}

describe('createMatcher', () => {
  it('never matches inside a word', () => {
    expect(found('Het Sanatorium, het ISBN-nummer en Irakese troepen')).toEqual([]);
    expect(found('ISIS en TISA en Sanaa')).toEqual([]);
  });

  it('matches case-sensitive aliases only as written', () => {
    expect(found('Het leger is er. Is het IS?')).toEqual(['IS=islamic-state']);
    expect(found('Het is zo')).toEqual([]);
  });

  it('compares case-sensitive aliases after normalisation (soft hyphen, apostrophe)', () => {
    const exact = createMatcher([
      alias("N'DJ", 'x', { caseSensitive: true }),
      alias('ANP', 'anp', { caseSensitive: true }),
    ]);
    const text = 'N’DJ, A\u00adNP, n’dj, Anp';
    expect(exact.scan(text).candidates.map((c) => text.slice(c.start, c.end))).toEqual(['N’DJ', 'A\u00adNP']);
  });

  it('matches the name part of hyphenated compounds', () => {
    expect(found('IS-strijders bij het IS-bastion, anti-IS')).toEqual([
      'IS=islamic-state',
      'IS=islamic-state',
      'IS=islamic-state',
    ]);
    expect(found('de Irak-oorlog')).toEqual(['Irak=iraq']);
  });

  it('treats hyphens and spaces inside names alike, across line breaks and NBSP', () => {
    expect(found('Bashar al-Assad, Bashar al Assad, Bashar\u00a0al\u2011Assad, Bashar al-\nAssad')).toEqual([
      'Bashar al-Assad=bashar-al-assad',
      'Bashar al Assad=bashar-al-assad',
      'Bashar\u00a0al\u2011Assad=bashar-al-assad',
      'Bashar al-\nAssad=bashar-al-assad',
    ]);
  });

  it('does not join a name across punctuation', () => {
    expect(found('Bashar, al Assad en Bashar al. Assad')).toEqual([]);
  });

  it('keeps apostrophes inside words except after elisions and before a possessive s', () => {
    expect(found("l'Irak, d’Irak, Syria's army, Sana'a, Qur'an, Qur’an")).toEqual([
      'Irak=iraq',
      'Irak=iraq',
      'Syria=syria',
      "Qur'an=quran",
      'Qur’an=quran',
    ]);
    expect(found("N'Djamena en N’Djamena")).toEqual(["N'Djamena=ndjamena", 'N’Djamena=ndjamena']);
  });

  it('lets a name run on across "&" and "/" where an alias spells it so, and keeps two names apart otherwise', () => {
    expect(found('De CD&V, de CD & V en de CDU/CSU; Irak/Syria')).toEqual([
      'CD&V=cd-v',
      'CD & V=cd-v',
      'CDU/CSU=cdu-csu',
      'Irak=iraq',
      'Syria=syria',
    ]);
  });

  it('joins initials across their dots', () => {
    expect(found('de U.S. Army')).toEqual(['U.S=united-states']);
  });

  it('joins words across a dot with no space, as in a name or a web address', () => {
    expect(found('bij Ver.di en op stern.de')).toEqual(['Ver.di=verdi', 'stern.de=stern-magazine']);
    expect(found('Ik las de Stern. De rest niet.')).toEqual([]);
  });

  it('joins an abbreviation without a vowel to the next word across its dot; after a word with one the dot ends a sentence', () => {
    expect(found('Van St. Gallen en St Gallen naar huis')).toEqual([
      'St. Gallen=st-gallen',
      'St Gallen=st-gallen',
    ]);
    expect(found('Hij kwam uit Sint. Gallen lag verder.')).toEqual([]);
  });

  it('folds diacritics, apostrophes and invisible characters, with offsets in the original', () => {
    const text = 'Van Jordanie\u0308 naar N’Djamena via Ir\u00adak.';
    expect(found(text)).toEqual(['Jordanie\u0308=jordan', 'N’Djamena=ndjamena', 'Ir\u00adak=iraq']);
  });

  it('reports nested candidates (the resolver picks the longest)', () => {
    expect(found('Het Syrisch Observatorium voor de Mensenrechten')).toEqual([
      'Syrisch=syria',
      'Syrisch Observatorium voor de Mensenrechten=sohr',
    ]);
  });

  it('reports the words of each candidate', () => {
    const [candidate] = matcher.scan('Toen Bashar al-Assad sprak').candidates;
    expect(candidate).toMatchObject({ start: 5, end: 20, firstWord: 1, lastWord: 3 });
  });

  it('groups aliases that normalise alike on one candidate', () => {
    const both = createMatcher([
      alias('Georgia', 'georgia-country'),
      alias('georgia', 'georgia-state', { lang: 'en' }),
    ]);
    expect(both.scan('In Georgia').candidates.map((c) => c.aliases)).toEqual([[0, 1]]);
  });
});

describe('createMatcher: line breaks', () => {
  const names = createMatcher([alias('Bashar al-Assad', 'bashar-al-assad'), alias('Groot Brinkler', 'x')]);
  const spans = (text: string) => names.scan(text).candidates.map((c) => text.slice(c.start, c.end));

  it('joins the words of a name across a line break, not across a paragraph break', () => {
    expect(spans('Bashar\nal-Assad en Groot\r\nBrinkler')).toEqual(['Bashar\nal-Assad', 'Groot\r\nBrinkler']);
    expect(spans('Bashar\n\nal-Assad en Groot\u2029Brinkler')).toEqual([]);
  });
});
