/**
 * What the reader decides on a card: "Not this" (these words mean another entity) and "Hide" (do not mark this
 * term), here or only on this site. Both are settings: the change re-annotates every open tab, this one included,
 * so nothing here touches the page but the undo note.
 */
import type { EntityCard } from '../core/kb/index-format';
import type { Lang } from '../core/kb/schema';
import type { Mention } from '../core/resolve/mention';
import { termKey } from '../core/resolve/relink';
import { t } from '../platform/browser';
import { loadSettings, updateSettings } from '../platform/settings-store';
import type { Settings } from '../settings';
import { inLanguage, interfaceLanguage } from '../ui/i18n';
import { showUndoToast } from './popover/toast';

export interface ReaderChoices {
  /**
   * Remembers that these words mean `other`. Choosing the meaning the data gave in the first place takes back the
   * earlier choice instead of stacking a second one on it.
   */
  choose(mention: Mention, other: EntityCard, onlyThisSite: boolean): void;
  /**
   * Stops marking this term (this entity under these words), with a note whose Undo takes it back. `focusUndo`: the
   * reader acted from the keyboard, and their focus goes to Undo rather than being lost with the card.
   */
  hide(mention: Mention, card: EntityCard, onlyThisSite: boolean, focusUndo: boolean): void;
}

export interface ChoicesOptions {
  /** The settings this session annotates with: the choices are added to them. */
  settings: Settings;
  /** The site a choice "only on this site" is kept for. */
  hostname: string;
  /** The language of the cards, for the label a choice is listed under in the options. */
  lang: Lang;
}

export function createChoices({ settings, hostname, lang }: ChoicesOptions): ReaderChoices {
  const siteOf = (onlyThisSite: boolean) => (onlyThisSite ? hostname : null);
  return {
    choose(mention, other, onlyThisSite) {
      const site = siteOf(onlyThisSite);
      // A relinked mention keeps the entity the data chose first among its alternatives (core/resolve/relink.ts).
      const original = mention.chosen ? mention.alternatives?.[0] : mention.entityId;
      if (!original) return;
      const kept = settings.chosenMeanings.filter(
        (choice) =>
          !(
            termKey(choice.text) === termKey(mention.text) &&
            choice.from === original &&
            choice.site === site
          ),
      );
      const label = inLanguage(other.labels, lang) ?? other.id;
      const added =
        other.id === original ? [] : [{ text: mention.text, from: original, to: other.id, label, site }];
      void updateSettings({ chosenMeanings: [...kept, ...added] });
    },
    hide(mention, card, onlyThisSite, focusUndo) {
      const term = { entityId: card.id, text: mention.text, site: siteOf(onlyThisSite) };
      const isTerm = (other: typeof term) =>
        other.entityId === term.entityId && other.text === term.text && other.site === term.site;
      // Undo reads the settings again: other terms may have been hidden meanwhile, in this tab or another.
      void updateSettings({ hiddenTerms: [...settings.hiddenTerms, term] }).then(() =>
        showUndoToast(
          t(onlyThisSite ? 'hiddenToastSite' : 'hiddenToast', [mention.text]),
          t('toastUndo'),
          () =>
            void loadSettings().then((now) =>
              updateSettings({ hiddenTerms: now.hiddenTerms.filter((other) => !isTerm(other)) }),
            ),
          { focus: focusUndo, lang: interfaceLanguage() },
        ),
      );
    },
  };
}
