/* The messages the article script takes in its tab, each to its handler; anything else is not for it. */
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const { listenForTabMessages } = await import('../../src/content/tab-messages');

function listen() {
  let listener: (message: unknown) => unknown = () => undefined;
  const handlers = { packsChanged: vi.fn(), step: vi.fn(), reveal: vi.fn(), annotateAnyway: vi.fn() };
  const runtime = { onMessage: { addListener: (added: typeof listener) => (listener = added) } };
  listenForTabMessages(handlers, runtime as never);
  return { handlers, send: (message: unknown) => listener(message) };
}

describe('listenForTabMessages', () => {
  it('hands each message to its handler and answers none', () => {
    const { handlers, send } = listen();
    expect(send({ type: 'step', payload: { direction: -1 } })).toBeUndefined();
    expect(handlers.step).toHaveBeenCalledWith(-1);
    send({ type: 'reveal', payload: { entityId: 'assad' } });
    expect(handlers.reveal).toHaveBeenCalledWith('assad');
    send({ type: 'annotateAnyway', payload: {} });
    expect(handlers.annotateAnyway).toHaveBeenCalledTimes(1);
    expect(send({ type: 'packsChanged' })).toBeUndefined();
    expect(handlers.packsChanged).toHaveBeenCalledTimes(1);
  });

  it('leaves alone what is not for it', () => {
    const { handlers, send } = listen();
    for (const message of [null, 'step', { type: 'annotate', payload: {} }, { type: 'articleChanged' }])
      expect(send(message)).toBeUndefined();
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });
});
