/**
 * The pieces of disambiguation on small packs built in code: related entities both ways and dated periods
 * (entity-knowledge), a name inside a longer unknown name (context-cues), and how evidence is weighed (evidence).
 */
import { describe, expect, it } from 'vitest';
import { createAnnotator } from '../../../src/core/engine/reference';
import { buildCueTable, inLongerName } from '../../../src/core/resolve/context-cues';
import { knowledgeOf } from '../../../src/core/resolve/entity-knowledge';
import { choose, score, withProminence, WEIGHTS, type Findings } from '../../../src/core/resolve/evidence';
import { compilePacks } from '../../../src/core/kb/compile';
import { createAnnotatorFromBytes } from '../../../src/core/engine/from-bytes';
import { encodeIndex } from '../../../src/core/engine/index-binary';
import type { CompiledAlias } from '../../../src/core/kb/index-format';
import type { Lang } from '../../../src/core/kb/schema';
import { createMatcher } from '../../../src/core/scan/reference';
import { entity, indexOf, packV2 } from '../pack-fixtures';

describe('knowledgeOf', () => {
  const knowledge = knowledgeOf({
    hafez: {
      related: ['bashar'],
      facts: [
        { property: 'position-held', lines: {}, start: '1971-03', end: '2000-06-10' },
        { property: 'born', lines: {}, date: '1930' },
      ],
    },
    bashar: {
      related: [],
      facts: [{ property: 'position-held', lines: {}, start: '2000-07-17', asOf: '2024-01-01' }],
    },
    river: { related: [], facts: [{ property: 'note', lines: { en: { key: 'mouth', value: 'Dead Sea' } } }] },
  });

  it('relates entities both ways', () => {
    expect([...knowledge.related('hafez')]).toEqual(['bashar']);
    expect([...knowledge.related('bashar')]).toEqual(['hafez']);
    expect(knowledge.related('river').size).toBe(0);
  });

  it('tells whether a day falls in a dated period, with partial dates covering their whole span', () => {
    expect(knowledge.activeOn('hafez', '1971-03-01')).toBe(true);
    expect(knowledge.activeOn('hafez', '1970-12-31')).toBe(false);
    expect(knowledge.activeOn('hafez', '2000-06-10')).toBe(true);
    expect(knowledge.activeOn('hafez', '2000-06-11')).toBe(false);
    expect(knowledge.activeOn('bashar', '2026-01-01')).toBe(true);
    expect(knowledge.activeOn('river', '2026-01-01')).toBeUndefined();
  });
});

describe('inLongerName', () => {
  const index = indexOf(
    entity('sana', {
      type: 'organisation',
      labels: { en: 'SANA' },
      aliases: { en: [{ text: 'Sana', caseSensitive: true, needsContext: true }] },
    }),
    entity('river', {
      labels: { de: 'Jordanfluss' },
      aliases: { de: [{ text: 'Jordan', needsContext: true }] },
      cues: { de: ['Fluss'] },
    }),
  );
  const matcher = createMatcher(index.aliases);
  const cues = buildCueTable(index.cues);

  /** Whether the first word of `name` in `text` reads as part of a longer unknown name. */
  function longer(text: string, name: string, language?: Lang): boolean {
    const scan = matcher.scan(text);
    const span = scan.candidates.find((c) => text.slice(c.start, c.end) === name);
    if (!span) throw new Error(`no candidate "${name}" in: ${text}`);
    const all = [...(cues.get('sana') ?? []), ...(cues.get('river') ?? [])];
    return inLongerName(scan, span.firstWord, span.lastWord, { taken: () => false, cues: all, language });
  }

  it('sees a capitalised neighbour in the same sentence as part of the name', () => {
    expect(longer('Cricket star Sana Mir retired.', 'Sana')).toBe(true);
    expect(longer('Yesterday, Michael Sana spoke.', 'Sana')).toBe(true);
  });

  it('does not count sentence starts, titles, cues, punctuation or lower case', () => {
    expect(longer('Sana said nothing.', 'Sana')).toBe(false);
    expect(longer('It rained. Sana said nothing.', 'Sana')).toBe(false);
    expect(longer('It rained. In Sana it did not.', 'Sana')).toBe(false);
    expect(longer('They met Mr Sana.', 'Sana')).toBe(false);
    expect(longer('Sana, Reuters said.', 'Sana')).toBe(false);
    // A page's headline and its first paragraph, one line break apart.
    expect(longer('Cricket News\nSana said nothing.', 'Sana')).toBe(false);
    expect(longer('the agency Sana reported', 'Sana')).toBe(false);
    expect(longer('Der Fluss Jordan ist breit.', 'Jordan', 'de')).toBe(false);
  });

  it('does not read a German capitalised noun after the name as a surname', () => {
    expect(longer('Dass der Jordan Wasser verliert.', 'Jordan', 'de')).toBe(false);
    expect(longer('Dass der Jordan Wasser verliert.', 'Jordan', 'en')).toBe(true);
  });
});

