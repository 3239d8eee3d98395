import { describe, expect, it } from 'vitest';
import { createAnnotator } from '../../../src/core/engine/reference';
import type { Lang } from '../../../src/core/kb/schema';
import { variantKey } from '../../../src/core/text/translit-key';
import { entity, indexOf } from '../pack-fixtures';

/**
 * Each entity lists two spellings of its name, as the packs do for a name written from another script: every other
 * spelling below must be found by the transliteration keys, not by a list. None of these test entities is taken
 * from the bundled packs.
 */
const annotator = createAnnotator(
  indexOf(
    entity('deir-ez-zor', { labels: { en: 'Deir ez-Zor', fr: 'Deir ez-Zour' } }),
    entity('hts', { type: 'group', labels: { en: 'Hayat Tahrir al-Sham', nl: 'Hayat Tahrir al-Shaam' } }),
    entity('ghouta', { labels: { en: 'Ghouta', fr: 'Ghoutah' } }),
    entity('zelensky', {
      type: 'person',
      labels: { en: 'Volodymyr Zelensky' },
      aliases: { en: ['Zelensky', 'Volodymyr Zelenskiy', 'Zelenskiy'] },
    }),
    entity('daesh', { type: 'group', labels: { en: 'Daesh', de: 'Daesch' } }),
    entity('yarmouk', { labels: { en: 'Yarmouk', nl: 'Yarmuk' } }),
    entity('bashar', { type: 'person', labels: { en: 'Bashar al-Assad', nl: 'Bashar al-Asad' } }),
    entity('tadamoun', { labels: { fr: 'Tadamoun', en: 'Tadamoon' } }),
    entity('hajar', { labels: { en: 'Hajar al-Aswad', fr: 'Hadjar al-Aswad' } }),
    entity('kharkiv', { labels: { en: 'Kharkiv' } }),
    entity('iraq', { labels: { nl: 'Irak' } }),
    entity('sana', { labels: { en: 'SANA' }, aliases: { en: [{ text: 'SANA', caseSensitive: true }] } }),
    // Spelled one way, as the data spells a name that every language writes alike: no variants.
    entity('poole', { labels: { en: 'Poole' } }),
    entity('rutte', { type: 'person', labels: { en: 'Mark Rutte' }, aliases: { nl: ['Rutte'] } }),
    entity('houilles', { labels: { fr: 'Houilles' } }),
  ),
);

function linked(text: string, language?: Lang): string[] {
  return annotator.annotate(text, { language }).map((m) => `${m.text}=${m.entityId}/${m.why.rule}`);
}

describe('transliteration keys', () => {
  it.each([
    ['deir', 'dayr'],
    ['zor', 'sor', 'zour'],
    ['sham', 'cham', 'scham'],
    ['ghouta', 'ghuta'],
    ['zelensky', 'zelenskyy', 'zelenski', 'selenskyj'],
    ['daesh', 'daech', 'daesj'],
    ['yarmouk', 'yarmuk', 'jarmuk'],
    ['bashar', 'bachar', 'baschar'],
    ['tadamoun', 'tadamun', 'tadamon'],
    ['hajar', 'hadschar', 'hadjar'],
    ['kharkiv', 'charkiw'],
  ])('gives every spelling of %s the same key', (...spellings) => {
    expect(new Set(spellings.map(variantKey)).size).toBe(1);
  });
});

