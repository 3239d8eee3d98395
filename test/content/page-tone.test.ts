// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { luminance, pageTone, parseRgb } from '../../src/content/popover/page-tone';

describe('parseRgb and luminance', () => {
  it('reads computed colours in both syntaxes, and nothing else', () => {
    expect(parseRgb('rgb(255, 255, 255)')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseRgb('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseRgb('rgb(18 18 18 / 50%)')).toEqual({ r: 18, g: 18, b: 18, a: 0.5 });
    expect(parseRgb('transparent')).toBeNull();
    expect(parseRgb('color(srgb 1 1 1)')).toBeNull();
  });

  it('gives white 1, black 0 and a mid grey under the dark line', () => {
    expect(luminance({ r: 255, g: 255, b: 255 })).toBeCloseTo(1, 6);
    expect(luminance({ r: 0, g: 0, b: 0 })).toBe(0);
    expect(luminance({ r: 0x77, g: 0x77, b: 0x77 })).toBeLessThan(0.2);
    expect(luminance({ r: 0x88, g: 0x88, b: 0x88 })).toBeGreaterThan(0.2);
  });
});

describe('pageTone: the tone of the page under a name', () => {
  /** Nested elements, outermost first, each with its background; the innermost holds the name. */
  const page = (...backgrounds: (string | null)[]) => {
    document.documentElement.removeAttribute('style');
    document.body.removeAttribute('style');
    document.body.replaceChildren();
    let parent: HTMLElement = document.body;
    for (const background of backgrounds) {
      const element = document.createElement('div');
      if (background) element.style.backgroundColor = background;
      parent.append(element);
      parent = element;
    }
    const name = document.createElement('span');
    name.textContent = 'Assad';
    parent.append(name);
    return name;
  };

  it('takes the nearest background a reader sees: a dark article on a light site reads dark', () => {
    const name = page('rgb(250, 250, 250)', 'rgb(20, 22, 25)', null);
    expect(pageTone(name, window)).toBe('dark');
  });

  it('looks through faint backgrounds to the one beneath', () => {
    const name = page('rgb(255, 255, 255)', 'rgba(0, 0, 0, 0.1)');
    expect(pageTone(name, window)).toBe('light');
  });

  it('gives a page that paints no background the canvas: light unless it opts into dark colours', () => {
    const name = page(null);
    expect(pageTone(name, window)).toBe('light');
    document.documentElement.style.colorScheme = 'dark';
    expect(pageTone(name, window)).toBe('dark');
  });

  it('follows a dark body', () => {
    const name = page(null);
    document.body.style.backgroundColor = 'rgb(13, 17, 23)';
    expect(pageTone(name, window)).toBe('dark');
  });
});
