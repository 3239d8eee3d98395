import { describe, expect, it } from 'vitest';
import { validatePack } from '../../../src/core/kb/validate';
import { packReport } from '../../../src/core/kb/report';
import type { Pack } from '../../../src/core/kb/schema';
import { entity, pack } from '../pack-fixtures';

function valid(data: unknown): Pack {
  const { pack: parsed, errors } = validatePack('test.json', data);
  if (!parsed) throw new Error(JSON.stringify(errors));
  return parsed;
}

describe('packReport', () => {
  it('counts entities, aliases, types and per-language coverage, zeros included', () => {
    const report = packReport([
      valid(
        pack('syria-2018', [
          entity('damascus', {
            labels: { nl: 'Damascus', en: 'Damascus' },
            aliases: { nl: ['Dimasjk'], fr: ['Damas'] },
          }),
          entity('sana', { type: 'organisation', summaries: { nl: 'Het staatspersbureau.' } }),
        ]),
      ),
    ]);
    expect(report.packs).toHaveLength(1);
    const [stats] = report.packs;
    expect(stats).toMatchObject({ id: 'syria-2018', entities: 2, aliases: 2 });
    expect(stats?.byType).toEqual({
      person: 0,
      organisation: 1,
      place: 1,
      event: 0,
      group: 0,
      work: 0,
      concept: 0,
    });
    expect(stats?.byLanguage).toEqual({
      nl: { labels: 2, descriptions: 2, summaries: 1 },
      en: { labels: 1, descriptions: 0, summaries: 0 },
      fr: { labels: 0, descriptions: 0, summaries: 0 },
      de: { labels: 0, descriptions: 0, summaries: 0 },
    });
  });
});
