// @vitest-environment happy-dom
/*
 * The boot script runs on every http(s) page. On a page without an article it must not touch the extension's API at
 * all (the first use of each API's bindings costs the page about 2 ms: decision 23); on an article it reads the
 * settings, sends the text ahead and asks for the article script; switched off for the site it only says so.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BOOT_STORAGE_FLAG, WHOLE_PAGE_FLAG, WHOLE_PAGE_HOOK } from '../../src/content/flags';

const scope = globalThis as unknown as Record<string, unknown>;

interface FakeApi {
  /** Every property of the extension API the script read, in order ("chrome", "storage", "runtime"…). */
  touched: string[];
  sent: { type: string; payload: unknown }[];
  stored: Record<string, unknown>;
  /** The errors the next requests fail with, one per request (then they answer again). */
  failures: Error[];
}

/**
 * A `chrome` global that records each use; sendMessage answers as the background would: no first paint, or the
 * `paint` given (offsets in the article's text).
 */
function installApi(
  stored: Record<string, unknown> = {},
  paint: { start: number; end: number; key: string }[] | null = null,
): FakeApi {
  const fake: FakeApi = { touched: [], sent: [], stored, failures: [] };
  const storage = {
    local: { get: async () => fake.stored },
    onChanged: { addListener: () => undefined },
  };
  const runtime = {
    id: 'backstory-test',
    sendMessage: async (message: { type: string; payload: unknown }) => {
      fake.sent.push(message);
      const failure = fake.failures.shift();
      if (failure) throw failure;
      return { ok: true, value: message.type === 'firstPaint' && paint ? { paint } : null };
    },
  };
  const api = {
    get storage() {
      fake.touched.push('storage');
      return storage;
    },
    get runtime() {
      fake.touched.push('runtime');
      return runtime;
    },
  };
  Object.defineProperty(globalThis, 'chrome', {
    configurable: true,
    get() {
      fake.touched.push('chrome');
      return api;
    },
  });
  return fake;
}

/** Our own fixture page as the document (parsed, its scripts inert). */
function openFixture(name: string): void {
  const parsed = new DOMParser().parseFromString(
    readFileSync(`test/fixtures/pages/${name}`, 'utf8'),
    'text/html',
  );
  document.documentElement.replaceChildren(...Array.from(parsed.documentElement.childNodes));
  const lang = parsed.documentElement.getAttribute('lang');
  if (lang) document.documentElement.setAttribute('lang', lang);
}