describe('variants in sentences', () => {
  it.each<[string, Lang, string[]]>([
    [
      'Gevechten in Deir al-Zor en Deir Ezzor.',
      'nl',
      ['Deir al-Zor=deir-ez-zor/variant', 'Deir Ezzor=deir-ez-zor/variant'],
    ],
    ['Kämpfe in Deir al-Sor.', 'de', ['Deir al-Sor=deir-ez-zor/variant']],
    ['Deir ez-Zor remains contested.', 'en', ['Deir ez-Zor=deir-ez-zor/name']],
    ['Le groupe Hayat Tahrir al-Cham contrôle Idleb.', 'fr', ['Hayat Tahrir al-Cham=hts/variant']],
    ['Die Miliz Hayat Tahrir asch-Scham kontrolliert Idlib.', 'de', ['Hayat Tahrir asch-Scham=hts/variant']],
    ['Beschuss in Ost-Ghuta.', 'de', ['Ghuta=ghouta/variant']],
    ['Präsident Selenskyj sagte am Montag…', 'de', ['Selenskyj=zelensky/variant']],
    ['President Volodymyr Zelenskyy said', 'en', ['Volodymyr Zelenskyy=zelensky/variant']],
    ['Le président Zelenski a déclaré', 'fr', ['Zelenski=zelensky/variant']],
    ["Les combattants de Daech et de l'EI", 'fr', ['Daech=daesh/variant']],
    ['Strijders van Daesj trokken zich terug', 'nl', ['Daesj=daesh/variant']],
    ['Im Lager Jarmuk und in al-Yarmouk', 'de', ['Jarmuk=yarmouk/variant', 'al-Yarmouk=yarmouk/variant']],
    [
      'Le président Bachar al-Assad et Baschar al-Assad',
      'fr',
      ['Bachar al-Assad=bashar/variant', 'Baschar al-Assad=bashar/variant'],
    ],
    ['In Tadamun en Tadamon', 'nl', ['Tadamun=tadamoun/variant', 'Tadamon=tadamoun/variant']],
    ['Im Viertel Hadschar al-Aswad', 'de', ['Hadschar al-Aswad=hajar/variant']],
  ])('%s', (text, language, expected) => {
    expect(linked(text, language)).toEqual(expected);
  });

  it('prefers the exact spelling over a variant of the same words', () => {
    expect(linked('Daesh, Yarmouk')).toEqual(['Daesh=daesh/name', 'Yarmouk=yarmouk/name']);
  });

  it('never makes a variant of a short or case-sensitive name', () => {
    expect(linked('Irack, Iraq, Sanna, Sana, sana')).toEqual([]);
  });

  it.each<[Lang, string]>([
    [
      'nl',
      'De dasher van het team at gouda en haar jarenlange hagel. Dash, dacht, de tadam, de kaart, Jarmen.',
    ],
    [
      'nl',
      'Het gesjacher over de garage; haar hagar ging op jacht naar de hoeder. Charme, sjaal, gouden gids.',
    ],
    ['en', 'Sham trials in Ghent; a hijab, a dash of dashes, the gutter, hager, zealots.'],
    [
      'en',
      'Bashful baker, Darth, the yard, the yarmulke, the guitar, and the Dachshund barked at the tadpole.',
    ],
    ['fr', 'Le chameau et la charrue ; la goutte, le hasard, la dèche, les dames, le jardin, le tandem.'],
    ['fr', 'Un bachelier chantait ; la hache, le garmon, la goutière, la cache, le tadorne, la darse.'],
    ['de', 'Die Scham, der Hader, die Gicht, die Dachse und das Schach; Jarl, Garten, Jammer, Gutachten.'],
    ['de', 'Der Bäcker, die Bache, der Tadel, die Schuhe, Sellerie, Selenit, Hagar, Hascherl, Dachs.'],
    // Words that share the key of a name spelled one way.
    ['fr', 'Il a mangé la Poule au pot, avec les Huiles de Provence.'],
    ['nl', 'Hij rijdt liever de Route du Sud.'],
  ])('links no ordinary %s words', (language, text) => {
    expect(linked(text, language)).toEqual([]);
  });

  it('finds a name spelled one way as written', () => {
    expect(linked('In Poole en Houilles sprak Rutte.', 'nl')).toEqual([
      'Poole=poole/name',
      'Houilles=houilles/name',
      'Rutte=rutte/name',
    ]);
  });
});
