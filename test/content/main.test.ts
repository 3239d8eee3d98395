// @vitest-environment happy-dom
/*
 * The article script as the background injects it, on a fake extension API: what it does when its page comes back
 * from the back/forward cache, and when its extension goes while it runs. One script per test file (it registers
 * once per frame), so the steps below follow one another.
 */
import { describe, expect, it, vi } from 'vitest';
import { WHOLE_PAGE_FLAG } from '../../src/content/flags';
import { fakeBrowser } from '../background/fake-browser';
import { card, mentionIn } from './card-fixture';

const fake = fakeBrowser();
const runtime = fake.runtime as typeof fake.runtime & {
  id?: string;
  onMessage: { addListener(listener: unknown): void };
};
runtime.id = 'backstory';
runtime.onMessage = { addListener: () => undefined };
vi.mock('webextension-polyfill', () => ({ default: fake }));

const { DEFAULT_SETTINGS } = await import('../../src/settings');

/** The requests the script sent, by type and payload. */
const sent: { type: string; payload: Record<string, unknown> }[] = [];
runtime.sendMessage = async (message: unknown) => {
  const request = message as (typeof sent)[number];
  sent.push(request);
  if (request.type !== 'annotate') return { ok: true, value: null };
  const text = request.payload.text as string;
  const mentions = text.includes('Assad') ? [mentionIn(text, 'Assad', 'assad')] : [];
  return { ok: true, value: { mentions, cards: { assad: card('assad', 'person') } } };
};
const reports = () => sent.filter((request) => request.type === 'reportArticle');
const pageShow = (persisted: boolean) => Object.assign(new Event('pageshow'), { persisted });
const marks = () => document.querySelectorAll('backstory-mark').length;

describe('the article script', () => {
  it('starts switched off, and says so again when its page comes back from the cache', async () => {
    await fake.storage.local.set({ settings: { ...structuredClone(DEFAULT_SETTINGS), enabled: false } });
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Assad sprak.' }));
    // The reader asked to annotate this page anyway: its body is the article.
    (globalThis as Record<string, unknown>)[WHOLE_PAGE_FLAG] = true;
    await import('../../src/content/main');
    await vi.waitFor(() => expect(reports()).toEqual([{ type: 'reportArticle', payload: { off: true } }]));
    dispatchEvent(pageShow(false));
    dispatchEvent(pageShow(true));
    await vi.waitFor(() => expect(reports()).toHaveLength(2));
    expect(reports()[1]!.payload).toEqual({ off: true });
  });

  it('annotates when switched on, and again, from the first stretch, when its page comes back', async () => {
    await fake.storage.local.set({ settings: structuredClone(DEFAULT_SETTINGS) });
    await vi.waitFor(() => expect(marks()).toBe(1));
    const annotated = () => sent.filter((request) => request.type === 'annotate');
    expect(annotated()).toHaveLength(1);
    dispatchEvent(pageShow(true));
    await vi.waitFor(() => expect(annotated()).toHaveLength(2));
    expect(annotated()[1]!.payload.first).toBe(true);
    await vi.waitFor(() => expect(marks()).toBe(1));
  });

  it('takes its highlights out as soon as a request fails because its extension went', async () => {
    delete runtime.id;
    runtime.sendMessage = async () => {
      throw new Error('Extension context invalidated.');
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    // A paragraph the page adds: the script asks the background about it, in vain.
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'Later meer.' }));
    await vi.waitFor(() => expect(warn).toHaveBeenCalled(), { timeout: 2000 });
    expect(marks()).toBe(0);
    warn.mockRestore();
  });
});
