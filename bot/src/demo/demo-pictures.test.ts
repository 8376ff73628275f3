import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { imageSize } from 'image-size';
import { describe, expect, it } from 'vitest';
import { buildDemoData } from './demo-data';

// Vite copies tab/public into the built tab, which the service serves at `/`.
const publicDir = fileURLToPath(new URL('../../../tab/public', import.meta.url));
const picturesDir = `${publicDir}/demo/images`;

const data = buildDemoData(new Date('2025-03-14T09:30:00.000Z'));
const pictures = data.content.map((item) => ({ id: item.id, url: item.preview.imageUrl }));

/** Drawn shapes only: no text (the library is bilingual), no scripts, images, styles or references. */
const ALLOWED_ELEMENTS = new Set([
  'svg',
  'title',
  'g',
  'rect',
  'circle',
  'ellipse',
  'path',
  'line',
  'polygon',
  'polyline',
]);
const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';
const MAX_BYTES = 5 * 1024;

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
});

interface Element {
  name: string;
  attributes: Record<string, string>;
}

/** Every element of a parsed document, depth first. */
function elementsOf(nodes: OrderedNode[]): Element[] {
  return nodes.flatMap((node) => {
    const name = Object.keys(node).find((key) => key !== ':@');
    if (name === undefined || name === '#text' || name === '?xml') return [];
    const children = node[name];
    return [
      { name, attributes: node[':@'] ?? {} },
      ...(Array.isArray(children) ? elementsOf(children as OrderedNode[]) : []),
    ];
  });
}

function readPicture(url: string | undefined): { text: string; bytes: Buffer } {
  const bytes = readFileSync(`${publicDir}${url ?? ''}`);
  return { text: bytes.toString('utf8'), bytes };
}

describe('demo pictures', () => {
  it('gives every demo item its own picture under /demo/images', () => {
    expect(pictures.length).toBeGreaterThan(0);
    for (const { id, url } of pictures) expect(url).toBe(`/demo/images/${id}.svg`);
  });

  it('ships a file under tab/public for every demo item, and no stray file', () => {
    const missing = pictures.filter(({ url }) => !existsSync(`${publicDir}${url ?? ''}`)).map(({ id }) => id);
    expect(missing).toEqual([]);
    const shipped = readdirSync(picturesDir).sort();
    expect(shipped).toEqual(pictures.map(({ id }) => `${id}.svg`).sort());
  });

  it.each(pictures)('draws $id as a well-formed 1200×627 SVG', ({ url }) => {
    const { text, bytes } = readPicture(url);
    expect(XMLValidator.validate(text)).toBe(true);
    const elements = elementsOf(parser.parse(text) as OrderedNode[]);
    const root = elements[0];
    expect(root?.name).toBe('svg');
    expect(root?.attributes).toMatchObject({
      xmlns: SVG_NAMESPACE,
      viewBox: '0 0 1200 627',
      width: '1200',
      height: '627',
    });
    expect(elements.filter((element) => element.name === 'svg')).toHaveLength(1);
    expect(imageSize(bytes)).toMatchObject({ type: 'svg', width: 1200, height: 627 });
    expect(bytes.length).toBeLessThanOrEqual(MAX_BYTES);
  });

  it.each(pictures)('keeps $id self-contained: shapes only, no script, text or reference', ({ url }) => {
    const { text } = readPicture(url);
    const elements = elementsOf(parser.parse(text) as OrderedNode[]);
    expect(elements.map((element) => element.name).filter((name) => !ALLOWED_ELEMENTS.has(name))).toEqual([]);
    for (const { attributes } of elements) {
      for (const [name, value] of Object.entries(attributes)) {
        expect(name, 'event handler').not.toMatch(/^on/i);
        expect(name, 'reference').not.toMatch(/(^|:)href$/i);
        expect(value, 'url() reference').not.toMatch(/url\s*\(/i);
        if (name !== 'xmlns') expect(value, 'address').not.toMatch(/:\/\/|^data:|javascript:/i);
      }
    }
    expect(text).not.toMatch(/<!DOCTYPE|<!ENTITY|<\?xml-stylesheet/i);
    expect(text.match(/:\/\//g)).toHaveLength(1);
  });
});
