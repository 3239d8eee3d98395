import { describe, expect, it } from 'vitest';
import {
  deAdjectiveForms,
  deNounForms,
  demonymAliases,
  demonymCollisions,
  demonymEntries,
  demonymForms,
  enPlural,
  frAdjectiveForms,
  nlAdjectiveForms,
  nlPlural,
  withDemonyms,
} from '../../../scripts/generate/lib/demonyms';
import { nameKey } from '../../../scripts/generate/lib/text';
import type { Entity } from '../../../src/core/kb/schema';

describe('Dutch forms', () => {
  it('inflects the adjective with -e, writing a long vowel single in the open syllable', () => {
    expect(nlAdjectiveForms('Syrisch')).toEqual(['Syrisch', 'Syrische']);
    expect(nlAdjectiveForms('Duits')).toEqual(['Duits', 'Duitse']);
    expect(nlAdjectiveForms('Chinees')).toEqual(['Chinees', 'Chinese']);
    expect(nlAdjectiveForms('Indiaas')).toEqual(['Indiaas', 'Indiase']);
    expect(nlAdjectiveForms('Marokkaans')).toEqual(['Marokkaans', 'Marokkaanse']);
  });

  it('makes the plural of inhabitant nouns', () => {
    expect(nlPlural('Syriër')).toBe('Syriërs');
    expect(nlPlural('Oostenrijker')).toBe('Oostenrijkers');
    expect(nlPlural('Marokkaan')).toBe('Marokkanen');
    expect(nlPlural('Chinees')).toBe('Chinezen');
    expect(nlPlural('Egyptenaar')).toBe('Egyptenaren');
    expect(nlPlural('Noor')).toBe('Noren');
    expect(nlPlural('Cyprioot')).toBe('Cyprioten');
    expect(nlPlural('Belg')).toBe('Belgen');
    expect(nlPlural('Jemeniet')).toBe('Jemenieten');
    expect(nlPlural('Spanjaard')).toBe('Spanjaarden');
  });
});

describe('English forms', () => {
  it('adds -s except to nouns in -ese, -ss and -x', () => {
    expect(enPlural('Syrian')).toBe('Syrians');
    expect(enPlural('Czech')).toBe('Czechs');
    expect(enPlural('Chinese')).toBeNull();
    expect(enPlural('Swiss')).toBeNull();
    expect(enPlural('Manx')).toBeNull();
  });
});

describe('French forms', () => {
  it('derives feminine and plurals by the regular endings', () => {
    expect(frAdjectiveForms('syrien')).toEqual(['syrien', 'syrienne', 'syriens', 'syriennes']);
    expect(frAdjectiveForms('guinéen')).toEqual(['guinéen', 'guinéenne', 'guinéens', 'guinéennes']);
    expect(frAdjectiveForms('français')).toEqual(['français', 'française', 'français', 'françaises']);
    expect(frAdjectiveForms('marocain')).toEqual(['marocain', 'marocaine', 'marocains', 'marocaines']);
    expect(frAdjectiveForms('belge')).toEqual(['belge', 'belge', 'belges', 'belges']);
    expect(frAdjectiveForms('qatari')).toEqual(['qatari', 'qatarie', 'qataris', 'qataries']);
  });

  it('takes an irregular feminine after a slash', () => {
    expect(frAdjectiveForms('grec/grecque')).toEqual(['grec', 'grecque', 'grecs', 'grecques']);
  });
});

describe('German forms', () => {
  it('gives the adjective its four endings', () => {
    expect(deAdjectiveForms('syrisch')).toEqual([
      'syrisch',
      'syrische',
      'syrischen',
      'syrischer',
      'syrisches',
    ]);
  });

  it('derives plural and feminine of inhabitant nouns', () => {
    expect(deNounForms('Syrer')).toEqual(['Syrer', 'Syrer', 'Syrerin', 'Syrerinnen']);
    expect(deNounForms('Afghane')).toEqual(['Afghane', 'Afghanen', 'Afghanin', 'Afghaninnen']);
    expect(deNounForms('Jemenit')).toEqual(['Jemenit', 'Jemeniten', 'Jemenitin', 'Jemenitinnen']);
    expect(deNounForms('Israeli')).toEqual(['Israeli', 'Israelis']);
    expect(deNounForms('Franzose/Französin')).toEqual(['Franzose', 'Franzosen', 'Französin', 'Französinnen']);
  });
});

describe('demonymForms', () => {
  it('reads adjectives, nouns with alternatives and irregular plurals, and literal forms', () => {
    expect(demonymForms('nl', ['Russisch', 'Rus/Russen'])).toEqual([
      'Russisch',
      'Russische',
      'Rus',
      'Russen',
    ]);
    expect(demonymForms('en', ['Syrian', 'Syrian'])).toEqual(['Syrian', 'Syrians']);
    expect(demonymForms('en', ['Kyrgyz', 'Kyrgyz/'])).toEqual(['Kyrgyz']);
    expect(demonymForms('en', ['Nepali|Nepalese', 'Nepali'])).toEqual(['Nepali', 'Nepalese', 'Nepalis']);
    expect(demonymForms('nl', ['', '', 'Franse', 'Fransen'])).toEqual(['Franse', 'Fransen']);
  });

  it('marks every form as a demonym and the listed ones as case-sensitive', () => {
    expect(demonymAliases({ nl: ['Pools'], caseSensitive: ['Pools'] })).toEqual({
      nl: [
        { text: 'Pools', caseSensitive: true, demonym: true },
        { text: 'Poolse', demonym: true },
      ],
    });
  });

  it('skips the comment of the overlay file', () => {
    expect([...demonymEntries({ $comment: ['x'], SY: { en: ['Syrian'] } }).keys()]).toEqual(['SY']);
  });
});

describe('withDemonyms', () => {
  const sweden: Pick<Entity, 'labels' | 'aliases'> = {
    labels: { nl: 'Zweden', en: 'Sweden' },
    aliases: { en: ['Kingdom of Sweden'] },
  };

  it('adds the forms after the existing aliases, leaving out one written as a label', () => {
    const out = withDemonyms(sweden, { nl: ['Zweeds', 'Zweed/Zweden'] });
    expect(out.aliases.nl).toEqual([
      { text: 'Zweeds', demonym: true },
      { text: 'Zweedse', demonym: true },
      { text: 'Zweed', demonym: true },
    ]);
    expect(out.aliases.en).toEqual(['Kingdom of Sweden']);
    expect(sweden.aliases).toEqual({ en: ['Kingdom of Sweden'] });
  });
});

describe('demonymCollisions', () => {
  it('names a demonym that is another entity name, and not one the entity itself uses', () => {
    const entities = [
      { id: 'guinea', labels: { en: 'Guinea' }, aliases: { en: [{ text: 'Guinean', demonym: true }] } },
      { id: 'gulf', labels: { en: 'Guinean' }, aliases: {} },
      {
        id: 'syria',
        labels: { en: 'Syria' },
        aliases: { en: [{ text: 'Syrian', demonym: true }, 'Syrian'] },
      },
    ];
    expect(demonymCollisions(entities, nameKey)).toEqual(['guinea: "Guinean" (en) is also a name of gulf']);
  });
});
