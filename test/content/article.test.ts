import { readFileSync } from 'node:fs';
import { DOMParser as XmlParser, parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../src/content/article';

const PARAGRAPH =
  '<p>' +
  'Het Syrische leger heeft de hoofdstad volledig onder controle, meldt het observatorium. '.repeat(3) +
  '</p>';

function doc(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

describe('findArticle', () => {
  it('picks the <article> over the page around it and reads language and date from JSON-LD', () => {
    const page = doc(`<html lang="en"><head><script type="application/ld+json">
      {"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","headline":"Kop","datePublished":"2018-05-21T17:14:00+02:00","inLanguage":"nl-BE"}]}
      </script></head><body><nav><p>Menu</p></nav><main><article><h1>Kop</h1>${PARAGRAPH}${PARAGRAPH}</article>
      <aside>${PARAGRAPH}</aside></main></body></html>`);
    const article = findArticle(page)!;
    expect(article.root.tagName).toBe('ARTICLE');
    expect(article.language).toBe('nl');
    expect(article.published).toBe('2018-05-21');
    expect(article.headline).toBe('Kop');
  });

  it('falls back to <html lang>, meta published time, and survives broken JSON-LD', () => {
    const page = doc(`<html lang="de-AT"><head><script type="application/ld+json">{not json</script>
      <meta property="article:published_time" content="2020-01-02T08:00:00Z"></head>
      <body><article>${PARAGRAPH}${PARAGRAPH}</article></body></html>`);
    const article = findArticle(page)!;
    expect(article.language).toBe('de');
    expect(article.published).toBe('2020-01-02');
  });

  it('reads a huge JSON-LD block without a stack overflow, and skips one of megabytes (issue #22)', () => {
    const items = Array.from({ length: 200_000 }, (_, k) => ({ '@type': 'ListItem', position: k }));
    const huge = JSON.stringify([{ '@type': 'NewsArticle', headline: 'Vooraan' }, ...items.slice(0, 20_000)]);
    const first = doc(`<html lang="nl"><head><script type="application/ld+json">${huge}</script></head>
      <body><article>${PARAGRAPH}${PARAGRAPH}</article></body></html>`);
    expect(findArticle(first)?.headline).toBe('Vooraan');
    // 200,000 items (over a megabyte): not parsed at all; the page is still read from its markup.
    const heavier =
      doc(`<html lang="nl"><head><script type="application/ld+json">${JSON.stringify(items)}</script>
      </head><body><article><h1>Kop</h1>${PARAGRAPH}${PARAGRAPH}</article></body></html>`);
    expect(() => findArticle(heavier)).not.toThrow();
    expect(findArticle(heavier)?.headline).toBe('Kop');
    // Spread into one array of many nested arrays, which the old queue pushed with a spread.
    const nested = JSON.stringify([Array.from({ length: 150_000 }, () => 1), { '@type': 'NewsArticle' }]);
    const third = doc(`<html lang="nl"><head><script type="application/ld+json">${nested}</script></head>
      <body><article>${PARAGRAPH}${PARAGRAPH}</article></body></html>`);
    expect(() => findArticle(third)).not.toThrow();
  });

  it('gives nothing on a page that is not an article', () => {
    const page = doc(
      '<html><body><nav><p>Home</p></nav><div><p>Welkom op onze site.</p></div></body></html>',
    );
    expect(findArticle(page)).toBeNull();
  });

  it('ignores a home page of short teasers', () => {
    const teasers = '<article><h2>Kop</h2><p>Een korte teaser.</p></article>'.repeat(8);
    expect(findArticle(doc(`<html><body>${teasers}</body></html>`))).toBeNull();
  });

  it('finds the body of an og:type=article page without <article> by paragraph density', () => {
    const page = doc(`<html lang="fr"><head><meta property="og:type" content="article"></head>
      <body><div class="menu"><p>Accueil</p></div><div class="story">${PARAGRAPH}${PARAGRAPH}</div></body></html>`);
    expect(findArticle(page)!.root.className).toBe('story');
  });

  it('detects the language from the text when the page does not say', () => {
    const english =
      '<p>' +
      'The army said that the capital was under its control, and the group has left it. '.repeat(8) +
      '</p>';
    expect(findArticle(doc(`<html><body><article>${english}</article></body></html>`))!.language).toBe('en');
  });

  it('finds the seed fixture article when the fixture exists', () => {
    let html: string;
    try {
      html = readFileSync('test/fixtures/pages/seed-nl-2018-05-21.html', 'utf8');
    } catch {
      return expect.unreachable('the seed fixture page is missing');
    }
    const article = findArticle(doc(html))!;
    expect(article.language).toBe('nl');
    expect(article.published).toBe('2018-05-21');
    expect(article.root.textContent).toContain('Hajar al-Aswad');
  });

  it('reads an XHTML page, whose element names are lower case (issue #22)', () => {
    const xhtml = new XmlParser().parseFromString(
      `<html xmlns="http://www.w3.org/1999/xhtml" lang="nl"><body><main><p>Door onze redactie</p>
      <article><h1>Kop</h1>${PARAGRAPH}${PARAGRAPH}</article></main></body></html>`,
      // linkedom parses XHTML as XML (lower-case names) though its types list only 'text/xml'.
      'application/xhtml+xml' as 'text/xml',
    ) as unknown as Document;
    expect(xhtml.querySelector('article')!.tagName).toBe('article');
    // The <article> inside <main> (which holds a byline besides) is the article, as on an HTML page.
    const article = findArticle(xhtml)!;
    expect(article.root.localName).toBe('article');
    expect(article.language).toBe('nl');
  });
});
