/**
 * A stand-in for webextension-polyfill in unit tests: storage.local and storage.session in memory with
 * onChanged, i18n and the few runtime/tabs/commands calls the surfaces make. Tests install it with
 * `vi.mock('webextension-polyfill', () => ({ default: fakeBrowser() }))`.
 */
type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

function area(name: string, listeners: Set<Listener>) {
  const data = new Map<string, unknown>();
  const copy = (value: unknown) => (value === undefined ? undefined : structuredClone(value));
  return {
    data,
    async get(keys?: string | string[] | null) {
      const wanted =
        keys === undefined || keys === null ? [...data.keys()] : Array.isArray(keys) ? keys : [keys];
      return Object.fromEntries(
        wanted.filter((key) => data.has(key)).map((key) => [key, copy(data.get(key))]),
      );
    },
    async set(items: Record<string, unknown>) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [key, value] of Object.entries(items)) {
        changes[key] = { oldValue: data.get(key), newValue: copy(value) };
        data.set(key, copy(value));
      }
      for (const listener of listeners) listener(changes, name);
    },
    async remove(keys: string | string[]) {
      for (const key of Array.isArray(keys) ? keys : [keys]) data.delete(key);
    },
  };
}

export function fakeBrowser() {
  const listeners = new Set<Listener>();
  return {
    storage: {
      local: area('local', listeners),
      session: area('session', listeners),
      onChanged: {
        addListener: (listener: Listener) => listeners.add(listener),
        removeListener: (listener: Listener) => listeners.delete(listener),
      },
    },
    i18n: { getMessage: (key: string) => key, getUILanguage: () => 'en-GB' },
    runtime: {
      getURL: (path: string) => `chrome-extension://test/${path}`,
      sendMessage: async (_message: unknown): Promise<unknown> => undefined,
    },
    commands: { getAll: async () => [] as { name?: string; description?: string; shortcut?: string }[] },
    tabs: {
      getCurrent: async () => undefined as { id?: number } | undefined,
      query: async () => [] as { id?: number; windowId?: number; lastAccessed?: number }[],
    },
  };
}
