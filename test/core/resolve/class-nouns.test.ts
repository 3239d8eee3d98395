/**
 * A noun that names a kind of place before a name, or before the list the name is in, settles a name that needs
 * context (src/core/resolve/context-cues.ts classNounBefore; the nouns are data, src/core/text/lang/). Sentences
 * written for these tests over the bundled packs. Without "deelgemeenten" and "randgemeente" in nl.json the first
 * three fail (checked when they were added): the noun cuts the list off from the locative before it.
 */
import { describe, expect, it } from 'vitest';
import { loadAndCompilePacks } from '../../../scripts/lib/packs';
import { createAnnotator } from '../../../src/core/engine/reference';
import type { Lang } from '../../../src/core/kb/schema';

const { index, errors } = loadAndCompilePacks('assets/packs');
if (!index) throw new Error(`the bundled packs do not compile: ${JSON.stringify(errors)}`);
const annotator = createAnnotator(index);

function linked(lang: Lang, text: string, word: string): string | null {
  const at = text.indexOf(word);
  const mentions = annotator.annotate(text, { language: lang, published: '2022-12-10' });
  return mentions.find((m) => m.start === at && m.end === at + word.length)?.entityId ?? null;
}

describe('Belgian municipalities after "deelgemeenten" and "randgemeenten"', () => {
  const list =
    'Speurders deden huiszoekingen in Brussel en deelgemeenten Elsene, Schaarbeek, Kraainem en Vorst.';

  it.each([
    ['Schaarbeek', 'schaerbeek'],
    ['Vorst', 'forest'],
  ])('%s in a list after "deelgemeenten" is %s', (word, id) => {
    expect(linked('nl', list, word)).toBe(id);
  });

  it('"Vorst" (also "frost", "monarch", a surname) with no place around stays unlinked', () => {
    expect(linked('nl', 'Het wordt een koude winter, zei Vorst gisteren.', 'Vorst')).toBeNull();
  });

  it('after "randgemeente"', () => {
    expect(linked('nl', 'De randgemeente Vorst krijgt een nieuw zwembad.', 'Vorst')).toBe('forest');
  });
});
