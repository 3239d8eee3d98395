/**
 * The options page: every setting, the reader's lists with undo, the packs, and reset. Each change is saved at
 * once with updateSettings, so open pages (which watch the settings) follow without a reload.
 */
import { useEffect, useState } from 'preact/hooks';
import { t } from '../platform/browser';
import {
  NewerSettingsError,
  loadSettingsWithStatus,
  resetSettings,
  updateSettings,
  watchSettings,
} from '../platform/settings-store';
import type { DamagedSetting, Settings } from '../settings';
import { GeneralSection } from './GeneralSection';
import { ListsSection } from './ListsSection';
import { PacksSection } from './PacksSection';

/** What the last undoable change was, and the settings that take it back. */
export interface Undoable {
  message: string;
  restore: Partial<Settings>;
}

/** Saves a change; the props every section gets. */
export interface SectionProps {
  settings: Settings;
  save(change: Partial<Settings>, undo?: Undoable): void;
}

/** The settings' fields by the names the reader sees on this page (settings.ts names damaged entries by field). */
const FIELD_LABELS: Record<string, Parameters<typeof t>[0]> = {
  disabledSites: 'optSitesHeading',
  hiddenTerms: 'optHiddenHeading',
  chosenMeanings: 'optChosenHeading',
  disabledPacks: 'optPacksHeading',
  highlightStyle: 'optHighlightStyle',
  mentions: 'optMentions',
  showDemonyms: 'optDemonyms',
  explanationLanguage: 'optExplanationLanguage',
  theme: 'optTheme',
  entityTypes: 'optTypesHeading',
  settings: 'optionsTitle',
};

/**
 * A damaged setting as the reader reads it: the section's heading in the page's language, then the entry's name in
 * that language's quotes, or its number.
 */
function damagedLabel({ field, name, position }: DamagedSetting): string {
  const key = FIELD_LABELS[field];
  const heading = key ? t(key) : field;
  if (name !== undefined) return t('optDamagedNamed', [heading, name]);
  if (position !== undefined) return t('optDamagedNumbered', [heading, String(position)]);
  return heading;
}

export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  /** What was found damaged and dropped or reset (shown once), and whether a newer version owns the settings. */
  const [damaged, setDamaged] = useState<DamagedSetting[]>([]);
  const [newer, setNewer] = useState(false);
  const [undo, setUndo] = useState<Undoable | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    loadSettingsWithStatus().then(
      (loaded) => {
        setSettings(loaded.settings);
        setDamaged(loaded.damaged);
        setNewer(loaded.newer);
      },
      (e: unknown) => setError(t('optSaveFailed', String(e))),
    );
    return watchSettings(setSettings);
  }, []);

  /** A change that was not saved is taken back on screen too, with the reason. */
  const refused = (before: Settings | null) => (e: unknown) => {
    if (before) setSettings(before);
    setError(e instanceof NewerSettingsError ? t('optNewerSettings') : t('optSaveFailed', String(e)));
  };

  const save = (change: Partial<Settings>, undoable?: Undoable) => {
    const before = settings;
    setSettings((current) => (current ? { ...current, ...change } : current));
    updateSettings(change).then((next) => {
      setSettings(next);
      setError(null);
      if (undoable) {
        setUndo(undoable);
        setStatus(undoable.message);
      }
    }, refused(before));
  };

  const reset = () => {
    if (!settings) return;
    const before = settings;
    resetSettings().then((next) => {
      setSettings(next);
      setUndo({ message: t('optResetDone'), restore: before });
      setStatus(t('optResetDone'));
    }, refused(before));
  };

  const takeBack = () => {
    if (!undo) return;
    const { restore } = undo;
    setUndo(null);
    setStatus('');
    save(restore);
  };

  return (
    <main class="options">
      <header class="options__head">
        <h1>{t('optionsTitle')}</h1>
        <p class="muted">{t('privacyLine')}</p>
      </header>
      {damaged.length > 0 && (
        <div class="notice" role="alert" data-part="repaired-notice">
          <p>{t('optRepairedNotice')}</p>
          <ul data-part="repaired-entries">
            {damaged.map((entry, i) => (
              <li key={i}>{damagedLabel(entry)}</li>
            ))}
          </ul>
          <button type="button" class="button" onClick={() => setDamaged([])}>
            {t('optDismiss')}
          </button>
        </div>
      )}
      {newer && (
        <p class="notice" role="alert" data-part="newer-notice">
          {t('optNewerSettings')}
        </p>
      )}
      {error && (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {settings ? (
        <>
          <GeneralSection settings={settings} save={save} />
          <ListsSection settings={settings} save={save} />
          <PacksSection settings={settings} save={save} />
          <section class="section" aria-labelledby="reset-heading">
            <h2 id="reset-heading">{t('optResetHeading')}</h2>
            <p class="muted">{t('optResetHint')}</p>
            <button type="button" class="button" id="reset" onClick={reset}>
              {t('optResetButton')}
            </button>
          </section>
        </>
      ) : (
        <p class="muted">{t('loading')}</p>
      )}
      <div class="toast" role="status" data-part="status">
        {status && <span>{status}</span>}
        {undo && (
          <button type="button" class="button" id="undo" onClick={takeBack}>
            {t('optUndo')}
          </button>
        )}
      </div>
    </main>
  );
}
