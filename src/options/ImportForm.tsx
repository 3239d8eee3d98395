/** The import form: a file (JSON pack or CSV glossary) and the glossary's language; every problem listed. */
import { useState } from 'preact/hooks';
import { LANGUAGES, type Lang } from '../core/kb/schema';
import { request, t } from '../platform/browser';
import { describeCsvError, describePackError } from './error-text';
import { decodeUtf8, MAX_FILE_BYTES, prepareText } from './import-file';

type Outcome = { kind: 'done'; message: string } | { kind: 'failed'; fileName: string; problems: string[] };

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
    if ('key' in prepared) return fail([t(prepared.key, prepared.detail ?? '')]);
    if (!prepared.ok) return fail(prepared.errors.map((error) => describeCsvError(error, t)));
    const result = await request('importPack', { fileName: file.name, data: prepared.data });
    if (!result.pack) return fail(result.errors.map((error) => describePackError(error, prepared.rows, t)));
    const title = result.pack.title[language] ?? Object.values(result.pack.title)[0] ?? result.pack.id;
    setOutcome({ kind: 'done', message: t('optImportDone', [title, String(result.pack.entities)]) });
    form.reset();
    props.onImported();
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
