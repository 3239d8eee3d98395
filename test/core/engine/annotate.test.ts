import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnnotator } from '../../../src/core/engine/reference';
import type { Lang } from '../../../src/core/kb/schema';
import type { Mention } from '../../../src/core/resolve/mention';
import { entity, indexOf } from '../pack-fixtures';

const annotator = createAnnotator(
  indexOf(
    entity('islamic-state', {
      type: 'group',
      labels: { nl: 'Islamitische Staat', en: 'Islamic State' },
      aliases: { nl: [{ text: 'IS', caseSensitive: true }] },
    }),
    entity('sana', {
      type: 'organisation',
      labels: { en: 'Syrian Arab News Agency' },
      aliases: { nl: [{ text: 'Sana', needsContext: true }] },
      cues: { nl: ['agentschap', 'persbureau'], en: ['news agency'] },
    }),
    entity('bashar-al-assad', {
      type: 'person',
      labels: { nl: 'Bashar al-Assad' },
      aliases: { nl: [{ text: 'Assad', needsContext: true }] },
    }),
    entity('sohr', { type: 'organisation', labels: { nl: 'Syrisch Observatorium voor de Mensenrechten' } }),
    entity('syria', {
      labels: { nl: 'Syrië' },
      aliases: { nl: [{ text: 'Syrische', demonym: true }, 'Syrisch'] },
    }),
    entity('georgia', { labels: { nl: 'Georgië', en: 'Georgia' } }),
    entity('georgia-us', { labels: { en: 'Georgia', de: 'Georgia' }, aliases: { en: ['State of Georgia'] } }),
    entity('iraq', { labels: { nl: 'Irak' } }),
    entity('statistics-institute', { type: 'organisation', labels: { nl: 'Instituut voor Statistiek' } }),
  ),
);

/** Mentions as `text=entity/rule`, the form most assertions read best in. */
function linked(text: string, language?: Lang): string[] {
  return annotator.annotate(text, { language }).map((m) => `${m.text}=${m.entityId}/${m.why.rule}`);
}

describe('annotate: spans', () => {
  it('lets the longest match win over a shorter name inside it', () => {
    expect(linked('Het Syrisch Observatorium voor de Mensenrechten en het Syrische leger')).toEqual([
      'Syrisch Observatorium voor de Mensenrechten=sohr/name',
      'Syrische=syria/name',
    ]);
  });

  it('marks demonyms and reports the alias as written in the pack', () => {
    const [mention] = annotator.annotate('het syrische leger');
    expect(mention).toMatchObject({
      text: 'syrische',
      demonym: true,
      why: { alias: 'Syrische', rule: 'name' },
    });
  });

  it('links case-sensitive forms as acronyms and ignores other cases', () => {
    expect(linked('IS-strijders: de groep is weg. Is IS weg?')).toEqual([
      'IS=islamic-state/acronym',
      'IS=islamic-state/acronym',
    ]);
  });

  it('returns mentions sorted by start with offsets into the original text', () => {
    const text = 'Irak en\u00a0Syrië, daarna Islamitische\u00adStaat? Nee: Islamitische Staat.';
    const mentions = annotator.annotate(text);
    expect(mentions.map((m) => m.start)).toEqual([...mentions.map((m) => m.start)].sort((a, b) => a - b));
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(mentions.map((m) => m.entityId)).toEqual(['iraq', 'syria', 'islamic-state']);
  });
});

describe('annotate: evidence for ambiguous names', () => {
  it('links a needsContext name only with a cue word nearby', () => {
    expect(linked('volgens het officiële agentschap Sana is het rustig')).toEqual(['Sana=sana/context']);
    expect(linked('Sana, het Syrische persbureau, meldt')).toEqual([
      'Sana=sana/context',
      'Syrische=syria/name',
    ]);
    expect(linked('Sana zegt dat het rustig is')).toEqual([]);
    expect(linked('In het Sanatorium van het agentschap')).toEqual([]);
  });

  it('accepts cues of any language and multi-word cues, but not far away', () => {
    expect(linked('The state news agency Sana said')).toEqual(['Sana=sana/context']);
    const far = 'Het agentschap zegt een twee drie vier vijf zes zeven acht negen Sana';
    expect(linked(far)).toEqual([]);
  });

  it('gives the cue as the article writes it as evidence', () => {
    expect(annotator.annotate('het Syrische Persbureau Sana')[1]?.why).toEqual({
      alias: 'Sana',
      rule: 'context',
      evidence: 'Persbureau',
      basis: 'cue',
    });
  });

  it('links a short form after the full name by coreference, not before it', () => {
    const mentions = annotator.annotate('Assad sprak. Het regime van Bashar al-Assad en IS. Assad heeft...');
    expect(mentions.map((m) => `${m.text}/${m.why.rule}`)).toEqual([
      'Bashar al-Assad/name',
      'IS/acronym',
      'Assad/coreference',
    ]);
    expect(mentions[2]?.why.evidence).toBe('Bashar al-Assad');
  });

  it('drops a name shared by entities unless one is settled, by language or earlier mention', () => {
    expect(linked('Georgia stemt')).toEqual([]);
    expect(linked('Georgia stemt', 'nl')).toEqual([]);
    expect(linked('Georgia stemt', 'de')).toEqual(['Georgia=georgia-us/name']);
    expect(linked('In het State of Georgia stemt men. Georgia kiest.')).toEqual([
      'State of Georgia=georgia-us/name',
      'Georgia=georgia-us/coreference',
    ]);
  });
});

