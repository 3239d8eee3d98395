/**
 * Compiles assets/packs/*.json into data/index.bin (the names, as typed arrays) and data/cards.json (the entity
 * cards, cues and pack list) inside the build, so `npm run build` can never ship data that `npm run build:data`
 * would reject. An invalid pack fails the build with every error listed.
 */
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';
import { separateDetails } from '../../src/core/kb/card-details';
import { formatPackErrors } from '../../src/core/kb/compile';
import { encodeIndex } from '../../src/core/kb/index-binary';
import { loadAndCompilePacks, PACK_DIR } from './packs';

/** The names as typed arrays, for an annotator that loads from its bytes (see src/core/kb/index-binary). */
export const INDEX_BINARY_FILE = 'data/index.bin';
/**
 * The compiled index without its aliases, which index.bin holds, and without the cards' summaries and sources
 * (card-details.json). A woken background answers from index.bin (the entities' stubs are there) and reads this
 * after its first answer. Extension pages may fetch their own files; web pages may not.
 */
export const CARDS_FILE = 'data/cards.json';
/** The cards' summaries and sources, which the background reads after cards.json. */
export const CARD_DETAILS_FILE = 'data/card-details.json';
/** The country outlines of the mini-maps, which the background reads on the first map it is asked for. */
export const OUTLINES_FILE = 'data/outlines.json';
const OUTLINES_SOURCE = 'assets/maps/outlines.json';

export function bundledData(packDir = PACK_DIR): Plugin {
  return {
    name: 'backstory:bundled-data',
    apply: 'build',
    buildStart() {
      this.addWatchFile(packDir);
      this.addWatchFile(OUTLINES_SOURCE);
    },
    generateBundle() {
      const { index, errors } = loadAndCompilePacks(packDir);
      if (!index) this.error(`Invalid packs:\n${formatPackErrors(errors)}`);
      this.emitFile({ type: 'asset', fileName: INDEX_BINARY_FILE, source: encodeIndex(index) });
      const { cards, details } = separateDetails(index);
      this.emitFile({ type: 'asset', fileName: CARDS_FILE, source: JSON.stringify(cards) });
      this.emitFile({ type: 'asset', fileName: CARD_DETAILS_FILE, source: JSON.stringify(details) });
      // Minified: the source file is indented for review.
      this.emitFile({
        type: 'asset',
        fileName: OUTLINES_FILE,
        source: JSON.stringify(JSON.parse(readFileSync(OUTLINES_SOURCE, 'utf8'))),
      });
    },
  };
}