describe('weighing evidence', () => {
  const alias = (fields: Partial<CompiledAlias>): CompiledAlias => ({
    text: 'Georgia',
    entityId: 'x',
    lang: 'en',
    caseSensitive: false,
    needsContext: true,
    demonym: false,
    ...fields,
  });
  const option = (entityId: string, fields: Partial<CompiledAlias>, findings: Findings, dateCounts = true) =>
    score({ entityId, alias: alias({ entityId, ...fields }), index: 0 }, findings, 'en', dateCounts);

  it('lets a plain name win over a namesake with no evidence, and drops a tie', () => {
    const plain = option('city', { needsContext: false, lang: 'nl' }, { related: [] });
    const club = option('club', { lang: 'nl' }, { related: [] });
    expect(choose([plain, club])?.entityId).toBe('city');
    const other = option('other', { needsContext: false, lang: 'nl' }, { related: [] });
    expect(choose([plain, other])).toBeUndefined();
  });

  it('needs a rival with evidence to trail by the margin', () => {
    const withCue = option('state', {}, { related: [], cue: 'governor' });
    const withRelated = option('country', {}, { related: ['Tbilisi'] });
    expect(choose([withCue, withRelated])?.entityId).toBe('state');
    const cueToo = option('country', {}, { related: [], cue: 'president' });
    expect(choose([withCue, cueToo])).toBeUndefined();
  });

  const withRelated = () => option('country', {}, { related: ['Tbilisi'] });

  it('puts evidence beside the mention before evidence elsewhere in the article', () => {
    const withCue = option('team', {}, { related: [], cue: 'trainer' });
    const many = option('country', { needsContext: false }, { related: ['Nantes', 'Chirac', 'Paris'] });
    expect(many.score).toBeGreaterThan(withCue.score);
    const chosen = choose([withCue, many]);
    expect(chosen?.entityId).toBe('team');
    // Right here, but no sense for the name's other mentions (one sense per article).
    expect(chosen?.outscored).toBe(true);
    expect(choose([withCue, withRelated()])?.outscored).toBeUndefined();
  });

  it('lets related entities settle a shared name but not a name alone, and the date only rank', () => {
    const related = option('country', {}, { related: ['Syria'] });
    const bare = option('river', {}, { related: [] });
    expect(choose([related, bare])?.entityId).toBe('country');
    expect(choose([related])).toBeUndefined();
    const dated = option('bashar', {}, { related: [], activeOnDate: true, date: '2018-05-21' });
    expect(choose([dated, option('hafez', {}, { related: [] })])).toBeUndefined();
  });

  it('ignores the date when the article names a namesake in full', () => {
    const findings: Findings = { related: [], activeOnDate: true, date: '2018-05-21' };
    expect(option('bashar', {}, findings, false).score).toBe(option('bashar', {}, { related: [] }).score);
    expect(option('bashar', {}, findings).reason).toEqual({
      rule: 'context',
      evidence: '2018-05-21',
      basis: 'date',
    });
  });
});

