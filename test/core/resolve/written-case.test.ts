/**
 * What the case of a name as written says (resolve.ts, optionsOf; session 22, from the French corpora of issue #20).
 * A name made of an article and a word, written with that word in lower case where the alias has a capital, is
 * words, not the name ("Le soir" is the evening, not Le Soir); an acronym that spells an article of the article's
 * language is that article beside another word in capitals (French "UN SUICIDE"). A name made of figures is written
 * with its own marks ("9/11"): a score's "11-9 11-6" is none; so is a name joined by an ampersand ("AT&T", not "at
 * T"). Sentences written for these tests over the bundled packs; each null row links without its rule, checked when
 * the rule was written.
 */
import { describe, expect, it } from 'vitest';
import { loadAndCompilePacks } from '../../../scripts/lib/packs';
import { createAnnotator } from '../../../src/core/engine/reference';
import type { Lang } from '../../../src/core/kb/schema';

const { index, errors } = loadAndCompilePacks('assets/packs');
if (!index) throw new Error(`the bundled packs do not compile: ${JSON.stringify(errors)}`);
const annotator = createAnnotator(index);

/** The entity linked on the first occurrence of `word` (a mention starting there), or null. */
function linkedAt(lang: Lang, text: string, word: string): string | null {
  const at = text.indexOf(word);
  if (at < 0) throw new Error(`"${word}" is not in: ${text}`);
  return annotator.annotate(text, { language: lang }).find((m) => m.start === at)?.entityId ?? null;
}

describe("a name of another language that travels is no name where it spells one of the language's commonest words", () => {
  it.each([
    // "Sont" is the Dutch name of the Øresund, marked to travel; in French it is "are".
    ['fr', 'Sont-ils prêts à voter ? Les ministres sont arrivés lundi.', 'Sont', null],
    ['fr', 'Sont également présents les maires de la région.', 'Sont', null],
    ['nl', 'Een tanker voer door de Sont naar de Oostzee.', 'Sont', 'oresund'],
  ] as const)('%s: %s', (lang, text, word, expected) => {
    expect(linkedAt(lang, text, word)).toBe(expected);
  });
});

describe("a name's capital written in lower case is no name", () => {
  it.each([
    ['fr', 'Le soir, les ouvriers rentrèrent chez eux.', 'Le soir', null],
    ['fr', 'La réunion du conseil a eu lieu hier.', 'La réunion', null],
    ['fr', 'Le monde entier regarde la finale.', 'Le monde', null],
    // Written with its capitals it is the name; a word the alias writes in lower case says nothing.
    ['fr', 'Selon Le Soir, le gouvernement a démissionné.', 'Le Soir', 'le-soir'],
    ['fr', 'Le vote a eu lieu à La Réunion dimanche.', 'La Réunion', 'reunion'],
    ['en', 'The Islamic State claimed the attack on Friday.', 'Islamic State', 'islamic-state'],
    // A group named as what it claims to be: in lower case it is the thing, in every language.
    ['en', 'Iran became an Islamic state in 1979.', 'Islamic state', null],
    ['de', 'Iran wurde 1979 ein islamischer Staat.', 'islamischer Staat', null],
    ['fr', 'Le pays devint un état islamique en 1979.', 'état islamique', null],
    // Its German name declines, and the French article before it is no part of the name.
    ['de', 'Der Islamische Staat bekannte sich zu dem Anschlag.', 'Islamische Staat', 'islamic-state'],
    ['de', 'Kämpfer des Islamischen Staates flohen.', 'Islamischen Staates', 'islamic-state'],
    ['fr', "L'État islamique a revendiqué l'attentat.", 'État islamique', 'islamic-state'],
    ['fr', "Les combattants de l'EI ont fui.", 'EI', 'islamic-state'],
    // A descriptor goes either way where the name opens with no article.
    [
      'en',
      'The quake struck Kahramanmaras province on Monday.',
      'Kahramanmaras province',
      'kahramanmaras-province',
    ],
    ['fr', "L'Union européenne a réagi mardi.", 'Union européenne', 'european-union'],
    // A compass point in lower case names a part of the place after it, where names capitalise every word (session 29).
    ['en', 'The main rebel group in south Sudan said on Tuesday it was ready.', 'south Sudan', null],
    ['en', 'The main rebel group in south Sudan said on Tuesday it was ready.', 'Sudan', 'sudan'],
    ['en', 'The governor of north Kivu met the prefect of Gisenyi.', 'north Kivu', null],
    ['en', 'South Sudan became independent in 2011.', 'South Sudan', 'south-sudan'],
  ] as const)('%s: %s', (lang, text, word, expected) => {
    expect(linkedAt(lang, text, word)).toBe(expected);
  });
});

