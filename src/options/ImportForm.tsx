/** The import form: a file (JSON pack or CSV glossary) and the glossary's language; every problem listed. */
import { useState } from 'preact/hooks';
import { LANGUAGES, type Lang } from '../core/kb/schema';
import { request, t } from '../platform/browser';
import { describeCsvError, describePackError } from './error-text';
import { decodeUtf8, MAX_FILE_BYTES, prepareText } from './import-file';
import { nameWarnings, withoutWarnedNames, type NameWarning } from '../core/kb/name-warnings';

type Outcome =
  | { kind: 'done'; message: string }
  | { kind: 'failed'; fileName: string; problems: string[] }
  /** Names that would underline ordinary text: the reader decides (keep them, or import without them). */
  | { kind: 'ask'; fileName: string; data: unknown; rows: Record<string, number>; warnings: NameWarning[] };

const WARNING_TEXT: Record<NameWarning['reason'], Parameters<typeof t>[0]> = {
  'common-word': 'optImportWarnCommon',
  'single-character': 'optImportWarnSingle',
  'too-long': 'optImportWarnLong',
};

/** A warning as the reader reads it; a long name is cut to its start. */
function warningText(warning: NameWarning): string {
  const text = warning.reason === 'too-long' ? warning.text.slice(0, 40) : warning.text;
  return t(WARNING_TEXT[warning.reason], text);
}

/** The kind of value a JSON file held instead of a pack, in the reader's language. */
function kindText(kind: string): string {
  const key = `jsonKind${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
  return t(key as Parameters<typeof t>[0]) || kind;
}

export function ImportForm(props: { defaultLanguage: Lang; onImported(): void }) {
  const [language, setLanguage] = useState<Lang>(props.defaultLanguage);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const run = async (form: HTMLFormElement) => {
    const input = form.elements.namedItem('file') as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) {
      setOutcome({ kind: 'failed', fileName: '', problems: [t('optImportNoFile')] });
      return;
    }
    const fail = (problems: string[]) => setOutcome({ kind: 'failed', fileName: file.name, problems });
    if (file.size > MAX_FILE_BYTES) return fail([t('optImportTooBig')]);
    const text = decodeUtf8(await file.arrayBuffer());
    if (text === null) return fail([t('optImportNotText')]);
    const prepared = prepareText(file.name, text, language, new Date().toISOString().slice(0, 10));
    if ('key' in prepared) {
      const detail =
        prepared.key === 'optImportNotPack' ? kindText(prepared.detail ?? '') : (prepared.detail ?? '');
      return fail([t(prepared.key, detail)]);
    }
    if (!prepared.ok) return fail(prepared.errors.map((error) => describeCsvError(error, t)));
    const warnings = nameWarnings(prepared.data);
    if (warnings.length > 0) {
      setOutcome({ kind: 'ask', fileName: file.name, data: prepared.data, rows: prepared.rows, warnings });
      return;
    }
    await send(form, file.name, prepared.data, prepared.rows);
  };

  const send = async (
    form: HTMLFormElement,
    fileName: string,
    data: unknown,
    rows: Record<string, number>,
  ) => {
    const result = await request('importPack', { fileName, data });
    if (!result.pack) {
      setOutcome({
        kind: 'failed',
        fileName,
        problems: result.errors.map((error) => describePackError(error, rows, t)),
      });
      return;
    }
    const title = result.pack.title[language] ?? Object.values(result.pack.title)[0] ?? result.pack.id;
    setOutcome({ kind: 'done', message: t('optImportDone', [title, String(result.pack.entities)]) });
    form.reset();
    props.onImported();
  };

  /** The reader's answer to the warnings: import the names as they are, or without the warned ones. */
  const decide = (form: HTMLFormElement | null, keep: boolean) => {
    if (outcome?.kind !== 'ask' || !form) return;
    const { fileName, data, rows, warnings } = outcome;
    setBusy(true);
    send(form, fileName, keep ? data : withoutWarnedNames(data, warnings), rows)
      .catch((error: unknown) =>
        setOutcome({ kind: 'failed', fileName: '', problems: [t('actionFailed', String(error))] }),
      )
      .finally(() => setBusy(false));
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    setBusy(true);
    setOutcome(null);
    run(form)
      .catch((error: unknown) =>
        setOutcome({ kind: 'failed', fileName: '', problems: [t('actionFailed', String(error))] }),
      )
      .finally(() => setBusy(false));
  };

  return (
    <form class="import" onSubmit={onSubmit} aria-labelledby="import-heading">
      <h3 id="import-heading">{t('optImportHeading')}</h3>
      <p class="muted import__hint">{t('optImportHint')}</p>
      <div class="field">
        <label for="import-file">{t('optImportFile')}</label>
        <input id="import-file" name="file" type="file" accept=".json,.csv,application/json,text/csv" />
      </div>
      <div class="field">
        <label for="import-language">{t('optImportLanguage')}</label>
        <select
          id="import-language"
          value={language}
          onChange={(event) => setLanguage(event.currentTarget.value as Lang)}
        >
          {LANGUAGES.map((lang) => (
            <option key={lang} value={lang} lang={lang}>
              {t(`langName_${lang}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" class="button" id="import-submit" disabled={busy}>
        {busy ? t('optImportBusy') : t('optImportButton')}
      </button>
      {outcome?.kind === 'done' && (
        <p role="status" class="import__done" data-part="import-done">
          {outcome.message}
        </p>
      )}
      {outcome?.kind === 'ask' && (
        <div role="alert" class="notice" data-part="import-warnings">
          <p>{t('optImportWarnHeading')}</p>
          <ul>
            {outcome.warnings.map((warning, i) => (
              <li key={i}>{warningText(warning)}</li>
            ))}
          </ul>
          <div class="notice__actions">
            <button
              type="button"
              class="button"
              data-part="import-keep-names"
              disabled={busy}
              onClick={(event) => decide(event.currentTarget.form, true)}
            >
              {t('optImportKeepNames')}
            </button>
            <button
              type="button"
              class="button"
              data-part="import-drop-names"
              disabled={busy}
              onClick={(event) => decide(event.currentTarget.form, false)}
            >
              {t('optImportDropNames')}
            </button>
          </div>
        </div>
      )}
      {outcome?.kind === 'failed' && (
        <div role="alert" class="notice notice--error" data-part="import-errors">
          {outcome.fileName && <p>{t('optImportFailed', outcome.fileName)}</p>}
          <ul>
            {outcome.problems.map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </form>
  );
}
