/**
 * The seed fixture and what a reader should see on it: the golden file beside the page, the mention texts
 * that must be highlighted, and the names the side panel should show (the bundled pack's Dutch labels for the
 * expected entities, since the article is nl-BE).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface ExpectedFixture {
  page: string;
  /** Entity ids of the bundled pack that the article mentions. */
  entities: string[];
  /** Words that appear on the page outside the article and must not be highlighted there. */
  outsideArticle: string[];
}

export const FIXTURE_ROOT = path.resolve('test/fixtures/pages');

export const SEED: ExpectedFixture = JSON.parse(
  readFileSync(path.resolve('test/fixtures/expected/seed-nl-2018-05-21.json'), 'utf8'),
) as ExpectedFixture;

/** Each of these must be highlighted at least once inside the article (full names, aliases and short forms). */
export const SEED_HIGHLIGHT_TEXTS = [
  'ANP',
  'Belga',
  'Islamitische Staat',
  'Damascus',
  'Syrisch Observatorium voor de Mensenrechten',
  'Groot-Brittannië',
  'Sana',
  'Bashar al-Assad',
  'Yarmouk',
  'Tadamoun',
  'Hajar al-Aswad',
  'Syrië',
  'Turkije',
  'Irak',
  'Jordanië',
  'IS',
  'SOHR',
  'Assad',
];

/** The word the hover tests point at, and the name its card must show. */
export const HOVER_TEXT = 'Yarmouk';

const PACK = path.resolve('assets/packs/syria-2018.json');

interface PackEntity {
  id: string;
  labels?: Record<string, string>;
}

/**
 * The name the side panel should show for each expected entity: its `nl` label in the bundled pack (falling
 * back to `en`). Throws with a clear message if the pack lacks one of the expected entities.
 */
export function expectedSidePanelNames(): string[] {
  const pack = JSON.parse(readFileSync(PACK, 'utf8')) as { entities?: PackEntity[] };
  const byId = new Map((pack.entities ?? []).map((entity) => [entity.id, entity]));
  return SEED.entities.map((id) => {
    const label = byId.get(id)?.labels?.nl ?? byId.get(id)?.labels?.en;
    if (!label) throw new Error(`The bundled pack ${PACK} has no nl/en label for expected entity "${id}".`);
    return label;
  });
}