describe('annotate with dates and cards', () => {
  const annotator = createAnnotator(
    indexOf(
      entity('hafez', {
        type: 'person',
        labels: { en: 'Hafez al-Assad' },
        aliases: { en: [{ text: 'Assad', needsContext: true }] },
        cues: { en: ['president'] },
        facts: [{ key: 'office', value: 'President', from: '1971', to: '2000-06-10', asOf: '2000-06-10' }],
      }),
      entity('bashar', {
        type: 'person',
        labels: { en: 'Bashar al-Assad' },
        aliases: { en: [{ text: 'Assad', needsContext: true }] },
        cues: { en: ['president'] },
        facts: [
          { key: 'office', value: 'President', from: '2000-07-17', asOf: '2024-12-08', to: '2024-12-08' },
        ],
      }),
    ),
  );
  const who = (published?: string, entities?: Record<string, never>) =>
    annotator
      .annotate('President Assad spoke.', { language: 'en', published, entities })
      .map((m) => m.entityId);

  it('reads the date as a day, a month or a year', () => {
    expect(who('1999-03-12')).toEqual(['hafez']);
    expect(who('1999-03')).toEqual(['hafez']);
    expect(who('1999')).toEqual(['hafez']);
    expect(who('2010-01-01T12:00:00+02:00')).toEqual(['bashar']);
    expect(who('2000-07')).toEqual([]);
  });

  it('weighs no date at all without entity cards', () => {
    expect(who('1999-03-12', {})).toEqual([]);
  });
});

describe('a city and an agency that share a spelling', () => {
  // The bundled cities pack lists Sanaa without the spelling "Sana" (see the report of issue #3); with it, the
  // resolver weighs the city against the agency as it does for the bundled namesakes.
  const annotator = createAnnotator(
    indexOf(
      entity('yemen', { labels: { en: 'Yemen' } }),
      entity('sanaa', {
        labels: { en: 'Sanaa' },
        aliases: { en: [{ text: 'Sana', caseSensitive: true, needsContext: true }] },
        cues: { en: ['capital', 'Houthi', 'Houthis'] },
        related: ['yemen'],
      }),
      entity('sana', {
        type: 'organisation',
        labels: { en: 'SANA' },
        aliases: {
          en: [
            { text: 'SANA', caseSensitive: true },
            { text: 'Sana', caseSensitive: true, needsContext: true },
          ],
        },
        cues: { en: ['agency', 'news agency'] },
      }),
    ),
  );
  const sana = (text: string) =>
    annotator.annotate(text, { language: 'en' }).find((m) => m.text === 'Sana')?.entityId ?? null;

  it('reads the city in Yemen and the agency by their words', () => {
    expect(sana('In Sana, the capital of Yemen, the agency said nothing.')).toBe('sanaa');
    expect(sana('The news agency Sana said nothing.')).toBe('sana');
    expect(sana('Sana said nothing.')).toBeNull();
  });
});

describe('a name that needs context is no name beside the cue of another', () => {
  // "Bron" is a French town and the Dutch word for "source": as long as it needs context, its word stays free to be
  // the cue of the agencies after it, as in a Dutch wire story's "Bron: ANP, Belga".
  const index = indexOf(
    entity('anp', {
      type: 'organisation',
      labels: { nl: 'Algemeen Nederlands Persbureau' },
      aliases: { nl: [{ text: 'ANP', caseSensitive: true, needsContext: true }] },
      cues: { nl: ['bron', 'persbureau'] },
    }),
    entity('bron-town', {
      labels: { fr: 'Bron' },
      aliases: { nl: [{ text: 'Bron', needsContext: true }] },
      cues: { nl: ['stad', 'Lyon'] },
    }),
  );
  const annotator = createAnnotator(index);

  it('lets "Bron:" be the cue of ANP', () => {
    const mentions = annotator.annotate('Het nieuws kwam laat. Bron: ANP', { language: 'nl' });
    expect(mentions.map((m) => `${m.text}=${m.entityId}`)).toEqual(['ANP=anp']);
  });
});

