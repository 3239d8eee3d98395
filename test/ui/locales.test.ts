/**
 * The UI's four languages (assets/static/_locales): every message English has, each other language has too, with the
 * same substitutions ($1, $2…), so that no reader sees a key name or a sentence missing its name.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const LOCALES = ['nl', 'fr', 'de'] as const;
type Messages = Record<string, { message: string }>;
const read = (lang: string) =>
  JSON.parse(readFileSync(`assets/static/_locales/${lang}/messages.json`, 'utf8')) as Messages;
const english = read('en');
const substitutions = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort();

describe('_locales', () => {
  it.each(LOCALES)('%s has every English message, with the same substitutions', (lang) => {
    const messages = read(lang);
    expect(Object.keys(english).filter((key) => !messages[key]?.message)).toEqual([]);
    for (const [key, { message }] of Object.entries(english))
      expect(substitutions(messages[key]!.message), `${lang} ${key}`).toEqual(substitutions(message));
  });

  it('explains a highlight by the evidence that settled it, in every language', () => {
    for (const lang of ['en', ...LOCALES]) {
      const messages = read(lang);
      for (const key of ['whyCoreference', 'whyCue', 'whyRelated', 'whyList', 'whyDate', 'whyDefinition'])
        expect(substitutions(messages[key]?.message ?? ''), `${lang} ${key}`).toEqual(['$1', '$2', '$3']);
    }
  });
});
