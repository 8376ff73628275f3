import { Parser } from 'htmlparser2';
import { isWebAddress } from '@contract/web-address';

export interface OpenGraph {
  title?: string;
  description?: string;
  imageUrl?: string;
}

/** What the preview fields hold at most, as the content editor accepts them. */
const MAX_TITLE = 300;
const MAX_DESCRIPTION = 1000;

/**
 * Reads what a page says about itself, as the networks do for a link preview: Open Graph tags first, then
 * Twitter card tags, then the page's title and meta description. Relative image addresses are resolved
 * against the page; anything but an http(s) image is left out.
 */
export function extractOpenGraph(html: string, pageUrl: string): OpenGraph {
  const meta = new Map<string, string>();
  let title = '';
  let inTitle = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'title') inTitle = true;
        if (name !== 'meta') return;
        const key = (attributes['property'] ?? attributes['name'] ?? '').trim().toLowerCase();
        const content = attributes['content'];
        // The first occurrence wins, as the networks' crawlers do.
        if (key && content !== undefined && !meta.has(key)) meta.set(key, content);
      },
      ontext(text) {
        if (inTitle) title += text;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();

  const first = (...keys: string[]) =>
    keys.map((key) => clean(meta.get(key) ?? '')).find((value) => value !== '');
  const image = first(
    'og:image',
    'og:image:url',
    'og:image:secure_url',
    'twitter:image',
    'twitter:image:src',
  );
  const result: OpenGraph = {};
  const pageTitle = first('og:title', 'twitter:title') ?? clean(title);
  const description = first('og:description', 'twitter:description', 'description');
  if (pageTitle) result.title = cut(pageTitle, MAX_TITLE);
  if (description) result.description = cut(description, MAX_DESCRIPTION);
  const imageUrl = image && resolve(image, pageUrl);
  if (imageUrl) result.imageUrl = imageUrl;
  return result;
}

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function cut(text: string, length: number): string {
  const characters = [...text];
  return characters.length <= length
    ? text
    : `${characters
        .slice(0, length - 1)
        .join('')
        .trimEnd()}…`;
}

function resolve(address: string, base: string): string | undefined {
  try {
    const url = new URL(address, base).toString();
    return isWebAddress(url) ? url : undefined;
  } catch {
    return undefined;
  }
}
