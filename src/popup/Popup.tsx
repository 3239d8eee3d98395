/**
 * The toolbar popup: on/off everywhere and for this site, how many names this page has, the way to the side
 * panel and the options, the keyboard shortcuts, and the one line that nothing leaves the browser.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser, openSidePanel, t } from '../platform/browser';
import { loadSettings, updateSettings, watchSettings } from '../platform/settings-store';
import type { Settings } from '../settings';
import type { EntityType } from '../core/kb/schema';
import { typeLabel } from '../ui/i18n';
import { activeTab, shortcuts, type ActiveTab, type Shortcut } from './tab-status';

export function Popup() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [windowId, setWindowId] = useState<number | undefined>();
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [keys, setKeys] = useState<Shortcut[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    loadSettings().then(setSettings, (e: unknown) => setError(t('actionFailed', String(e))));
    browser.windows.getCurrent().then(
      (w) => setWindowId(w.id),
      () => undefined,
    );
    const readTab = () =>
      activeTab().then(setTab, () =>
        setTab({ tabId: null, windowId: undefined, hostname: null, entities: null }),
      );
    void readTab();
    shortcuts().then(setKeys, () => setKeys([]));
    const onMessage = (message: unknown) => {
      if ((message as { type?: unknown } | undefined)?.type === 'articleChanged') void readTab();
    };
    browser.runtime.onMessage.addListener(onMessage);
    const stop = watchSettings(setSettings);
    return () => {
      stop();
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, []);

  const save = (change: Partial<Settings>) => {
    updateSettings(change).then(setSettings, (e: unknown) => setError(t('actionFailed', String(e))));
  };

  const host = tab?.hostname ?? null;
  const siteOn = host !== null && settings !== null && !settings.disabledSites.includes(host);
  const toggleSite = (on: boolean) => {
    if (!settings || host === null) return;
    const others = settings.disabledSites.filter((site) => site !== host);
    save({ disabledSites: on ? others : [...others, host] });
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
          onChange={(event) => save({ enabled: event.currentTarget.checked })}
        />
        <span class="switch__label">{t('annotationsSwitch')}</span>
      </label>
      <p class="muted popup__state">{settings?.enabled ? t('annotationsOnHint') : t('annotationsOffHint')}</p>
      {host !== null ? (
        <label class="switch">
          <input
            id="site-enabled"
            type="checkbox"
            role="switch"
            checked={siteOn}
            disabled={!settings || !settings.enabled}
            onChange={(event) => toggleSite(event.currentTarget.checked)}
          />
          <span class="switch__label popup__host">{t('popupSiteSwitch', host)}</span>
        </label>
      ) : (
        tab && <p class="muted popup__state">{t('popupNoSite')}</p>
      )}
      {host !== null && (
        <p class="popup__count" data-part="entity-count">
          {tab?.entities ? t('popupEntityCount', String(tab.entities)) : t('popupNoEntities')}
        </p>
      )}
      <Legend />
      <div class="popup__actions">
        <button
          type="button"
          class="button"
          disabled={windowId === undefined}
          onClick={() => windowId !== undefined && void openSidePanel(windowId).then(() => window.close())}
        >
          {t('openSidePanel')}
        </button>
        <button
          type="button"
          class="button"
          id="open-options"
          onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}
        >
          {t('popupOptions')}
        </button>
      </div>
      <section class="popup__shortcuts" aria-labelledby="shortcuts-heading">
        <h2 id="shortcuts-heading">{t('popupShortcuts')}</h2>
        {keys && keys.length === 0 && <p class="muted">{t('popupNoShortcuts')}</p>}
        {keys && keys.length > 0 && (
          <dl data-part="shortcuts">
            {keys.map((key) => (
              <div key={key.name}>
                <dt>
                  {key.shortcut ? (
                    <kbd>{key.shortcut}</kbd>
                  ) : (
                    <span class="muted">{t('popupShortcutUnset')}</span>
                  )}
                </dt>
                <dd>{key.description}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      {error && (
        <p role="alert" class="popup__error">
          {error}
        </p>
      )}
      <p class="muted popup__privacy">{t('privacyLine')}</p>
    </main>
  );
}

/** What each underline colour means (issue #21): the colours of highlights.css, one per type, the last three shared. */
const LEGEND: { swatch: string; types: EntityType[] }[] = [
  { swatch: 'person', types: ['person'] },
  { swatch: 'organisation', types: ['organisation'] },
  { swatch: 'place', types: ['place'] },
  { swatch: 'group', types: ['group'] },
  { swatch: 'other', types: ['event', 'work', 'concept'] },
];

function Legend() {
  return (
    <ul class="legend" data-part="legend" aria-label={t('legendLabel')}>
      {LEGEND.map(({ swatch, types }) => (
        <li key={swatch} class="legend__item">
          <span class={`legend__swatch legend__swatch--${swatch}`} aria-hidden="true" />
          {types.map((type) => typeLabel(type)).join(', ')}
        </li>
      ))}
    </ul>
  );
}
