/**
 * What the background and the side panel ask of the article script in this tab: step to the next name (a keyboard
 * command), show an entity (the side panel's "show me"), annotate the page anyway, and annotate again after the
 * packs changed. Anything else on the runtime is not for it.
 */
import { isPacksChangedMessage, isTabMessage } from '../messages';
import { browser } from '../platform/browser';

export interface TabMessageHandlers {
  /** A pack was imported, removed or switched: annotate again with the new data. */
  packsChanged(): void;
  step(direction: 1 | -1): void;
  reveal(entityId: string): void;
  /** The reader asked to annotate this page although it does not look like an article. */
  annotateAnyway(): void;
}

/** Starts listening, for good: the article script answers as long as it runs (an orphan hears nothing). */
export function listenForTabMessages(
  handlers: TabMessageHandlers,
  runtime: Pick<typeof browser.runtime, 'onMessage'> = browser.runtime,
): void {
  runtime.onMessage.addListener((message: unknown) => {
    if (isPacksChangedMessage(message)) handlers.packsChanged();
    else if (!isTabMessage(message)) return undefined;
    else if (message.type === 'step') handlers.step(message.payload.direction);
    else if (message.type === 'reveal') handlers.reveal(message.payload.entityId);
    else if (message.type === 'annotateAnyway') handlers.annotateAnyway();
    // No answer: the senders do not wait for one.
    return undefined;
  });
}
