/**
 * One language per screen, in both browsers: a reader whose browser speaks French (or Dutch) reads a Dutch article,
 * and the card, the side panel (timeline included) and the popup all speak the reader's language: labels, type,
 * description, fact lines and related names. What the reader should see is worked out from the compiled bundled
 * packs in that language, so the test follows the data; a few words are written out as anchors.
 */
import { inCard } from './card-root';
import { expect, it } from 'vitest';
import { loadAndCompilePacks } from '../../../scripts/lib/packs';
import { textIn } from '../../../src/core/kb/render/values';
import type { Lang } from '../../../src/core/kb/schema';
import { PROPERTIES } from '../../../src/core/kb/vocabulary';
import { inPage, readPopover } from './reader';
import { HOVER_TEXT, SEED } from './seed';
import {
  expectPopoverOpen,
  expectWholeCard,
  hoverHighlight,
  waitForAnnotations,
  type BrowserDriver,
  type ReaderPage,
} from './suite';

/** What the card shows of its language: its lang attribute, fact lines and related names. */
interface CardLanguage {
  lang: string;
  facts: { key: string; value: string }[];
  related: string[];
}

function readCardLanguage(root: ShadowRoot | null): CardLanguage {
  const card = root?.querySelector<HTMLElement>('[data-part="card"]');
  return {
    lang: card?.lang ?? '',
    facts: Array.from(card?.querySelectorAll('[data-part="facts"] li') ?? [], (li) => ({
      key: li.querySelector('.fact__key')?.textContent?.trim() ?? '',
      value: li.querySelector('.fact__value')?.textContent?.trim() ?? '',
    })),
    related: Array.from(
      root?.querySelectorAll('[data-part="related"] button') ?? [],
      (b) => b.textContent?.trim() ?? '',
    ),
  };
}

interface PanelLanguage {
  htmlLang: string;
  /** "Published 21 May 2018 · Dutch", in the reader's language. */
  meta: string;
  names: string[];
  timeline: string[];
  summary: string;
}

function readPanelLanguage(): PanelLanguage | null {
  const summary = document.querySelector('[data-part="summary"]')?.textContent?.trim() ?? '';
  if (!summary) return null;
  return {
    htmlLang: document.documentElement.lang,
    meta: document.querySelector('[data-part="meta"]')?.textContent?.trim() ?? '',
    names: Array.from(document.querySelectorAll('[data-part="entities"] > li [data-part="name"]'), (n) =>
      (n.textContent ?? '').trim(),
    ),
    timeline: Array.from(
      document.querySelectorAll('[data-part="timeline"] > li:not([data-part="article-date"])'),
      (li) => (li.textContent ?? '').trim(),
    ),
    summary,
  };
}

/** Words the reader's language must show, written out as anchors: the type of a place, a related name, the popup. */
const ANCHORS: Record<'fr' | 'nl', { type: string; related: string; popup: string; published: string }> = {
  fr: {
    type: 'Lieu',
    related: 'Damas',
    popup: 'Ouvrir le panneau latéral',
    published: 'Publié le 21 mai 2018',
  },
  nl: {
    type: 'Plaats',
    related: 'Damascus',
    popup: 'Zijpaneel openen',
    published: 'Gepubliceerd 21 mei 2018',
  },
};

/**
 * The suite, for a browser whose interface speaks `lang`. Not the article's language: the seed article is Dutch, so
 * French proves the card follows the reader; Dutch proves nothing else leaks in (no English).
 */
export function languageSuite(
  driver: () => BrowserDriver,
  lang: 'fr' | 'nl',
  screenshot?: (page: ReaderPage, name: string) => Promise<void>,
): void {
  const { index } = loadAndCompilePacks();
  const cards = index!.entities;
  const label = (id: string) => cards[id]?.labels[lang as Lang] ?? cards[id]?.labels.en ?? id;

  it(`${lang}: the browser speaks ${lang} (else its language pack is missing: apt-get install firefox-esr-l10n-${lang})`, async () => {
    const popup = await driver().openExtensionPage('src/popup/index.html');
    try {
      expect(await inPage(popup, () => document.documentElement.lang.slice(0, 2))).toBe(lang);
    } finally {
      await popup.close();
    }
  });

  it(`${lang}: the card speaks the reader's language only: type, description, fact lines, related names`, async () => {
    const page = await driver().openFixture(SEED.page);
    try {
      await waitForAnnotations(page);
      await hoverHighlight(page, HOVER_TEXT);
      await expectPopoverOpen(page, true);
      await expectWholeCard(page);
      const yarmouk = cards['yarmouk']!;
      const seen = await inCard(page, readPopover);
      expect(seen.name).toBe(label('yarmouk'));
      expect(seen.type).toBe(ANCHORS[lang].type);
      expect(seen.description).toBe(yarmouk.descriptions[lang]);
      const card = await inCard(page, readCardLanguage);
      expect(card.lang).toBe(lang);
      // Every line as the compiler rendered it in this language, none in another.
      const expected = yarmouk.facts
        .filter((fact) => PROPERTIES[fact.property].shown)
        .map((fact) => textIn(fact.lines, lang as Lang)!)
        .map((line) => ({ key: line.key ?? '', value: line.value }));
      expect(card.facts.length).toBeGreaterThan(1);
      for (const fact of card.facts) expect(expected).toContainEqual(fact);
      const english = yarmouk.facts.map((fact) => fact.lines.en?.value);
      expect(
        card.facts.filter(
          (fact) => english.includes(fact.value) && !expected.some((e) => e.value === fact.value),
        ),
      ).toEqual([]);
      expect(card.related).toEqual(yarmouk.related.map(label));
      expect(card.related).toContain(ANCHORS[lang].related);
      await screenshot?.(page, `language-${lang}-card`);
    } finally {
      await page.close();
    }
  });

  it(`${lang}: the side panel's names and timeline speak the reader's language`, async () => {
    const article = await driver().openFixture(SEED.page);
    try {
      await waitForAnnotations(article);
      await article.bringToFront();
      const panel = await driver().openExtensionPage('src/sidepanel/index.html');
      try {
        let state: PanelLanguage | null = null;
        for (let i = 0; i < 100 && !state; i++) {
          state = await inPage(panel, readPanelLanguage);
          if (!state) await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(state).not.toBeNull();
        expect(state!.names.sort()).toEqual(SEED.entities.map(label).sort());
        expect(state!.timeline.length).toBeGreaterThan(0);
        // The article's date as the reader's language writes it, not 2018-05-21.
        expect(state!.meta).toContain(ANCHORS[lang as 'fr' | 'nl'].published);
        // Each timeline entry names its entity and its fact in this language.
        const lines = SEED.entities.flatMap((id) =>
          cards[id]!.facts.map((fact) => {
            const line = textIn(fact.lines, lang as Lang);
            return line
              ? `${label(id)}${lang === 'fr' ? ' : ' : ': '}${line.key ? `${line.key} ` : ''}${line.value}`
              : '';
          }),
        );
        for (const entry of state!.timeline)
          expect(
            lines.some((line) => line !== '' && entry.includes(line)),
            entry,
          ).toBe(true);
        await screenshot?.(panel, `language-${lang}-panel`);
      } finally {
        await panel.close();
      }
    } finally {
      await article.close();
    }
  });

  it(`${lang}: the popup speaks the reader's language`, async () => {
    const popup = await driver().openExtensionPage('src/popup/index.html');
    try {
      const text = await inPage(popup, () => document.body.innerText);
      expect(text).toContain(ANCHORS[lang].popup);
      await screenshot?.(popup, `language-${lang}-popup`);
    } finally {
      await popup.close();
    }
  });
}
