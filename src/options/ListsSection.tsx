/** The reader's lists: sites switched off, names hidden and meanings chosen, each entry removable with undo. */
import type { ComponentChildren } from 'preact';
import { t } from '../platform/browser';
import type { SectionProps } from './Options';

interface RemovableListProps<T> {
  id: string;
  heading: string;
  empty: string;
  /** data-part of the list, for tests. */
  part: string;
  items: readonly T[];
  keyOf: (item: T) => string;
  /** What the row says about the entry. */
  describe: (item: T) => ComponentChildren;
  button: string;
  buttonLabel: (item: T) => string;
  /** Removes entry `index` (saving with an undo). */
  remove: (index: number) => void;
}

/** One list section: a heading, the entries each with a button that removes it, or a line saying it is empty. */
function RemovableList<T>(props: RemovableListProps<T>) {
  return (
    <section class="section" aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`}>{props.heading}</h2>
      {props.items.length === 0 ? (
        <p class="muted">{props.empty}</p>
      ) : (
        <ul class="rows" data-part={props.part}>
          {props.items.map((item, i) => (
            <li class="row" key={props.keyOf(item)}>
              <span class="row__main">{props.describe(item)}</span>
              <button
                type="button"
                class="button"
                aria-label={props.buttonLabel(item)}
                onClick={() => props.remove(i)}
              >
                {props.button}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Where an entry applies: everywhere, or on one site. */
function scope(site: string | null): string {
  return site === null ? t('optHiddenEverywhere') : t('optHiddenOnSite', site);
}

export function ListsSection({ settings, save }: SectionProps) {
  const { disabledSites, hiddenTerms, chosenMeanings } = settings;
  return (
    <>
      <RemovableList
        id="sites"
        heading={t('optSitesHeading')}
        empty={t('optSitesEmpty')}
        part="sites"
        items={disabledSites}
        keyOf={(site) => site}
        describe={(site) => site}
        button={t('optSiteOn')}
        buttonLabel={(site) => t('optSiteOnLabel', site)}
        remove={(i) =>
          save(
            { disabledSites: disabledSites.filter((_, j) => j !== i) },
            { message: t('optSiteRemoved', disabledSites[i] as string), restore: { disabledSites } },
          )
        }
      />
      <RemovableList
        id="hidden"
        heading={t('optHiddenHeading')}
        empty={t('optHiddenEmpty')}
        part="hidden-terms"
        items={hiddenTerms}
        keyOf={(term) => `${term.entityId}\u0000${term.site ?? ''}`}
        describe={(term) => (
          <>
            <span class="row__title">{term.text}</span> <span class="muted">{scope(term.site)}</span>
          </>
        )}
        button={t('optShowAgain')}
        buttonLabel={(term) => t('optShowAgainLabel', term.text)}
        remove={(i) =>
          save(
            { hiddenTerms: hiddenTerms.filter((_, j) => j !== i) },
            { message: t('optTermRemoved', hiddenTerms[i]?.text ?? ''), restore: { hiddenTerms } },
          )
        }
      />
      <RemovableList
        id="chosen"
        heading={t('optChosenHeading')}
        empty={t('optChosenEmpty')}
        part="chosen-meanings"
        items={chosenMeanings}
        keyOf={(choice) => `${choice.text}\u0000${choice.from}\u0000${choice.site ?? ''}`}
        describe={(choice) => (
          <>
            <span class="row__title">{choice.text}</span>{' '}
            <span class="muted">
              {t('optChosenMeans', choice.label)} · {scope(choice.site)}
            </span>
          </>
        )}
        button={t('optChosenUndo')}
        buttonLabel={(choice) => t('optChosenUndoLabel', choice.text)}
        remove={(i) =>
          save(
            { chosenMeanings: chosenMeanings.filter((_, j) => j !== i) },
            { message: t('optChosenRemoved', chosenMeanings[i]?.text ?? ''), restore: { chosenMeanings } },
          )
        }
      />
    </>
  );
}
