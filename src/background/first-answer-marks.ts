/**
 * User-timing marks on a worker's way to its first answer, each set once per worker: `npm run bench` reads them from
 * a woken worker and prints where its time went (scripts/bench/scale.ts). A mark costs microseconds.
 */
export const FIRST_ANSWER_STEPS = [
  /**
   * early-reads.ts ran, the first of the worker's own modules: before it, Chromium started the worker and the chunk
   * it shares with the extension's pages (the polyfill, the settings' schemas, the messages' tables) was evaluated.
   */
  'started',
  /** The worker's scripts are loaded and their top level has run: its listeners are registered. */
  'evaluated',
  /** The bundled index is read and viewed (from its IndexedDB copy, else the package). */
  'index-read',
  /** The annotator for the packs switched on is made (an overlay where packs are imported or switched off). */
  'annotator-made',
  /** The stubs of every entity the article's names may mean are read (`prepare`). */
  'prepared',
  /** The article is annotated: mentions found and resolved. */
  'annotated',
  /** The first answer with highlights is out: the first paint's list (decision 22), else the first annotation. */
  'first-reply',
  /** The article script's first annotation, with the cards, is answered (after the first paint and the injection). */
  'cards-reply',
] as const;

export type FirstAnswerStep = (typeof FIRST_ANSWER_STEPS)[number];

/** The user-timing name of a step. */
export const firstAnswerMark = (step: FirstAnswerStep) => `backstory-${step}`;

const marked = new Set<FirstAnswerStep>();

/** Marks `step` the first time this worker reaches it. */
export function markFirstAnswer(step: FirstAnswerStep): void {
  if (marked.has(step)) return;
  marked.add(step);
  performance.mark(firstAnswerMark(step));
}
