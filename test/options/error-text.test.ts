/**
 * Pack and glossary problems as the options page shows them: from `_locales` by code, in all four languages.
 * The messages are read from the real messages.json files and filled in the way browser.i18n fills `$1`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvToPack } from '../../src/core/kb/csv';
import { compilePacks } from '../../src/core/kb/compile';
import { KB_ERROR_CODES, KB_ERRORS, kbProblem, schemaProblem } from '../../src/core/kb/errors';
import {
  describeCsvError,
  describePackError,
  kbMessageKey,
  type Translate,
} from '../../src/options/error-text';

const LOCALES = ['en', 'nl', 'fr', 'de'] as const;
type Messages = Record<string, { message: string }>;
const messages = Object.fromEntries(
  LOCALES.map((lang) => [
    lang,
    JSON.parse(readFileSync(`assets/static/_locales/${lang}/messages.json`, 'utf8')) as Messages,
  ]),
) as Record<(typeof LOCALES)[number], Messages>;

/** browser.i18n.getMessage over one locale's file: '' for a missing key, `$n` replaced by substitutions. */
function translator(lang: (typeof LOCALES)[number]): Translate {
  return (key, substitutions = []) =>
    messages[lang][key]?.message.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '') ??
    '';
}

const placeholders = (text: string) => [...new Set(text.match(/\$\d/g) ?? [])].sort();

describe('error codes in _locales', () => {
  it.each(LOCALES)(
    'every code has a message in %s, with the same parameters as the English template',
    (lang) => {
      const missing = KB_ERROR_CODES.filter((code) => !messages[lang][kbMessageKey(code)]?.message);
      expect(missing).toEqual([]);
      for (const code of KB_ERROR_CODES)
        expect(placeholders(messages[lang][kbMessageKey(code)]!.message), `${lang} ${code}`).toEqual(
          placeholders(KB_ERRORS[code]),
        );
      for (const key of ['kbErrorRow', 'kbErrorEntity', 'kbErrorPart'])
        expect(messages[lang][key]?.message, `${lang} ${key}`).toBeTruthy();
    },
  );

  it('translates, rather than copies, the messages that are prose', () => {
    for (const lang of ['nl', 'fr', 'de'] as const) {
      const same = KB_ERROR_CODES.filter(
        (code) => code !== 'schemaOther' && messages[lang][kbMessageKey(code)]?.message === KB_ERRORS[code],
      );
      expect(same, lang).toEqual([]);
    }
  });
});

describe('schema messages get codes', () => {
  it('turns every message the malformed corpus meets back into its code and parameters', () => {
    expect(schemaProblem('must be at most 140 characters')).toEqual(kbProblem('tooLong', 140));
    expect(schemaProblem('must be kebab-case ascii')).toEqual(kbProblem('packIdFormat'));
    expect(schemaProblem('must be kebab-case ascii (a-z, 0-9, -)')).toEqual(kbProblem('entityIdFormat'));
    expect(schemaProblem('something new')).toEqual(kbProblem('schemaOther', 'something new'));
  });
});

describe('describeCsvError and describePackError', () => {
  const csv = 'name,aliases,type,description,url\nDamascus,,stad,Hoofdstad van Syrië.,http://x.org\n';
  const { errors } = csvToPack(csv, { fileName: 'g.csv', language: 'nl', today: '2026-11-24' });

  it('says a CSV problem in Dutch, French and German, keeping row, field and value as data', () => {
    expect(errors.map((error) => describeCsvError(error, translator('nl')))).toEqual([
      'rij 2: type: “stad” is niet een van person, organisation, place, event, group, work, concept',
      'rij 2: url: moet een https://-link zijn',
    ]);
    expect(describeCsvError(errors[1]!, translator('fr'))).toBe('ligne 2 : url : doit être un lien https://');
    expect(describeCsvError(errors[1]!, translator('de'))).toBe('Zeile 2: url: muss ein https://-Link sein');
  });

  it('names a compiler problem by CSV row, else by entity, in the reader’s language', () => {
    const pack = {
      format: 'backstory-pack',
      version: 1,
      id: 'g',
      title: { nl: 'G' },
      license: 'x',
      entities: [
        {
          id: 'x',
          qid: null,
          type: 'place',
          labels: { nl: '—' },
          descriptions: { nl: 'Iets.' },
          sources: [{ url: 'https://e.org', title: 'E' }],
          reviewed: '2026-11-24',
        },
      ],
    };
    const [error] = compilePacks([{ file: 'g.csv', data: pack }]).errors;
    expect(error?.code).toBe('noLetters');
    expect(describePackError(error!, { x: 4 }, translator('de'))).toBe(
      'Zeile 4: labels.nl: enthält keine Buchstaben oder Ziffern',
    );
    expect(describePackError(error!, {}, translator('fr'))).toBe(
      'entité « x » : labels.nl : ne contient ni lettre ni chiffre',
    );
  });

  it('falls back to the English message when a locale lacks the code', () => {
    const none: Translate = () => '';
    expect(
      describeCsvError(errors[1]!, (key, subs) =>
        key.startsWith('kb_') ? none(key) : translator('en')(key, subs),
      ),
    ).toBe('row 2: url: must be an https:// link');
  });
});
