/** The reader's lists: sites switched off, names hidden and meanings chosen, each entry removable with undo. */
import { t } from '../platform/browser';
import type { SectionProps } from './Options';

export function ListsSection({ settings, save }: SectionProps) {
  const { disabledSites, hiddenTerms, chosenMeanings } = settings;
  return (
    <>
      <section class="section" aria-labelledby="sites-heading">
        <h2 id="sites-heading">{t('optSitesHeading')}</h2>
        {disabledSites.length === 0 ? (
          <p class="muted">{t('optSitesEmpty')}</p>
        ) : (
          <ul class="rows" data-part="sites">
            {disabledSites.map((site) => (
              <li class="row" key={site}>
                <span class="row__main">{site}</span>
                <button
                  type="button"
                  class="button"
                  aria-label={t('optSiteOnLabel', site)}
                  onClick={() =>
                    save(
                      { disabledSites: disabledSites.filter((other) => other !== site) },
                      { message: t('optSiteRemoved', site), restore: { disabledSites } },
                    )
                  }
                >
                  {t('optSiteOn')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="section" aria-labelledby="hidden-heading">
        <h2 id="hidden-heading">{t('optHiddenHeading')}</h2>
        {hiddenTerms.length === 0 ? (
          <p class="muted">{t('optHiddenEmpty')}</p>
        ) : (
          <ul class="rows" data-part="hidden-terms">
            {hiddenTerms.map((term, i) => (
              <li class="row" key={`${term.entityId}\u0000${term.site ?? ''}`}>
                <span class="row__main">
                  <span class="row__title">{term.text}</span>{' '}
                  <span class="muted">
                    {term.site === null ? t('optHiddenEverywhere') : t('optHiddenOnSite', term.site)}
                  </span>
                </span>
                <button
                  type="button"
                  class="button"
                  aria-label={t('optShowAgainLabel', term.text)}
                  onClick={() =>
                    save(
                      { hiddenTerms: hiddenTerms.filter((_, j) => j !== i) },
                      { message: t('optTermRemoved', term.text), restore: { hiddenTerms } },
                    )
                  }
                >
                  {t('optShowAgain')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="section" aria-labelledby="chosen-heading">
        <h2 id="chosen-heading">{t('optChosenHeading')}</h2>
        {chosenMeanings.length === 0 ? (
          <p class="muted">{t('optChosenEmpty')}</p>
        ) : (
          <ul class="rows" data-part="chosen-meanings">
            {chosenMeanings.map((choice, i) => (
              <li class="row" key={`${choice.text}\u0000${choice.from}\u0000${choice.site ?? ''}`}>
                <span class="row__main">
                  <span class="row__title">{choice.text}</span>{' '}
                  <span class="muted">
                    {t('optChosenMeans', choice.label)} ·{' '}
                    {choice.site === null ? t('optHiddenEverywhere') : t('optHiddenOnSite', choice.site)}
                  </span>
                </span>
                <button
                  type="button"
                  class="button"
                  aria-label={t('optChosenUndoLabel', choice.text)}
                  onClick={() =>
                    save(
                      { chosenMeanings: chosenMeanings.filter((_, j) => j !== i) },
                      { message: t('optChosenRemoved', choice.text), restore: { chosenMeanings } },
                    )
                  }
                >
                  {t('optChosenUndo')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
