/**
 * The language files (src/core/text/lang/<code>.json, read through language-knowledge.ts): one per language of
 * LANGUAGES, every one with the same keys, and values of the shape the engine reads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import placeKinds from '../../../src/core/resolve/place-kinds.json';
import {
  hasTrait,
  knowledgeOf,
  languageKnowledge,
  ofEveryLanguage,
} from '../../../src/core/text/language-knowledge';
import { LANGUAGES } from '../../../src/core/text/languages';

const DIR = 'src/core/text/lang';

const files = Object.fromEntries(
  LANGUAGES.map((lang) => [
    lang,
    JSON.parse(readFileSync(join(DIR, `${lang}.json`), 'utf8')) as Record<string, unknown>,
  ]),
);

/** Every key path of a JSON value, objects walked and arrays taken whole: "traits.capitalisesNouns", "titles". */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keyPaths(inner, prefix ? `${prefix}.${key}` : key));
}

/** Every word list of a file, by key path (every array in it). */
function lists(value: unknown, prefix = ''): [string, unknown[]][] {
  if (Array.isArray(value)) return [[prefix, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => lists(inner, prefix ? `${prefix}.${key}` : key));
}

describe('the language files', () => {
  it('are one per language of LANGUAGES, and no other', () => {
    const found = readdirSync(DIR)
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.replace(/\.json$/u, ''))
      .sort();
    expect(found).toEqual([...LANGUAGES].sort());
  });

  it('have the same keys, in the same order', () => {
    const [first, ...others] = LANGUAGES;
    const expected = keyPaths(files[first]);
    for (const lang of others) expect(keyPaths(files[lang]), lang).toEqual(expected);
  });

  it('point to the README for what the keys mean', () => {
    for (const lang of LANGUAGES) expect(files[lang]!.$comment, lang).toMatch(/README\.md/u);
  });

  it('hold booleans as traits', () => {
    for (const lang of LANGUAGES) {
      const traits = Object.values(languageKnowledge(lang).traits);
      expect(traits.length).toBeGreaterThan(0);
      for (const trait of traits) expect(typeof trait, lang).toBe('boolean');
    }
  });

  it('hold lists of distinct words, each non-empty and without white space at its ends', () => {
    for (const lang of LANGUAGES)
      for (const [path, words] of lists(files[lang])) {
        for (const word of words) {
          expect(typeof word, `${lang} ${path}`).toBe('string');
          expect(word, `${lang} ${path}`).toMatch(/^\S(?:.*\S)?$/u);
        }
        expect(new Set(words).size, `${lang} ${path}: a word twice`).toBe(words.length);
      }
  });

  it('name the kinds of place of resolve/place-kinds.json, and only those', () => {
    const kinds = Object.keys(placeKinds).sort();
    for (const lang of LANGUAGES)
      expect(Object.keys(languageKnowledge(lang).placeNouns).sort(), lang).toEqual(kinds);
  });

  it('write in lower case the words that are compared lower-cased', () => {
    for (const lang of LANGUAGES) {
      const {
        frequentWords,
        calendarWords,
        functionWords,
        sourceWords,
        placeOnlyLocatives,
        genitiveLocatives,
      } = languageKnowledge(lang);
      for (const word of [
        ...frequentWords,
        ...calendarWords,
        ...functionWords,
        ...sourceWords,
        ...placeOnlyLocatives,
        ...genitiveLocatives,
      ])
        expect(word, lang).toBe(word.toLowerCase());
    }
  });

  it('hold attribution patterns that compile as regular expressions', () => {
    for (const lang of LANGUAGES)
      for (const [path, patterns] of lists(languageKnowledge(lang).attribution))
        for (const pattern of patterns)
          expect(() => new RegExp(pattern as string, 'iu'), `${lang} ${path}`).not.toThrow();
  });
});

describe('languageKnowledge', () => {
  it('gives each language its file', () => {
    for (const lang of LANGUAGES) expect(languageKnowledge(lang)).toEqual(files[lang]);
  });

  it('knows no other language', () => {
    expect(knowledgeOf('es')).toBeUndefined();
    expect(knowledgeOf(undefined)).toBeUndefined();
    expect(knowledgeOf('toString')).toBeUndefined();
    expect(knowledgeOf('nl')).toBe(languageKnowledge('nl'));
  });

  it('answers a trait for a language, and no for none or an unknown one', () => {
    expect(hasTrait('de', 'capitalisesNouns')).toBe(true);
    expect(hasTrait('nl', 'capitalisesNouns')).toBe(false);
    expect(hasTrait('en', 'capitalisesHeadlineWords')).toBe(true);
    expect(hasTrait(undefined, 'capitalisesNouns')).toBe(false);
    expect(hasTrait('es', 'capitalisesNouns')).toBe(false);
  });

  it('puts one key of every language together, in the order of LANGUAGES', () => {
    expect(ofEveryLanguage((k) => k.and)).toEqual(LANGUAGES.flatMap((lang) => languageKnowledge(lang).and));
  });
});

describe('the language guess', () => {
  it('takes only the frequent words of each file, so the boot script carries no more of them', () => {
    const source = readFileSync('src/core/text/language.ts', 'utf8');
    const imports = [...source.matchAll(/^import (.*) from '\.\/lang\/[a-z]+\.json';$/gmu)].map((m) => m[1]);
    expect(imports).toHaveLength(LANGUAGES.length);
    for (const imported of imports) expect(imported).toMatch(/^\{ frequentWords as [a-z]+ \}$/u);
    expect(source).not.toMatch(/language-knowledge/u);
  });
});