describe('an acronym that spells an article is the article beside a word in capitals or before one in lower case', () => {
  it.each([
    ['fr', 'UN PUNCH. Le punch organisé par les amis a eu lieu hier.', 'UN', null],
    ['fr', 'UN SUICIDE. On a trouvé mort un homme de 40 ans.', 'UN', null],
    ['fr', "TOMBE D'UN CERISIER. Hier matin, vers dix heures.", 'UN', null],
    // Opening a sentence before a word in lower case too, a heading's small capitals (session 30, Europeana).
    ['fr', 'Le directeur du génie. UN acquittement. Le caporal tambour a été acquitté.', 'UN', null],
    ['fr', 'La NOS a diffusé le match en direct.', 'NOS', 'nos'],
    // In prose it is the United Nations; in English it is the United Nations beside a word in capitals too.
    ['fr', "Le secrétaire général de l'UN a parlé mardi.", 'UN', 'united-nations'],
    ['en', 'UN TALKS. The talks resumed on Monday.', 'UN', 'united-nations'],
  ] as const)('%s: %s', (lang, text, word, expected) => {
    expect(linkedAt(lang, text, word)).toBe(expected);
  });
});

describe("a letter of the language's own that the alias writes otherwise makes another word", () => {
  it.each([
    // German "ü" is a letter, not an accent: glands are no Druze, a genitive "Bundes" is no Bünde (session 23).
    ['de', 'Die Blätter sind drüsig, wobei die Drüsen bis 2 mm lang sind.', 'Drüsen', null],
    ['de', 'Er war Leiter des Frankfurter Bundes für Volksbildung.', 'Bundes', null],
    ['de', 'Er spielte in Erkki-Sven Tüürs Ensemble.', 'Tüürs', null],
    // Written as the alias writes them they are the names; a name with its "ü" is found by its own alias.
    ['de', 'Die Drusen leben im Süden Syriens.', 'Drusen', 'druze'],
    ['de', 'Er zog nach Bünde in Westfalen.', 'Bünde', 'bunde'],
    ['de', 'Das Konzert in Tours war gut.', 'Tours', 'tours'],
    ['de', 'Der Zug hält in Zürich.', 'Zürich', 'zurich'],
  ] as const)('%s: %s', (lang, text, word, expected) => {
    expect(linkedAt(lang, text, word)).toBe(expected);
  });
});

describe('a name that ends in its own mark is written with it', () => {
  it.each([
    // "ON!" is a Dutch broadcaster; French "on" in capitals is the pronoun (session 23).
    ['fr', "Une étape franchie ON s'était montré d'humeur chagrine.", 'ON', null],
    ['fr', 'Le suif au rendement de 70 ON vaut 58 francs.', 'ON', null],
    ['fr', 'La chaîne ON! a diffusé le débat.', 'ON', 'ongehoord-nederland'],
    ['nl', 'De omroep ON! zond het debat uit.', 'ON', 'ongehoord-nederland'],
  ] as const)('%s: %s', (lang, text, word, expected) => {
    expect(linkedAt(lang, text, word)).toBe(expected);
  });
});

describe('a name made of figures or joined by an ampersand is written with its own marks', () => {
  it.each([
    // "9/11" is the attacks; a score or a table's columns set the same figures apart (session 25).
    ['en', 'Li beat Wu 11-9 11-6 in the final on Sunday.', '9 11', null],
    ['en', 'Basle lost 9 11 on aggregate, the table shows.', '9 11', null],
    ['en', 'Since 9/11, airports have changed their checks.', '9/11', 'september-11-attacks'],
    // An ampersand holds letters together into one name: without it, a word and an initial, or two initials.
    ['en', 'The shares were bought at T 10 by the fund.', 'at T', null],
    ['en', 'Director J. J. Abrams spoke on Sunday.', 'J. J', null],
    ['en', 'AT&T and J&J reported results on Tuesday.', 'J&J', 'johnson-johnson'],
  ] as const)('%s: %s', (lang, text, word, expected) => {
    expect(linkedAt(lang, text, word)).toBe(expected);
  });
});

describe("a bare -s is a plural where the genitive has its own ending, and a firm's or a club's name takes none (session 29)", () => {
  it.each([
    ['en', 'ATHLETICS - MITCHELL DEFEATS BAILEY IN FRONT OF FANS.', 'ATHLETICS', null],
    ['en', 'Shells had smashed roofs and windows in the capital.', 'Shells', null],
    ['en', 'Shell said its profits rose in the second quarter.', 'Shell', 'shell'],
    // A place's: a range, a strait.
    ['en', 'Police in the Urals city of Perm are looking for him.', 'Urals', 'ural'],
    ['en', 'The boat capsized in the Florida Straits last week.', 'Florida Straits', 'florida-strait'],
  ] as const)('%s: %s', (lang, text, word, expected) => {
    expect(linkedAt(lang, text, word)).toBe(expected);
  });
});