describe('annotate: definitions in the text', () => {
  it('links a defined acronym from its definition on', () => {
    const text =
      'Het SOHR ... Het Syrisch Observatorium voor de Mensenrechten (SOHR) meldt. Volgens het SOHR-hoofd...';
    const mentions = annotator.annotate(text);
    expect(mentions.map((m) => `${m.text}=${m.entityId}/${m.why.rule}`)).toEqual([
      'Syrisch Observatorium voor de Mensenrechten=sohr/name',
      'SOHR=sohr/definition',
      'SOHR=sohr/definition',
    ]);
    expect(mentions[2]?.why).toEqual({
      alias: 'SOHR',
      rule: 'definition',
      evidence: 'Syrisch Observatorium voor de Mensenrechten',
    });
  });

  it("lets the article's own definition override another entity's acronym from there on", () => {
    expect(linked('IS rukt op. Het Instituut voor Statistiek (IS) telt. Volgens het IS...')).toEqual([
      'IS=islamic-state/acronym',
      'Instituut voor Statistiek=statistics-institute/name',
      'IS=statistics-institute/definition',
      'IS=statistics-institute/definition',
    ]);
  });

  it('reads the reverse form "ACR (Long Name)" and needs upper case', () => {
    expect(linked('De IRK (Irak) en later de IRK, maar niet de irk')).toEqual([
      'IRK=iraq/definition',
      'Irak=iraq/name',
      'IRK=iraq/definition',
    ]);
  });
});

describe('annotate: invariants', () => {
  const fragments = [
    'IS',
    'is',
    'Sana',
    'agentschap',
    'Assad',
    'Bashar al-Assad',
    'Bashar al\u2011Assad',
    'Syrische',
    'Syrisch',
    'Syrisch Observatorium voor de Mensenrechten',
    '(SOHR)',
    'SOHR',
    'Georgia',
    'State of Georgia',
    'Irak',
    'IRK (Irak)',
    'Sanatorium',
    'Da\u00adamascus',
    'Jordanie\u0308',
    'de',
    'het',
    ' ',
    '  ',
    '\u00a0',
    '\n',
    '-',
    '.',
    ',',
    '(',
    ')',
    '\u00ad',
    '\u200b',
    '’',
    '😀',
  ];
  const textWithNames = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 4 })), {
    maxLength: 30,
  });

  /** Checks what every caller relies on: exact slices, within bounds, sorted, never overlapping. */
  function assertWellFormed(text: string, mentions: Mention[]): void {
    mentions.forEach((m, i) => {
      expect(m.text).toBe(text.slice(m.start, m.end));
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(m.end).toBeGreaterThan(m.start);
      if (i > 0) expect(m.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
    });
  }

  it('keeps mentions exact and disjoint for any text', () => {
    fc.assert(
      fc.property(textWithNames, fc.constantFrom(undefined, 'nl', 'en', 'de'), (parts, language) => {
        const text = parts.join(' ');
        assertWellFormed(text, annotator.annotate(text, { language }));
        const glued = parts.join('');
        assertWellFormed(glued, annotator.annotate(glued, { language }));
      }),
      { numRuns: 500 },
    );
  });
});

describe('annotate: datelines', () => {
  const withAgency = createAnnotator(
    indexOf(
      entity('beirut', { labels: { en: 'Beirut' } }),
      entity('reuters', { type: 'organisation', labels: { en: 'Reuters' } }),
    ),
  );

  it('does not read "BEIRUT (Reuters)" as Reuters defining an acronym', () => {
    const text = 'BEIRUT (Reuters) - Rebels entered the city. Beirut said nothing.';
    expect(withAgency.annotate(text).map((m) => `${m.text}=${m.entityId}/${m.why.rule}`)).toEqual([
      'BEIRUT=beirut/name',
      'Reuters=reuters/name',
      'Beirut=beirut/name',
    ]);
  });
});