describe('the largest of namesake places', () => {
  const source = 'https://example.org/source';
  const place = (id: string, fields: Record<string, unknown>) =>
    entity(id, {
      labels: { de: 'Essen' },
      aliases: { de: [{ text: 'Essen', needsContext: true }] },
      statements: [],
      related: [],
      ...fields,
    });
  const population = (quantity: number) => ({
    property: 'population',
    value: { quantity },
    asOf: '2024-01-01',
    source,
  });
  const annotatorOf = (...entities: Record<string, unknown>[]) => {
    const { index, errors } = compilePacks([{ file: 'test.json', data: packV2('test', entities) }]);
    if (!index) throw new Error(JSON.stringify(errors));
    return createAnnotator(index);
  };
  const essen = (annotator: ReturnType<typeof createAnnotator>, text: string) =>
    annotator.annotate(text, { language: 'de' }).find((m) => m.text === 'Essen')?.entityId ?? null;
  const TEXT = 'Nach dem Essen fuhren wir nach Essen.';

  it('is what a place name means when the article supports its namesakes alike', () => {
    const annotator = annotatorOf(
      place('essen', { statements: [population(593_085)] }),
      place('essen-belgium', { cues: { de: ['Belgien'] } }),
    );
    expect(essen(annotator, TEXT)).toBe('essen');
    // Not against the article's own words: a cue of the small one next to it.
    expect(essen(annotator, 'Wir fuhren nach Essen in Belgien.')).toBe('essen-belgium');
    // And never on its own: without the preposition the name is the meal.
    expect(essen(annotator, 'Das Essen war kalt.')).toBeNull();
  });

  it('needs a place ten times larger than every namesake and of 100,000 people', () => {
    const near = annotatorOf(
      place('essen', { statements: [population(593_085)] }),
      place('essen-belgium', { statements: [population(80_000)] }),
    );
    expect(essen(near, TEXT)).toBeNull();
    const small = annotatorOf(
      place('essen', { statements: [population(90_000)] }),
      place('essen-belgium', { statements: [population(1_000)] }),
    );
    expect(essen(small, TEXT)).toBeNull();
  });

  it('reads the population from the binary index as from the cards', () => {
    const { index } = compilePacks([
      {
        file: 'test.json',
        data: packV2('test', [
          place('essen', { statements: [population(593_085)] }),
          place('essen-belgium', { cues: { de: ['Belgien'] } }),
        ]),
      },
    ]);
    expect(essen(createAnnotatorFromBytes(encodeIndex(index!)), TEXT)).toBe('essen');
  });

  it('counts only places: a club of the same name neither gains nor blocks it', () => {
    const option = (entityId: string, textual: number) => ({
      entityId,
      alias: {
        text: 'Essen',
        entityId,
        lang: 'de' as const,
        caseSensitive: false,
        needsContext: true,
        demonym: false,
      },
      index: 0,
      textual,
      local: textual,
      score: textual,
      reasons: [],
      hasEvidence: textual > 0,
    });
    const knowledge = {
      isPlace: (id: string) => id !== 'club',
      population: (id: string) => ({ essen: 593_085, village: 2_000 })[id],
    };
    const weighed = withProminence([option('essen', 4), option('village', 4), option('club', 6)], knowledge);
    expect(weighed.map((o) => o.score)).toEqual([4 + WEIGHTS.prominence, 4, 6]);
    // A namesake place the article supports more keeps the prior from the larger one.
    const related = withProminence([option('essen', 4), option('village', 6)], knowledge);
    expect(related.map((o) => o.score)).toEqual([4, 6]);
  });

  it('gives no town the prior over a country of its name, which states no population', () => {
    const option = (entityId: string) => ({
      entityId,
      alias: {
        text: 'Luxembourg',
        entityId,
        lang: 'fr' as const,
        caseSensitive: false,
        needsContext: true,
        demonym: false,
      },
      index: 0,
      textual: 4,
      local: 4,
      score: 4,
      reasons: [],
      hasEvidence: true,
    });
    const knowledge = {
      isPlace: () => true,
      population: (id: string) => ({ 'luxembourg-city': 134_697 })[id],
      classes: (id: string) => (id === 'luxembourg' ? ['country'] : ['capital-city']),
    };
    const weighed = withProminence([option('luxembourg'), option('luxembourg-city')], knowledge);
    expect(weighed.map((o) => o.score)).toEqual([4, 4]);
  });
});

