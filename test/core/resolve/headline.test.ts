/**
 * Title lines (headline.ts): which lines are headlines, subheads or entry titles rather than prose, and which of
 * those are in Title Case. Real lines written for these tests, in the four languages.
 */
import { describe, expect, it } from 'vitest';
import { lineKind } from '../../../src/core/resolve/headline';
import { createMatcher } from '../../../src/core/scan/reference';

const scanner = createMatcher([]);

/** The kind of the line that holds the first occurrence of `word` in `text`. */
function kindAt(text: string, word: string) {
  const scan = scanner.scan(text);
  const at = text.indexOf(word);
  let w = 0;
  while (w < scan.words.count && (scan.originalEnds[w] as number) <= at) w++;
  if (w === scan.words.count || scan.originalStarts[w] !== at)
    throw new Error(`"${word}" is not a word of: ${text}`);
  return lineKind(scan, w, w);
}

describe('lineKind', () => {
  it('takes a short line without a full stop for a title, in every language', () => {
    expect(
      kindAt('Rebellen nemen Damascus in, president Assad gevlucht naar Moskou\n\nDe tekst.', 'Assad').title,
    ).toBe(true);
    expect(
      kindAt('Russian state media: Assad and family granted asylum\nRussian agencies report it.', 'Assad')
        .title,
    ).toBe(true);
    expect(kindAt('Le régime reprend Damas ?\n\nLe texte suit.', 'Damas').title).toBe(true);
    // A line ended by U+2029 (paragraph separator) rather than a line feed.
    expect(kindAt('Assad flees to Moscow\u2029Bashar al-Assad has left Damascus.', 'Assad').title).toBe(true);
    expect(kindAt('Türkische Offensive: Tausende fliehen aus Grenzstädten', 'Tausende').title).toBe(true);
  });

  it('takes a sentence, or a line too long for a headline, for prose', () => {
    expect(kindAt('Headline\n\nPedersen said on Monday that talks would resume.', 'Pedersen').title).toBe(
      false,
    );
    expect(
      kindAt('Pedersen said on Monday that talks would resume. They did.\nNext line', 'Pedersen').title,
    ).toBe(false);
    // A line opened by a dash is a sign-off or a credit, not a title (session 22).
    expect(kindAt('The bank said so.\n-- Warsaw Newsroom +48 22 653 9700', 'Warsaw').title).toBe(false);
    expect(kindAt('Rates eased.\n— Luli Popescu, Bucharest Newsroom', 'Bucharest').title).toBe(false);
    const long = `Assad ${'and the others who were there '.repeat(6)}spoke`;
    expect(kindAt(long, 'Assad').title).toBe(false);
    // A row of results or of a table, opened by a rank or with figures side by side (session 28).
    expect(kindAt('Results:\n1. Allen Johnson (U.S.) 12.92 seconds', 'Allen').title).toBe(false);
    expect(kindAt('Results:\n5 - Slawomir Wojciechowski (GKS Katowice)', 'Katowice').title).toBe(false);
    expect(kindAt('Standings:\nLada Togliatti 24 4 6 14 15 37 18', 'Lada').title).toBe(false);
    expect(kindAt('In Vaduz: Vaduz (Liechtenstein) 1 RAF Riga (Latvia) 1 (0-0)', 'Riga').title).toBe(false);
    expect(kindAt('Scorers:\nValletta - Gilbert Agius (24th)', 'Gilbert').title).toBe(false);
    // …or with names and their countries in parentheses, a draw or a list of players (session 30).
    expect(kindAt('Draw:\nAEK Athens (Greece) v Chemlon Humenne (Slovakia)', 'Athens').title).toBe(false);
    expect(kindAt('Leading:\nThomas Bjorn (Denmark), Fernando Roca (Spain), Derrick', 'Thomas').title).toBe(
      false,
    );
  });

  it('keeps a headline with figures apart a title', () => {
    expect(kindAt('Nissan Sales Rise 12 Percent in 1996 to 200,000', 'Nissan')).toEqual({
      title: true,
      titleCase: true,
    });
    expect(kindAt('CHILPANCINGO, Mexico 1996-08-28', 'Mexico').title).toBe(true);
    expect(kindAt('Assad Flees Damascus (Update 2)', 'Assad').title).toBe(true);
  });

  it('sees Title Case only where every word of four letters or more has a capital', () => {
    expect(
      kindAt('Jordan Reopens Main Border Crossing With Syria as Refugees Return\n\nText.', 'Jordan'),
    ).toEqual({
      title: true,
      titleCase: true,
    });
    // Digits and short words are neither: a date or "as" does not break Title Case.
    expect(kindAt('UN Envoy Pedersen Meets Sharaa on 12 May 2025', 'Pedersen').titleCase).toBe(true);
    expect(kindAt('Jordan reopens its main border crossing with Syria', 'Jordan').titleCase).toBe(false);
    // German capitalises its nouns, not its verbs.
    expect(kindAt('Türkische Offensive: Tausende fliehen aus Grenzstädten', 'Tausende').titleCase).toBe(
      false,
    );
    // Too few long words to tell a Title Case line from a name and a noun.
    expect(kindAt('Assad Speaks', 'Assad').titleCase).toBe(false);
    // Prose is never Title Case, however many capitals it has.
    expect(kindAt('Jordan Bardella Meets Marine Le Pen In Paris Today.', 'Jordan').titleCase).toBe(false);
  });
});
