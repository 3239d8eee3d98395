import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildTextMap, locate, offsetOf, sliceTextMap } from '../../src/content/textmap';

function mapOf(html: string) {
  const { document } = parseHTML(`<!doctype html><html><body><article>${html}</article></body></html>`);
  return buildTextMap(document.querySelector('article') as unknown as Element);
}

describe('buildTextMap', () => {
  it('keeps inline markup inside one run of text, so a name split by <em> stays one name', () => {
    expect(mapOf('<p>Bashar al-<em>Assad</em> sprak.</p>').text).toBe('Bashar al-Assad sprak.');
  });

  it('separates blocks so a heading never runs into the next paragraph', () => {
    expect(mapOf('<h2>Wapenstilstand</h2><p>De eerste</p>').text).toBe('Wapenstilstand\nDe eerste');
  });

  it('leaves out navigation, asides, comments, forms and code inside the article', () => {
    const map = mapOf(
      '<p>Damascus</p><aside>Irak</aside><nav>Syrië</nav><section class="comments"><p>Assad</p></section>' +
        '<form><label>Turkije</label></form><pre>IS</pre><div contenteditable="true">Jordanië</div><p>Yarmouk</p>',
    );
    expect(map.text).toBe('Damascus\nYarmouk');
  });

  it('maps every offset back to the text node and offset it came from', () => {
    const map = mapOf('<p>Het <b>SOHR</b> meldt</p><p>Yarmouk</p>');
    const start = map.text.indexOf('SOHR');
    const at = locate(map, start)!;
    expect(at.node.data).toBe('SOHR');
    expect(at.offset).toBe(0);
    const end = locate(map, start + 4, true)!;
    expect(end.node.data).toBe('SOHR');
    expect(end.offset).toBe(4);
    expect(offsetOf(map, at.node, 2)).toBe(start + 2);
    const yarmouk = locate(map, map.text.indexOf('Yarmouk'))!;
    expect(yarmouk.node.data).toBe('Yarmouk');
  });

  it('says -1 for a node that is not part of the article', () => {
    const map = mapOf('<p>Damascus</p>');
    const { document } = parseHTML('<p>elders</p>');
    expect(offsetOf(map, document.querySelector('p')!.firstChild as unknown as Node, 0)).toBe(-1);
  });
});

describe('sliceTextMap (issue #22: a huge page annotated a slice at a time)', () => {
  it('keeps a normal article whole, and cuts a long one at block breaks into maps that still locate their words', () => {
    const map = mapOf(
      Array.from({ length: 50 }, (_, i) => `<p>Paragraph ${i} names Damascus again.</p>`).join(''),
    );
    expect(sliceTextMap(map, map.text.length)).toEqual([map]);
    const slices = sliceTextMap(map, 200);
    expect(slices.length).toBeGreaterThan(5);
    expect(slices.map((slice) => slice.text).join('')).toBe(map.text);
    for (const slice of slices) {
      expect(slice.text.length).toBeLessThanOrEqual(200);
      const at = slice.text.indexOf('Damascus');
      const found = locate(slice, at);
      expect(found!.node.data.slice(found!.offset, found!.offset + 8)).toBe('Damascus');
    }
  });

  it('cuts one text node longer than a slice at spaces, never inside a word', () => {
    const map = mapOf(`<p>${'Damascus and Aleppo. '.repeat(100)}</p>`);
    const slices = sliceTextMap(map, 150);
    expect(slices.map((slice) => slice.text).join('')).toBe(map.text);
    for (const slice of slices.slice(1)) {
      expect(slice.starts[0]).toBeLessThan(0);
      const at = slice.text.indexOf('Aleppo');
      const found = locate(slice, at);
      expect(found!.node.data.slice(found!.offset, found!.offset + 6)).toBe('Aleppo');
    }
  });
});
