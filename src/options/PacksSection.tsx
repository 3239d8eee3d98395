/**
 * Packs, bundled and imported: switch each on or off (settings.disabledPacks), export or remove imported ones,
 * and import a new one. Everything a pack says is shown as text.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../core/kb/schema';
import type { PackInfo } from '../messages';
import { browser, request, t } from '../platform/browser';
import { dayText, inLanguage, interfaceLanguage } from '../ui/i18n';
import { ImportForm } from './ImportForm';
import type { SectionProps } from './Options';

export function PacksSection({ settings, save }: SectionProps) {
  const [packs, setPacks] = useState<PackInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const lang = interfaceLanguage();

  const refresh = () =>
    request('listPacks', {}).then(
      (list) => {
        setPacks(list);
        setError(null);
      },
      (e: unknown) => setError(t('actionFailed', String(e))),
    );

  useEffect(() => {
    void refresh();
    // Another options tab imported or removed a pack.
    const onMessage = (message: unknown) => {
      if ((message as { type?: unknown } | undefined)?.type === 'packsChanged') void refresh();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);

  const title = (pack: PackInfo) => inLanguage(pack.title, lang) ?? pack.id;

  const toggle = (pack: PackInfo, on: boolean) => {
    const others = settings.disabledPacks.filter((id) => id !== pack.id);
    save({ disabledPacks: on ? others : [...others, pack.id] });
  };

  const exportPack = async (pack: PackInfo) => {
    try {
      const { fileName, json } = await request('exportPack', { id: pack.id });
      const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setError(t('actionFailed', String(e)));
    }
  };

  const remove = async (pack: PackInfo) => {
    if (!window.confirm(t('optPackRemoveConfirm', title(pack)))) return;
    try {
      await request('removePack', { id: pack.id });
      if (settings.disabledPacks.includes(pack.id))
        save({ disabledPacks: settings.disabledPacks.filter((id) => id !== pack.id) });
      await refresh();
    } catch (e) {
      setError(t('actionFailed', String(e)));
    }
  };

  return (
    <section class="section" aria-labelledby="packs-heading">
      <h2 id="packs-heading">{t('optPacksHeading')}</h2>
      {error && (
        <p class="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {packs !== null && <KnowledgeDate packs={packs} lang={lang} />}
      {packs === null ? (
        <p class="muted">{t('loading')}</p>
      ) : (
        <ul class="rows" data-part="packs">
          {/* A bundled pack of only classes and offices (the vocabulary statements name) has no names to switch. */}
          {packs
            .filter((pack) => pack.entities > 0 || !pack.bundled)
            .map((pack) => (
              <li class="row" key={pack.id} data-pack={pack.id}>
                <label class="switch row__main">
                  <input
                    type="checkbox"
                    role="switch"
                    id={`pack-${pack.id}`}
                    checked={!settings.disabledPacks.includes(pack.id)}
                    onChange={(event) => toggle(pack, event.currentTarget.checked)}
                  />
                  <span>
                    <span class="row__title" data-part="pack-title">
                      {title(pack)}
                    </span>
                    <span class="row__meta muted">
                      {t('optPackEntities', pack.entities.toLocaleString(lang))} ·{' '}
                      {pack.bundled || !pack.importedAt
                        ? t('optPackBundled')
                        : t('optPackImported', new Date(pack.importedAt).toLocaleDateString())}
                      {pack.asOf && (
                        <>
                          {' · '}
                          <span data-part="pack-as-of">{t('optPackAsOf', dayText(pack.asOf))}</span>
                        </>
                      )}
                    </span>
                  </span>
                </label>
                {!pack.bundled && (
                  <span class="row__actions">
                    <button
                      type="button"
                      class="button"
                      aria-label={t('optPackExportLabel', title(pack))}
                      onClick={() => void exportPack(pack)}
                    >
                      {t('optPackExport')}
                    </button>
                    <button
                      type="button"
                      class="button"
                      aria-label={t('optPackRemoveLabel', title(pack))}
                      onClick={() => void remove(pack)}
                    >
                      {t('optPackRemove')}
                    </button>
                  </span>
                )}
              </li>
            ))}
        </ul>
      )}
      <ImportForm defaultLanguage={lang} onImported={() => void refresh()} />
    </section>
  );
}

/** How much the bundled knowledge holds and the date of its newest data: the knowledge base states its own date. */
function KnowledgeDate({ packs, lang }: { packs: readonly PackInfo[]; lang: Lang }) {
  const bundled = packs.filter((pack) => pack.bundled);
  const names = bundled.reduce((sum, pack) => sum + pack.entities, 0);
  const latest = bundled.reduce<string | undefined>(
    (max, pack) => (pack.asOf !== undefined && (max === undefined || pack.asOf > max) ? pack.asOf : max),
    undefined,
  );
  if (latest === undefined) return null;
  return (
    <p class="muted" data-part="knowledge-date">
      {t('optKnowledgeAsOf', [names.toLocaleString(lang), dayText(latest)])}
    </p>
  );
}