describe('a run of capitals with a word that is a name only in context', () => {
  const annotator = createAnnotator(
    indexOf(
      entity('islamic-state', {
        type: 'group',
        labels: { nl: 'Islamitische Staat' },
        aliases: { nl: [{ text: 'IS', caseSensitive: true }] },
      }),
      entity('mol', { labels: { nl: 'Mol' }, aliases: { nl: [{ text: 'Mol', needsContext: true }] } }),
      entity('nato', { type: 'organisation', labels: { nl: 'NAVO' } }),
    ),
  );
  const is = (text: string) =>
    annotator.annotate(text, { language: 'nl' }).find((m) => m.text === 'IS')?.entityId ?? null;

  it('is a shouted title, where the capitals of "IS" tell nothing', () => {
    expect(is('WIE IS DE MOL? Het programma trok veel kijkers.')).toBeNull();
    // A run made of names that stand alone is no shout.
    expect(is('NAVO EN IS')).toBe('islamic-state');
    expect(is('Het ANP meldt dat IS de aanslag opeiste.')).toBe('islamic-state');
  });
});

describe('names listed together', () => {
  const source = 'https://example.org/source';
  const of = (klass: string) => ({ property: 'instance-of', value: { entity: klass }, source });
  const classes = ['province', 'city'].map((id) => ({
    id,
    qid: null,
    kind: 'class',
    labels: { en: id },
  }));
  const place = (id: string, label: string, klass: string, bare?: string) =>
    entity(id, {
      labels: { en: label },
      ...(bare && { aliases: { en: [{ text: bare, needsContext: true }] } }),
      statements: [of(klass)],
    });
  const ENTITIES = [
    place('hatay-province', 'Hatay', 'province'),
    place('kahramanmaras-province', 'Kahramanmaraş Province', 'province', 'Kahramanmaraş'),
    place('kahramanmaras', 'Kahramanmaraş', 'city'),
    place('adana-province', 'Adana Province', 'province', 'Adana'),
    place('adana', 'Adana', 'city'),
    place('paris', 'Paris', 'city'),
  ];
  const { index, errors } = compilePacks([{ file: 'test.json', data: packV2('test', ENTITIES, classes) }]);
  if (!index) throw new Error(JSON.stringify(errors));
  const LISTED = 'The quake hit Kahramanmaraş Province. The worst hit are Kahramanmaraş, Adana and Hatay.';
  const adana = (annotator: ReturnType<typeof createAnnotator>, text: string) =>
    annotator.annotate(text, { language: 'en' }).find((m) => m.text === 'Adana');

  it('are of the kind their settled names share', () => {
    const mention = adana(createAnnotator(index), LISTED);
    expect(mention?.entityId).toBe('adana-province');
    expect(mention?.why).toMatchObject({ rule: 'context', basis: 'list', evidence: 'Kahramanmaraş' });
    // Read from the binary index's stubs as from the cards.
    expect(adana(createAnnotatorFromBytes(encodeIndex(index)), LISTED)?.entityId).toBe('adana-province');
  });

  it('say nothing when fewer than two of them are settled, or when those are of different kinds', () => {
    const annotator = createAnnotator(index);
    expect(adana(annotator, 'The worst hit are Adana and Hatay.')?.entityId).toBe('adana');
    expect(adana(annotator, 'The worst hit are Adana, Mersin and Hatay.')?.entityId).toBe('adana');
    expect(
      adana(annotator, 'It hit Kahramanmaraş Province. Worst hit: Kahramanmaraş, Adana and Paris.')?.entityId,
    ).toBe('adana');
  });
});

