import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  HIGHLIGHT_KEYS,
  highlightCss,
  highlightName,
  isHighlightToken,
  newHighlightToken,
} from '../../src/content/highlight-names';

const TEMPLATE = readFileSync('src/content/highlights.css', 'utf8');

describe('highlight names', () => {
  it('makes a fresh ten-letter token each time', () => {
    const tokens = new Set(Array.from({ length: 50 }, () => newHighlightToken()));
    expect(tokens.size).toBe(50);
    for (const token of tokens) expect(isHighlightToken(token)).toBe(true);
  });

  it('names every style by token and one letter, none naming us', () => {
    const names = HIGHLIGHT_KEYS.map((key) => highlightName('abcdefghij', key));
    expect(new Set(names).size).toBe(HIGHLIGHT_KEYS.length);
    for (const name of names) expect(name).toMatch(/^abcdefghij[a-z]$/);
  });

  it('writes the stylesheet for the token: no backstory- name is left to probe', () => {
    const css = highlightCss(TEMPLATE, 'qwertyuiop');
    expect(css).not.toMatch(/::highlight\(backstory/);
    expect(css).toContain(`::highlight(${highlightName('qwertyuiop', 'person')})`);
    expect(css).toContain(`::highlight(${highlightName('qwertyuiop', 'active')})`);
    // Every key of the template is styled, and the template styles nothing else.
    const styled = [...TEMPLATE.matchAll(/::highlight\(backstory-([a-z-]+)\)/g)].map((m) => m[1]);
    expect(new Set(styled)).toEqual(new Set(HIGHLIGHT_KEYS));
  });

  it('refuses a template styling an unknown highlight, and tokens a page could forge into CSS', () => {
    expect(() => highlightCss('::highlight(backstory-secret) {}', 'qwertyuiop')).toThrow(/unknown highlight/);
    for (const bad of ['', 'abc', 'ABCDEFGHIJ', 'abcdefghi}', 'abcdefghij{x}', 42, null]) {
      expect(isHighlightToken(bad)).toBe(false);
    }
  });
});
