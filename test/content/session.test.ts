// @vitest-environment happy-dom
/* The session as the article script starts it: the controllers wired, and nothing left when it ends or fails. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from '../background/fake-browser';
import { card, mentionIn } from './card-fixture';

const fake = fakeBrowser();
vi.mock('webextension-polyfill', () => ({ default: fake }));

const { startSession } = await import('../../src/content/session');
const { DEFAULT_SETTINGS } = await import('../../src/settings');

/** Longer than one slice (annotation.ts SLICE_CHARS): the article goes to the background in two requests. */
const FILLER = 'Er werd lang gepraat. '.repeat(10_000);

/** A background that links "Assad" in the first request and fails the ones after it (`failLater`). */
function background(failLater: boolean) {
  let requests = 0;
  fake.runtime.sendMessage = async (message: unknown) => {
    const { type, payload } = message as { type: string; payload: { text: string } };
    if (type !== 'annotate') return { ok: true, value: {} };
    if (requests++ > 0 && failLater) return { ok: false, error: 'the background is gone' };
    const mentions = payload.text.includes('Assad') ? [mentionIn(payload.text, 'Assad', 'assad')] : [];
    return { ok: true, value: { mentions, cards: { assad: card('assad', 'person') } } };
  };
}

function article(...paragraphs: string[]) {
  const root = document.createElement('article');
  for (const text of paragraphs)
    root.append(Object.assign(document.createElement('p'), { textContent: text }));
  document.body.append(root);
  return { root, language: 'nl' as const, published: null, headline: null };
}

const start = (info: ReturnType<typeof article>) =>
  startSession({
    article: info,
    settings: structuredClone(DEFAULT_SETTINGS),
    hostname: 'news.example',
    isCurrent: () => true,
  });

afterEach(() => {
  document.body.replaceChildren();
  fake.runtime.sendMessage = async () => undefined;
});

describe('startSession', () => {
  it('paints the article, and its end takes every highlight out', async () => {
    background(false);
    const info = article('Assad sprak.', FILLER);
    const session = await start(info);
    expect(info.root.querySelectorAll('backstory-mark')).toHaveLength(1);
    session!.destroy();
    expect(info.root.querySelectorAll('backstory-mark')).toHaveLength(0);
  });

  it('leaves no highlight when a later slice of the article fails', async () => {
    background(true);
    const info = article('Assad sprak.', FILLER);
    await expect(start(info)).rejects.toThrow('the background is gone');
    expect(info.root.querySelectorAll('backstory-mark')).toHaveLength(0);
  });

  it('is dropped when a newer one began meanwhile', async () => {
    background(false);
    const info = article('Assad sprak.');
    const session = await startSession({
      article: info,
      settings: structuredClone(DEFAULT_SETTINGS),
      hostname: 'news.example',
      isCurrent: () => false,
    });
    expect(session).toBeNull();
    expect(info.root.querySelectorAll('backstory-mark')).toHaveLength(0);
  });
});