async function runBoot(): Promise<void> {
  vi.resetModules();
  await import('../../src/content/boot');
  // The storage read and the requests are promises: let them settle.
  for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Each test's boot script watches the one document of this window: its watch ends with the test, as a page's ends
 * when the page goes, so that it does not look at the next test's page.
 */
const watches: MutationObserver[] = [];

beforeEach(() => {
  for (const key of Object.keys(scope)) if (key.startsWith('__backstory')) delete scope[key];
  vi.stubGlobal(
    'MutationObserver',
    class extends MutationObserver {
      constructor(callback: MutationCallback) {
        super(callback);
        watches.push(this);
      }
    },
  );
});

afterEach(() => {
  for (const watch of watches.splice(0)) watch.disconnect();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  delete scope['chrome'];
  document.documentElement.replaceChildren(document.createElement('head'), document.createElement('body'));
  document.documentElement.removeAttribute('lang');
});

describe('boot script', () => {
  it.each(['not-an-article.html', 'nl-2025-05-14-zoekresultaten.html', 'fr-2025-03-02-boutique-livres.html'])(
    'touches no extension API on a page without an article (%s)',
    async (fixture) => {
      const api = installApi();
      openFixture(fixture);
      await runBoot();
      expect(api.touched).toEqual([]);
      expect(api.sent).toEqual([]);
    },
  );

  it('on an article: reads the settings, sends the text ahead, then asks for the article script', async () => {
    const api = installApi({ settings: { highlightStyle: 'marker' } });
    openFixture('seed-nl-2018-05-21.html');
    await runBoot();
    expect(api.touched).toContain('storage');
    expect(api.sent.map((message) => message.type)).toEqual(['articleAhead', 'firstPaint', 'articleFound']);
    // The first message only wakes the background: nothing of the page goes with it.
    expect(api.sent[0]!.payload).toEqual({});
    const ahead = api.sent[1]!.payload as { text: string; language: string };
    expect(ahead.language).toBe('nl');
    expect(ahead.text).toContain('vluchtelingenkamp Yarmouk');
    // What it read is handed to the article script, which then reads no storage itself.
    expect(scope[BOOT_STORAGE_FLAG]).toEqual({ settings: { highlightStyle: 'marker' } });
  });

  it('on an article: makes the messaging bindings while the settings are read, not after', async () => {
    const api = installApi({ settings: {} });
    let answer: (value: Record<string, unknown>) => void = () => undefined;
    const storage = (globalThis as unknown as { chrome: { storage: { local: { get: unknown } } } }).chrome
      .storage;
    storage.local.get = () => new Promise((resolve) => (answer = resolve));
    openFixture('seed-nl-2018-05-21.html');
    await runBoot();
    // The read has not answered: only the background's wake is sent, without the text.
    expect(api.sent).toEqual([{ type: 'articleAhead', payload: {} }]);
    expect(api.touched).toContain('runtime');
    answer({ settings: {} });
    for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(api.sent.map((message) => message.type)).toEqual(['articleAhead', 'firstPaint', 'articleFound']);
  });

  it('asks once more when its requests fail while the extension is still there (a worker that stopped as it woke)', async () => {
    const api = installApi({ settings: {} });
    const closed = new Error('The message channel closed before a response was received.');
    // The wake is told (its failure ignored), the text's request and the script's request fail.
    api.failures.push(closed, closed, closed);
    openFixture('seed-nl-2018-05-21.html');
    await runBoot();
    expect(api.sent.map((message) => message.type)).toEqual(['articleAhead', 'firstPaint', 'articleFound']);
    await new Promise((resolve) => setTimeout(resolve, 600));
    for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    // Looked at again: the settings are known, so no wake; the text, then the script.
    expect(api.sent.map((message) => message.type)).toEqual([
      'articleAhead',
      'firstPaint',
      'articleFound',
      'firstPaint',
      'articleFound',
    ]);
    // Only once: a second failure leaves the page as it is.
    api.failures.push(closed, closed);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(api.sent).toHaveLength(5);
  });

  it('does not ask again when the extension was updated or removed under the page (no runtime id)', async () => {
    const api = installApi({ settings: {} });
    const runtime = (globalThis as unknown as { chrome: { runtime: { id?: string } } }).chrome.runtime;
    delete runtime.id;
    const invalidated = new Error('Extension context invalidated.');
    api.failures.push(invalidated, invalidated, invalidated);
    openFixture('seed-nl-2018-05-21.html');
    await runBoot();
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(api.sent.map((message) => message.type)).toEqual(['articleAhead', 'firstPaint', 'articleFound']);
  });

  it('on an article of a site switched off: only says so, sends no text', async () => {
    const api = installApi({ settings: { enabled: true, disabledSites: [location.hostname] } });
    openFixture('seed-nl-2018-05-21.html');
    await runBoot();
    // The wake goes before the settings are known; the text never goes.
    expect(api.sent).toEqual([
      { type: 'articleAhead', payload: {} },
      { type: 'reportArticle', payload: { off: true } },
    ]);
  });

  it('on an article of a site switched off: says so again when the page comes back from the back/forward cache', async () => {
    const api = installApi({ settings: { enabled: true, disabledSites: [location.hostname] } });
    openFixture('seed-nl-2018-05-21.html');
    await runBoot();
    const settle = async () => {
      for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    };
    // happy-dom's PageTransitionEvent ignores its init. A page shown without leaving the cache says nothing new.
    const pageShow = (persisted: boolean) => Object.assign(new Event('pageshow'), { persisted });
    dispatchEvent(pageShow(false));
    await settle();
    expect(api.sent).toEqual([
      { type: 'articleAhead', payload: {} },
      { type: 'reportArticle', payload: { off: true } },
    ]);
    dispatchEvent(pageShow(true));
    await settle();
    // (The boot scripts of earlier tests in this window listen too, and they use the same fake API: not one more.)
    // The settings are known by now: no wake goes ahead of what it says.
    const again = api.sent.slice(2);
    expect(again.length).toBeGreaterThan(0);
    expect(again.every((message) => message.type === 'reportArticle')).toBe(true);
  });

  it('looks again when the body changes, not when only the head does (scripts and styles added)', async () => {
    const api = installApi({ settings: {} });
    openFixture('not-an-article.html');
    await runBoot();
    const looks = vi.spyOn(document, 'querySelectorAll');
    for (let i = 0; i < 3; i++) document.head.append(document.createElement('script'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(looks).not.toHaveBeenCalled();
    // An article that arrives in the body is looked for, and found.
    const article = new DOMParser().parseFromString(
      readFileSync('test/fixtures/pages/seed-nl-2018-05-21.html', 'utf8'),
      'text/html',
    );
    document.body.append(...Array.from(article.body.childNodes));
    document.head.append(...Array.from(article.head.childNodes));
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(looks).toHaveBeenCalled();
    expect(api.sent.map((message) => message.type)).toContain('articleFound');
  });

  it('annotates a page without an article when the side panel calls its hook', async () => {
    const api = installApi();
    openFixture('not-an-article.html');
    await runBoot();
    expect(api.touched).toEqual([]);
    (scope[WHOLE_PAGE_HOOK] as () => void)();
    for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(scope[WHOLE_PAGE_FLAG]).toBe(true);
    // Nothing read, nothing handed on: the article script reads the settings itself.
    expect(scope[BOOT_STORAGE_FLAG]).toBeUndefined();
    expect(api.sent.map((message) => message.type)).toEqual(['articleFound']);
  });

  describe('with the Highlight API: the article script is asked for once the first highlights are on screen', () => {
    /** Animation frames run only when the test says: `frames` holds the callbacks asked for. */
    function withHighlightApi(): { frames: (() => void)[] } {
      const frames: (() => void)[] = [];
      const highlights = new Map<string, unknown>();
      vi.stubGlobal('CSS', { highlights });
      vi.stubGlobal(
        'Highlight',
        class {
          readonly ranges: Range[] = [];
          add(range: Range) {
            this.ranges.push(range);
          }
        },
      );
      vi.stubGlobal('requestAnimationFrame', (callback: () => void) => frames.push(callback));
      return { frames };
    }
    const settle = async () => {
      for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    };
    /** The first five characters of the article's text, as a place. */
    const seedPaint = () => ({ start: 0, end: 5, key: 'place' });

    it('draws, then asks only after the next frame', async () => {
      const { frames } = withHighlightApi();
      openFixture('seed-nl-2018-05-21.html');
      const api = installApi({}, [seedPaint()]);
      await runBoot();
      expect(
        (globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights.size,
      ).toBe(1);
      expect(api.sent.map((message) => message.type)).toEqual(['articleAhead', 'firstPaint']);
      expect(frames).toHaveLength(1);
      frames[0]!();
      await settle();
      expect(api.sent.map((message) => message.type)).toEqual(['articleAhead', 'firstPaint', 'articleFound']);
    });

    it('asks anyway after 100 ms when no frame comes', async () => {
      withHighlightApi();
      openFixture('seed-nl-2018-05-21.html');
      const api = installApi({}, [seedPaint()]);
      await runBoot();
      expect(api.sent.map((message) => message.type)).toEqual(['articleAhead', 'firstPaint']);
      await new Promise((resolve) => setTimeout(resolve, 120));
      expect(api.sent.map((message) => message.type)).toEqual(['articleAhead', 'firstPaint', 'articleFound']);
    });

    it('still asks when drawing the first highlights fails', async () => {
      withHighlightApi();
      (globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS.highlights.set = () => {
        throw new Error('the page changed under the first paint');
      };
      openFixture('seed-nl-2018-05-21.html');
      const api = installApi({}, [seedPaint()]);
      await runBoot();
      expect(api.sent.map((message) => message.type)).toEqual(['articleAhead', 'firstPaint', 'articleFound']);
    });

    it('takes its first highlights out when switched off before the article script took them over', async () => {
      withHighlightApi();
      openFixture('seed-nl-2018-05-21.html');
      const api = installApi({}, [seedPaint()]);
      let heard: ((changes: Record<string, { newValue?: unknown }>, area: string) => void) | undefined;
      (
        globalThis as unknown as { chrome: { storage: { onChanged: { addListener: unknown } } } }
      ).chrome.storage.onChanged.addListener = (listener: typeof heard) => (heard = listener);
      await runBoot();
      const highlights = (globalThis as unknown as { CSS: { highlights: Map<string, unknown> } }).CSS
        .highlights;
      expect(highlights.size).toBe(1);
      // A change that leaves it on keeps them.
      heard!({ settings: { newValue: { enabled: true } } }, 'local');
      expect(highlights.size).toBe(1);
      heard!({ settings: { newValue: { enabled: false } } }, 'local');
      expect(highlights.size).toBe(0);
      // The article script is still asked for (no frame comes here): it starts switched off and says so.
      await new Promise((resolve) => setTimeout(resolve, 120));
      expect(api.sent.map((message) => message.type)).toEqual(['articleAhead', 'firstPaint', 'articleFound']);
    });

    it('asks at once on a hidden page, which paints no frames', async () => {
      const { frames } = withHighlightApi();
      vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
      openFixture('seed-nl-2018-05-21.html');
      const api = installApi({}, [seedPaint()]);
      await runBoot();
      expect(api.sent.map((message) => message.type)).toEqual(['articleAhead', 'firstPaint', 'articleFound']);
      expect(frames).toHaveLength(0);
    });
  });
});