describe('one sense per article', () => {
  const source = 'https://example.org/source';
  const classes = ['country', 'national-football-team'].map((id) => ({
    id,
    qid: null,
    kind: 'class',
    labels: { en: id },
  }));
  const ENTITIES = [
    entity('argentina', {
      labels: { en: 'Argentina' },
      statements: [{ property: 'instance-of', value: { entity: 'country' }, source }],
    }),
    entity('argentina-team', {
      type: 'organisation',
      labels: { en: 'Argentina national football team' },
      aliases: { en: [{ text: 'Argentina', needsContext: true, caseSensitive: true }] },
      cues: { en: ['penalties'] },
      statements: [
        { property: 'instance-of', value: { entity: 'national-football-team' }, source },
        { property: 'country', value: { entity: 'argentina' }, source },
      ],
    }),
    // Related by a statement only (no `related` list): a player of the team, a citizen of the country.
    entity('lionel-messi', {
      type: 'person',
      labels: { en: 'Lionel Messi' },
      statements: [
        { property: 'citizenship', value: { entity: 'argentina' }, source },
        {
          property: 'member-of-team',
          value: { entity: 'argentina-team' },
          start: '2005',
          asOf: '2025',
          source,
        },
      ],
    }),
    // Related to the country alone.
    ...['Javier Milei', 'Cristina Kirchner', 'Mauricio Macri'].map((name) =>
      entity(name.toLowerCase().replace(' ', '-'), {
        type: 'person',
        labels: { en: name },
        statements: [{ property: 'citizenship', value: { entity: 'argentina' }, source }],
      }),
    ),
  ];
  const { index, errors } = compilePacks([{ file: 'test.json', data: packV2('test', ENTITIES, classes) }]);
  if (!index) throw new Error(JSON.stringify(errors));
  const linked = (text: string) =>
    createAnnotator(index)
      .annotate(text, { language: 'en' })
      .filter((m) => m.text === 'Argentina')
      .map((m) => [m.entityId, m.why.basis]);

  it('relates entities through their statements', () => {
    expect(index.entities['lionel-messi']?.related).toEqual(['argentina', 'argentina-team']);
  });

  it('gives a name settled beside one mention to its other mentions', () => {
    const text =
      'Argentina won on penalties after a 3-3 draw. Lionel Messi scored twice. Argentina had led 2-0 at the break.';
    expect(linked(text)).toEqual([
      ['argentina-team', 'cue'],
      ['argentina-team', 'discourse'],
    ]);
    // Without the mention settled beside it, the second is the country, as the article's other names say.
    expect(linked('Lionel Messi scored twice. Argentina had led 2-0 at the break.')).toEqual([
      ['argentina', undefined],
    ]);
  });

  it('gives a name that needs context, of one entity, settled beside one mention to its other mentions', () => {
    const race = compilePacks([
      {
        file: 'race.json',
        data: packV2('race', [
          entity('tour-de-france', {
            type: 'event',
            labels: { nl: 'Tour de France' },
            aliases: { nl: [{ text: 'Tour', needsContext: true, caseSensitive: true }] },
            cues: { nl: ['etappe'] },
          }),
        ]),
      },
    ]).index;
    if (!race) throw new Error('the race pack is invalid');
    const tours = (text: string) =>
      createAnnotator(race)
        .annotate(text, { language: 'nl' })
        .map((m) => [m.text, m.why.basis]);
    const far = ' Hij trainde de hele winter in de bergen van Spanje met zijn ploegmaats en zijn trainer.';
    expect(tours(`De Tour nadert snel.${far} Vorig jaar won hij een etappe in de Tour.`)).toEqual([
      ['Tour', 'discourse'],
      ['Tour', 'cue'],
    ]);
    // Nothing beside any mention settles it: the word stays a word.
    expect(tours(`De Tour nadert snel.${far} Vorig jaar won hij in de Tour.`)).toEqual([]);
    // Settled only where it opens a sentence, where a word has a capital too: the others stay as they are.
    expect(tours(`Hij won er een etappe. Tour en Giro zijn zijn doelen.${far} Hij won in de Tour.`)).toEqual([
      ['Tour', 'cue'],
    ]);
  });

  it('gives no sense to the other mentions from one settled beside it against the rest of the article', () => {
    const politics = 'Javier Milei, Cristina Kirchner and Mauricio Macri watched the final together.';
    const far = ' The whole nation watched it at home, in bars and in the squares of every town.';
    // The cue settles the first mention, though the article's other names support the country more.
    expect(linked(`${politics} Argentina won on penalties.${far} Argentina had led 2-0.`)).toEqual([
      ['argentina-team', 'cue'],
      ['argentina', 'related'],
    ]);
  });

  it('leaves mentions settled beside them to different entities as they are', () => {
    const text =
      'Argentina won on penalties. Lionel Messi scored twice in the final that the whole nation watched at home. ' +
      'Back in Argentina, the president spoke of a day for the nation.';
    const found = linked(text);
    expect(found[0]).toEqual(['argentina-team', 'cue']);
    expect(found.slice(1)).toEqual([['argentina', 'cue']]);
  });
});

