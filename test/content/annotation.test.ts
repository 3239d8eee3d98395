// @vitest-environment happy-dom
/* Annotating through the background: one request per slice, the first marked first, the answer painted. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Cards } from '../../src/content/cards';
import { fakeBrowser } from '../background/fake-browser';
import { card, mentionIn } from './card-fixture';

const fake = fakeBrowser();
vi.mock('webextension-polyfill', () => ({ default: fake }));

const { createAnnotation } = await import('../../src/content/annotation');
const { WrapLayer } = await import('../../src/content/wrap-layer');
const { DEFAULT_SETTINGS } = await import('../../src/settings');

interface Sent {
  type: string;
  payload: { text: string; first: boolean; session: string; drawn: string[] };
}

/** A background that links every "Assad" and "Damascus", the later of the same name quiet, with stub cards. */
function background(sent: Sent[], partial = false) {
  fake.runtime.sendMessage = async (message: unknown) => {
    const { payload } = message as Sent;
    sent.push(message as Sent);
    const mentions = [];
    const seen = new Set<string>();
    for (const [words, id] of [
      ['Assad', 'assad'],
      ['Damascus', 'damascus'],
    ] as const) {
      for (let nth = 0; payload.text.split(words).length - 1 > nth; nth++) {
        mentions.push({ ...mentionIn(payload.text, words, id, nth), ...(seen.has(id) && { quiet: true }) });
        seen.add(id);
      }
    }
    const cards = Object.fromEntries([...seen].map((id) => [id, card(id, 'person')]));
    return { ok: true, value: { mentions, cards, ...(partial && { partial: true }) } };
  };
}

function setUp(text: string, isCurrent = () => true) {
  const root = document.createElement('article');
  root.textContent = text;
  document.body.append(root);
  const layer = new WrapLayer('underline');
  const added: { cards: Record<string, unknown>; partial: boolean }[] = [];
  const known = {};
  const cards = {
    known,
    add: (more: Record<string, unknown>, partial: boolean) => {
      added.push({ cards: more, partial });
      Object.assign(known, more);
    },
  } as unknown as Cards;
  const annotation = createAnnotation({
    article: { root, language: 'nl', published: '2024-12-08', headline: 'Kop' },
    settings: structuredClone(DEFAULT_SETTINGS),
    lang: 'en',
    layer,
    cards,
    isCurrent,
  });
  return { root, layer, annotation, added };
}

afterEach(() => {
  document.body.replaceChildren();
  fake.runtime.sendMessage = async () => undefined;
});

describe('createAnnotation', () => {
  it('paints what the background answers, keeps the quiet mentions for hover, and the cards', async () => {
    const sent: Sent[] = [];
    background(sent, true);
    const { root, layer, annotation, added } = setUp('Assad sprak in Damascus. Later zei Assad meer.');
    await annotation.annotate(root, false);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 'annotate', payload: { first: true, drawn: [] } });
    expect(layer.ordered().map((item) => item.mention.text)).toEqual(['Assad', 'Damascus']);
    expect(root.querySelectorAll('backstory-mark')).toHaveLength(2);
    expect(added).toEqual([
      { cards: { assad: expect.anything(), damascus: expect.anything() }, partial: true },
    ]);
    expect(annotation.segments).toHaveLength(1);
    expect(annotation.segments[0]!.listed.map((mention) => mention.text)).toEqual([
      'Assad',
      'Assad',
      'Damascus',
    ]);
    layer.destroy();
  });

  it('sends a later paragraph as the same session, not first, with what is drawn already; text drawn stays out', async () => {
    const sent: Sent[] = [];
    background(sent);
    const { root, layer, annotation } = setUp('Assad sprak.');
    await annotation.annotate(root, false);
    const later = document.createElement('p');
    later.textContent = 'In Damascus.';
    root.append(later);
    await annotation.annotate(root, true);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.payload).toMatchObject({
      first: false,
      drawn: ['assad'],
      session: sent[0]!.payload.session,
    });
    expect(sent[1]!.payload.text).not.toContain('Assad');
    expect(annotation.segments).toHaveLength(2);
    layer.destroy();
  });

  it('sends nothing for an element without text', async () => {
    const sent: Sent[] = [];
    background(sent);
    const { layer, annotation } = setUp('Assad sprak.');
    const empty = document.createElement('div');
    empty.textContent = '   ';
    document.body.append(empty);
    await annotation.annotate(empty, true);
    expect(sent).toHaveLength(0);
    layer.destroy();
  });

  it('paints nothing from an answer that comes after it stopped, or after a newer session began', async () => {
    for (const stopBy of ['stop', 'newer'] as const) {
      const sent: Sent[] = [];
      background(sent);
      let current = true;
      const { root, layer, annotation } = setUp('Assad sprak.', () => current);
      const done = annotation.annotate(root, false);
      if (stopBy === 'stop') annotation.stop();
      else current = false;
      await done;
      expect(sent, stopBy).toHaveLength(1);
      expect(layer.ordered(), stopBy).toEqual([]);
      expect(annotation.segments, stopBy).toHaveLength(0);
      layer.destroy();
      document.body.replaceChildren();
    }
  });
});
