/** The toolbar popup: the on/off switch for annotations everywhere, and the way to the side panel. */
import { useEffect, useState } from 'preact/hooks';
import { browser, openSidePanel, t } from '../platform/browser';
import { loadSettings, updateSettings, watchSettings } from '../platform/settings-store';
import type { Settings } from '../settings';

export function Popup() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [windowId, setWindowId] = useState<number | undefined>();
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    loadSettings().then(setSettings, (e: unknown) => setError(String(e)));
    browser.windows.getCurrent().then(
      (w) => setWindowId(w.id),
      () => undefined,
    );
    return watchSettings(setSettings);
  }, []);

  const toggle = (enabled: boolean) => {
    updateSettings({ enabled }).then(setSettings, (e: unknown) => setError(String(e)));
  };

  return (
    <main class="popup">
      <header class="popup__head">
        <h1>{t('extName')}</h1>
      </header>
      <label class="switch">
        <input
          id="enabled"
          type="checkbox"
          role="switch"
          checked={settings?.enabled ?? false}
          disabled={!settings}
          onChange={(event) => toggle(event.currentTarget.checked)}
        />
        <span class="switch__label">{t('annotationsSwitch')}</span>
      </label>
      <p class="muted popup__state">{settings?.enabled ? t('annotationsOnHint') : t('annotationsOffHint')}</p>
      <button
        type="button"
        class="popup__panel"
        disabled={windowId === undefined}
        onClick={() => windowId !== undefined && void openSidePanel(windowId).then(() => window.close())}
      >
        {t('openSidePanel')}
      </button>
      {error && (
        <p role="alert" class="popup__error">
          {error}
        </p>
      )}
      <p class="muted popup__privacy">{t('privacyLine')}</p>
    </main>
  );
}
