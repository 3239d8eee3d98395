/**
 * The first of the worker's own modules (index.ts imports it before any other; only the chunk the build shares with
 * the extension's pages is evaluated before it): the IndexedDB look-ups of a first answer are started here, so that
 * they run while the rest of the worker's scripts are evaluated, before the event that woke it is heard. Only
 * look-ups: no bytes are read, since a worker woken for a tab switch answers no article.
 */
import { INDEX_BINARY_URL, INDEX_KEY } from './bundled-files';
import { markFirstAnswer } from './first-answer-marks';
import { lookUpCopyAhead } from './index-copy';

markFirstAnswer('started');
if (INDEX_KEY) lookUpCopyAhead(INDEX_BINARY_URL, INDEX_KEY);
