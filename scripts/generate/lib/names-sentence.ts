/**
 * "How the other languages say it", one sentence, grouping languages that share a spelling:
 * "In het Engels en Frans heet het Syria, in het Duits Syrien." / "It is called Djibouti in Dutch, French and
 * German too."
 */
import type { Lang } from '../../../src/core/kb/schema';
import { LANGUAGES } from '../../../src/core/kb/schema';
import { listJoin } from './text';

/** How to say "it is called" for the subject: nl "het"/"de stad", fr "il"/"elle", de "er"/"es"/"sie". */
export interface Subject {
  nl: string;
  fr: 'il' | 'elle';
  de: 'er' | 'es' | 'sie';
}

const LANGUAGE_NAMES: Record<Lang, Record<Lang, string>> = {
  nl: { nl: 'Nederlands', en: 'Engels', fr: 'Frans', de: 'Duits' },
  en: { nl: 'Dutch', en: 'English', fr: 'French', de: 'German' },
  fr: { nl: 'néerlandais', en: 'anglais', fr: 'français', de: 'allemand' },
  de: { nl: 'Niederländisch', en: 'Englisch', fr: 'Französisch', de: 'Deutsch' },
};

export function namesSentence(labels: Record<Lang, string>, lang: Lang, subject: Subject): string {
  const own = labels[lang];
  const others = LANGUAGES.filter((l) => l !== lang);
  const names = LANGUAGE_NAMES[lang];
  const langs = (group: readonly Lang[]) =>
    listJoin(
      group.map((l) => names[l]),
      lang,
    );
  if (others.every((l) => labels[l] === own)) {
    switch (lang) {
      case 'nl':
        return `Ook in het ${langs(others)} heet ${subject.nl} ${own}.`;
      case 'en':
        return `It is called ${own} in ${langs(others)} too.`;
      case 'fr':
        return `${subject.fr === 'il' ? 'Il' : 'Elle'} s'appelle aussi ${own} en ${listJoin(
          others.map((l) => names[l]),
          'fr',
        )
          .replace(/ et /, ' et en ')
          .replace(/, /g, ', en ')}.`;
      case 'de':
        return `Auch auf ${langs(others)} heißt ${subject.de} ${own}.`;
    }
  }
  const groups = new Map<string, Lang[]>();
  for (const l of others) groups.set(labels[l], [...(groups.get(labels[l]) ?? []), l]);
  const parts = [...groups].map(([name, group], i) => {
    switch (lang) {
      case 'nl':
        return i === 0
          ? `In het ${langs(group)} heet ${subject.nl} ${name}`
          : `in het ${langs(group)} ${name}`;
      case 'en':
        return i === 0 ? `In ${langs(group)} it is called ${name}` : `in ${langs(group)} ${name}`;
      case 'fr': {
        const where = group.map((l) => `en ${names[l]}`);
        const prefix = listJoin(where, 'fr');
        return i === 0 ? `${capitalise(prefix)}, ${subject.fr} s'appelle ${name}` : `${prefix} ${name}`;
      }
      case 'de':
        return i === 0 ? `Auf ${langs(group)} heißt ${subject.de} ${name}` : `auf ${langs(group)} ${name}`;
    }
  });
  // "In Dutch it is called Berlijn, in French and German Berlin": no second "and" between the groups.
  const multi = [...groups.values()].some((group) => group.length > 1);
  return `${multi ? parts.join(', ') : listJoin(parts, lang)}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
