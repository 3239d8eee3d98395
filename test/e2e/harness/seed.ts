/**
 * The seed fixture and what a reader should see on it: the golden file beside the page, the mention texts
 * that must be highlighted, and the names the side panel should show (the bundled pack's labels in the test
 * browsers' interface language, English: the reader's, not the nl-BE article's).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadAndCompilePacks } from '../../../scripts/lib/packs';

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

/**
 * With the default settings (first mention of each entity only), each of these must be highlighted inside the
 * article: the first way the article names each entity.
 */
export const SEED_HIGHLIGHT_TEXTS = [
  'ANP',
  'Belga',
  'IS',
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
];

/** Later mentions (short forms, coreference): highlighted only when the reader asks for every mention. */
export const SEED_LATER_MENTION_TEXTS = ['Islamitische Staat', 'SOHR', 'Assad'];

/** The word the hover tests point at, and the name its card must show. */
export const HOVER_TEXT = 'Yarmouk';

/**
 * The name the side panel should show for each expected entity: its label in the reader's language, which is the
 * test browsers' interface language, English (one language per screen: the article is Dutch, but the panel speaks
 * the reader's). Throws with a clear message if the packs lack one of the expected entities.
 */
export function expectedSidePanelNames(): string[] {
  const { index, errors } = loadAndCompilePacks();
  if (!index) throw new Error(`The bundled packs are invalid: ${errors.length} errors (npm run build:data).`);
  return SEED.entities.map((id) => {
    const label = index.entities[id]?.labels.en;
    if (!label) throw new Error(`The bundled packs have no en label for expected entity "${id}".`);
    return label;
  });
}
