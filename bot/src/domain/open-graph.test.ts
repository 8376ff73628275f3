import { describe, expect, it } from 'vitest';
import { extractOpenGraph } from './open-graph';

const page = 'https://www.aurore-demo.example/news/recharge-soleil';

describe('extractOpenGraph', () => {
  it('reads the Open Graph title, description and image, entities decoded', () => {
    const html = `<!doctype html><html><head>
      <title>Site title</title>
      <meta property="og:title" content="Recharge Soleil &amp; vous">
      <meta property="og:description" content="  Solar   charging,
        at home. ">
      <meta property="og:image" content="https://cdn.aurore-demo.example/soleil.jpg">
      </head><body></body></html>`;
    expect(extractOpenGraph(html, page)).toEqual({
      title: 'Recharge Soleil & vous',
      description: 'Solar charging, at home.',
      imageUrl: 'https://cdn.aurore-demo.example/soleil.jpg',
    });
  });

  it('falls back to Twitter card tags, then the page title and meta description', () => {
    const html = `<html><head><TITLE>Douai recrute</TITLE>
      <meta name="description" content="200 postes">
      <meta name="twitter:image" content="/img/douai.png"></head></html>`;
    expect(extractOpenGraph(html, page)).toEqual({
      title: 'Douai recrute',
      description: '200 postes',
      imageUrl: 'https://www.aurore-demo.example/img/douai.png',
    });
  });

  it('keeps the first of repeated tags and drops images that are not web addresses', () => {
    const html = `<meta property="og:title" content="First"><meta property="og:title" content="Second">
      <meta property="og:image" content="javascript:alert(1)">`;
    expect(extractOpenGraph(html, page)).toEqual({ title: 'First' });
  });

  it('returns nothing from a page without any of these', () => {
    expect(extractOpenGraph('<p>Hello</p>', page)).toEqual({});
  });

  it('shortens an overlong description', () => {
    const html = `<meta property="og:description" content="${'a'.repeat(1500)}">`;
    expect([...(extractOpenGraph(html, page).description ?? '')]).toHaveLength(1000);
  });
});
