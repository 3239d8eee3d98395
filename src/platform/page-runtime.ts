/**
 * The few WebExtension calls the page's boot script makes, on the browser's own object (`browser` in Firefox,
 * `chrome` in Chromium; both answer with promises in Manifest V3) instead of webextension-polyfill, which the boot
 * script must not carry onto every page. Everything else goes through platform/browser.ts.
 */
import type { BackgroundRequests, RequestMessage, RequestType, Result } from '../messages';

interface PageApi {
  runtime: {
    id?: string;
    sendMessage(message: unknown): Promise<unknown>;
  };
  storage: {
    local: { get(keys: string | string[]): Promise<Record<string, unknown>> };
    onChanged: {
      addListener(listener: (changes: Record<string, { newValue?: unknown }>, area: string) => void): void;
    };
  };
}

const scope = globalThis as { browser?: PageApi; chrome?: PageApi };
/** Looked up at each call, not when the script loads: a page without an article touches no extension API. */
const api = () => (scope.browser ?? scope.chrome) as PageApi;

export const pageRuntime = {
  /** Keys of storage.local in one read; an empty record when it cannot be read. */
  async read(keys: string[]): Promise<Record<string, unknown>> {
    try {
      return await api().storage.local.get(keys);
    } catch {
      return {};
    }
  },
  /** Calls `listener` with the new value whenever `key` of storage.local changes. */
  watch(key: string, listener: (value: unknown) => void): void {
    api().storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && key in changes) listener(changes[key]?.newValue);
    });
  },
  /**
   * Makes the browser build its messaging bindings, which it does on their first use (a few milliseconds of the
   * page's main thread): called while another answer is awaited, so that the first request does not wait for them.
   */
  warm(): void {
    if (typeof api()?.runtime?.sendMessage !== 'function') return;
  },
  /** browser.ts's extensionAlive(), without the polyfill: false once an update or a removal took the runtime away. */
  extensionAlive(): boolean {
    try {
      return Boolean(api()?.runtime?.id);
    } catch {
      return false;
    }
  },
  /** A typed request to the background, its answer ignored. */
  async tell(message: RequestMessage): Promise<void> {
    await api().runtime.sendMessage(message);
  },
  /** A typed request to the background: its answer, or the error the background sent as one. */
  async ask<K extends RequestType>(message: RequestMessage<K>): Promise<BackgroundRequests[K]['response']> {
    const reply = (await api().runtime.sendMessage(message)) as
      Result<BackgroundRequests[K]['response']> | undefined;
    if (!reply) throw new Error(`No answer to ${message.type}: the background did not handle it.`);
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  },
};