describe('a noun that names a kind of place', () => {
  const source = 'https://example.org/source';
  const of = (klass: string) => ({ property: 'instance-of', value: { entity: klass }, source });
  const classes = ['province', 'city'].map((id) => ({ id, qid: null, kind: 'class', labels: { en: id } }));
  const everywhere = (text: string, needsContext = false) => ({ text, needsContext, anyLanguage: true });
  const { index, errors } = compilePacks([
    {
      file: 'test.json',
      data: packV2(
        'test',
        [
          entity('adana', {
            labels: { en: 'Adana' },
            aliases: { en: [everywhere('Adana')] },
            statements: [of('city')],
          }),
          entity('adana-province', {
            labels: { en: 'Adana Province' },
            aliases: { en: [everywhere('Adana', true)] },
            statements: [of('province')],
          }),
          entity('hatay-province', {
            labels: { en: 'Hatay' },
            aliases: { en: [everywhere('Hatay')] },
            statements: [of('province')],
          }),
        ],
        classes,
      ),
    },
  ]);
  if (!index) throw new Error(JSON.stringify(errors));
  const annotator = createAnnotator(index);
  const adana = (text: string, language: Lang) =>
    annotator.annotate(text, { language }).find((m) => m.text === 'Adana');

  it('before the name, across a joiner and before the list it is in, in every language', () => {
    expect(adana('Rescuers reached the province of Adana.', 'en')?.entityId).toBe('adana-province');
    expect(adana('Rescuers reached the provinces of Hatay and Adana.', 'en')?.why).toMatchObject({
      rule: 'context',
      evidence: 'provinces',
      basis: 'cue',
    });
    expect(adana('Hulpverleners bereikten de provincie Adana.', 'nl')?.entityId).toBe('adana-province');
    expect(adana("Les secours ont atteint la province d'Adana.", 'fr')?.entityId).toBe('adana-province');
    expect(adana('Helfer erreichten die Provinzen Hatay und Adana.', 'de')?.entityId).toBe('adana-province');
  });

  it('says which namesake, and nothing without it', () => {
    expect(adana('Rescuers reached the city of Adana.', 'en')?.entityId).toBe('adana');
    expect(adana('Rescuers reached the people of Adana.', 'en')?.entityId).toBe('adana');
    expect(adana('Rescuers reached Adana.', 'en')?.entityId).toBe('adana');
  });
});
