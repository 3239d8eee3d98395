// @vitest-environment happy-dom
/*
 * The session's cards: what an opened card is given, the docked card beside the current one, and stubs completed
 * when the whole cards come. The popover views are stand-ins that record what they are asked to show.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EntityCard } from '../../src/core/kb/index-format';
import type { ReaderChoices } from '../../src/content/choices';
import type { PaintedMention } from '../../src/content/layer';
import type { CardContent, PopoverView } from '../../src/content/popover/mount';
import { fakeBrowser } from '../background/fake-browser';
import { card, mentionIn } from './card-fixture';

const fake = fakeBrowser();
vi.mock('webextension-polyfill', () => ({ default: fake }));

interface FakeView extends PopoverView {
  shown: { entityId: string; content: CardContent; focus: boolean } | null;
  pinned: boolean;
  destroyed: boolean;
  updates: { entityId: string; patch: Partial<CardContent> }[];
}
const views = vi.hoisted(() => ({ made: [] as FakeView[], dock: [] as (() => void)[] }));
vi.mock('../../src/content/popover/mount', () => ({
  isCardHost: () => false,
  createPopoverView: (onHidden: () => void, _theme: unknown, _doc: unknown, onDock: () => void) => {
    const view: FakeView = {
      shown: null,
      pinned: false,
      destroyed: false,
      updates: [],
      show(_anchor, content, options) {
        view.shown = { entityId: content.card.id, content, focus: options?.focus ?? false };
      },
      hide() {
        view.shown = null;
        onHidden();
      },
      isOpen: () => view.shown !== null,
      isPinned: () => view.pinned,
      contains: () => false,
      shows: (entityId) => view.shown?.entityId === entityId,
      update(entityId, patch) {
        if (view.shown?.entityId === entityId) view.updates.push({ entityId, patch });
      },
      announce: () => undefined,
      destroy() {
        view.destroyed = true;
      },
    };
    views.made.push(view);
    views.dock.push(onDock);
    return view;
  },
}));

const { createCards } = await import('../../src/content/cards');
const { DEFAULT_SETTINGS } = await import('../../src/settings');

const TEXT = 'Assad sprak met Erdogan.';
const stub = (id: string, related: string[] = []): EntityCard => ({ ...card(id, 'person'), related });

function setUp() {
  const choices: ReaderChoices = { choose: vi.fn(), hide: vi.fn() };
  const onHidden = vi.fn();
  const cards = createCards({
    lang: 'nl',
    settings: structuredClone(DEFAULT_SETTINGS),
    published: '2024-12-08',
    choices,
    onHidden,
  });
  const item = (id: string, extra = {}): PaintedMention => ({
    mention: mentionIn(TEXT, 'Assad', id, 0, extra),
    card: cards.known[id]!,
    range: document.createRange(),
  });
  return { cards, choices, onHidden, item };
}

beforeEach(() => {
  views.made.length = 0;
  views.dock.length = 0;
});
afterEach(() => {
  fake.runtime.sendMessage = async () => undefined;
});

describe('createCards', () => {
  it('opens a card with its related and alternative cards, and hands "Not this" and "Hide" to the choices', () => {
    const { cards, choices, onHidden, item } = setUp();
    cards.add(
      { assad: stub('assad', ['erdogan', 'unknown']), erdogan: stub('erdogan'), hafez: stub('hafez') },
      false,
    );
    const painted = item('assad', { alternatives: ['hafez'] });
    cards.open(painted, true);
    const shown = views.made[0]!.shown!;
    expect(shown.entityId).toBe('assad');
    expect(shown.focus).toBe(true);
    expect(shown.content).toMatchObject({
      lang: 'nl',
      published: '2024-12-08',
      text: 'Assad',
      chosen: false,
    });
    expect(shown.content.related).toEqual([cards.known.erdogan]);
    expect(shown.content.alternatives).toEqual([cards.known.hafez]);

    shown.content.onChoose!(cards.known.hafez!, true);
    expect(cards.view.isOpen(), 'the card closes first').toBe(false);
    expect(onHidden).toHaveBeenCalled();
    expect(choices.choose).toHaveBeenCalledWith(painted.mention, cards.known.hafez, true);

    cards.open(painted);
    views.made[0]!.shown!.content.onHide(false);
    expect(cards.view.isOpen()).toBe(false);
    expect(choices.hide).toHaveBeenCalledWith(painted.mention, cards.known.assad, false, false);
  });

  it('opens a related card where its card was', () => {
    const { cards, item } = setUp();
    cards.add({ assad: stub('assad', ['erdogan']), erdogan: stub('erdogan') }, false);
    cards.open(item('assad'));
    views.made[0]!.shown!.content.onOpenRelated!(cards.known.erdogan!);
    expect(views.made[0]!.shown!.entityId).toBe('erdogan');
  });

  it('docks a pinned card and opens the next in a fresh view; Escape closes the docked card last', () => {
    const { cards, item } = setUp();
    cards.add({ assad: stub('assad'), erdogan: stub('erdogan') }, false);
    cards.open(item('assad'));
    views.dock[0]!();
    expect(views.made).toHaveLength(2);
    cards.open(item('erdogan'));
    expect(views.made[1]!.shown!.entityId).toBe('erdogan');
    expect(cards.view.shows('assad'), 'the docked card counts as open').toBe(true);

    const escape = () => document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    escape();
    expect(views.made[0]!.isOpen(), 'not while the current card is open').toBe(true);
    cards.view.hide();
    escape();
    expect(views.made[0]!.isOpen()).toBe(false);

    cards.destroy();
    expect(views.made.every((view) => view.destroyed)).toBe(true);
  });

  it('completes stub cards in place when the whole cards come, and the open card with them', async () => {
    const asked: unknown[] = [];
    fake.runtime.sendMessage = async (message: unknown) => {
      asked.push(message);
      return {
        ok: true,
        value: { assad: { ...stub('assad', ['erdogan']), descriptions: { nl: 'president' } } },
      };
    };
    const { cards, item } = setUp();
    cards.add({ assad: stub('assad'), erdogan: stub('erdogan') }, true);
    const held = cards.known.assad!;
    cards.open(item('assad'));
    await vi.waitFor(() => expect(views.made[0]!.updates).toHaveLength(1));
    expect(asked).toEqual([
      {
        type: 'wholeCards',
        payload: { ids: ['assad', 'erdogan'], lang: 'nl', disabledPacks: DEFAULT_SETTINGS.disabledPacks },
      },
    ]);
    expect(cards.known.assad, 'the same object, which the painted mentions hold').toBe(held);
    expect(held.descriptions).toEqual({ nl: 'president' });
    expect(views.made[0]!.updates[0]!.patch).toMatchObject({ related: [cards.known.erdogan] });
  });

  it('completes nothing after it is destroyed', async () => {
    const pending: { answer?: (value: unknown) => void } = {};
    fake.runtime.sendMessage = () => new Promise((resolve) => (pending.answer = resolve));
    const { cards } = setUp();
    cards.add({ assad: stub('assad') }, true);
    await vi.waitFor(() => expect(pending.answer).toBeDefined());
    cards.destroy();
    pending.answer!({ ok: true, value: { assad: { ...stub('assad'), descriptions: { nl: 'president' } } } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(cards.known.assad!.descriptions).toEqual({});
  });
});
