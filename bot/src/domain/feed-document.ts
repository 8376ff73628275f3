import { createHash } from 'node:crypto';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { Parser } from 'htmlparser2';
import { isWebAddress } from '@contract/web-address';
import { FeedReadError } from './feed-read-error';

/** One news entry of a feed, reduced to what a draft needs. */
export interface FeedEntry {
  /** A short hash of the entry's guid (RSS) or id (Atom), else its link: what deduplication compares. */
  key: string;
  title: string;
  link: string;
  /** Plain text: feeds often carry HTML in descriptions and titles. */
  description: string;
  imageUrl?: string;
  publishedAt?: string;
}

export interface FeedDocument {
  title?: string;
  /** As the feed declares it (`<language>` in RSS, `xml:lang` in Atom), e.g. "fr-FR". */
  language?: string;
  entries: FeedEntry[];
}

/** Why a fetched document is not a feed; the message is shown to the manager as it is. */
/** A feed lists its latest entries; anything beyond this many is old news. */
export const MAX_FEED_ENTRIES = 200;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

type Node = Record<string, unknown>;

/** Reads an RSS 2.0 or Atom 1.0 document. Entries without a web link are left out: there is nothing to share. */
export function parseFeed(xml: string): FeedDocument {
  // Feeds never need entity declarations; refusing them closes the door to entity-expansion attacks.
  if (/<!ENTITY/i.test(xml))
    throw new FeedReadError(
      { code: 'feed.declaresEntities' },
      'The feed declares XML entities, which are not accepted.',
    );
  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    throw new FeedReadError(
      { code: 'feed.notWellFormed', params: { line: validation.err.line } },
      `The feed is not well-formed XML (line ${validation.err.line}: ${validation.err.msg}).`,
    );
  }
  const root = parser.parse(xml) as Node;
  const channel = asNode(asNode(root['rss'])?.['channel']);
  if (channel) {
    return document(
      text(channel['title']),
      text(channel['language']),
      asNodes(channel['item']).map(rssEntry),
    );
  }
  const feed = asNode(root['feed']);
  if (feed) {
    return document(text(feed['title']), text(feed['@_xml:lang']), asNodes(feed['entry']).map(atomEntry));
  }
  throw new FeedReadError({ code: 'feed.notAFeed' }, 'The address does not serve an RSS 2.0 or Atom feed.');
}

function document(title: string, language: string, entries: (FeedEntry | undefined)[]): FeedDocument {
  const seen = new Set<string>();
  const kept = entries.filter((entry): entry is FeedEntry => {
    if (!entry || seen.has(entry.key)) return false;
    seen.add(entry.key);
    return true;
  });
  return {
    ...(title ? { title: plainText(title) } : {}),
    ...(language ? { language } : {}),
    entries: kept.slice(0, MAX_FEED_ENTRIES),
  };
}

function rssEntry(item: Node): FeedEntry | undefined {
  const link = webAddress(asList(item['link']).map(text).find(Boolean));
  if (!link) return undefined;
  const enclosure = asNode(item['enclosure']);
  const image =
    enclosure && text(enclosure['@_type']).startsWith('image/')
      ? text(enclosure['@_url'])
      : text(asNode(item['media:thumbnail'])?.['@_url']);
  return entry({
    id: text(item['guid']) || link,
    title: text(item['title']),
    link,
    description: text(item['description']),
    image,
    date: text(item['pubDate']),
  });
}

function atomEntry(item: Node): FeedEntry | undefined {
  const links = asNodes(item['link']);
  const rel = (node: Node) => text(node['@_rel']) || 'alternate';
  const link = webAddress(text(links.find((node) => rel(node) === 'alternate')?.['@_href']));
  if (!link) return undefined;
  const image = links.find((node) => rel(node) === 'enclosure' && text(node['@_type']).startsWith('image/'));
  return entry({
    id: text(item['id']) || link,
    title: text(item['title']),
    link,
    description: text(item['summary']) || text(item['content']),
    image: text(image?.['@_href']),
    date: text(item['published']) || text(item['updated']),
  });
}

function entry(raw: {
  id: string;
  title: string;
  link: string;
  description: string;
  image: string;
  date: string;
}): FeedEntry {
  const published = Date.parse(raw.date);
  const imageUrl = webAddress(raw.image);
  return {
    key: createHash('sha256').update(raw.id).digest('base64url').slice(0, 22),
    title: plainText(raw.title) || raw.link,
    link: raw.link,
    description: plainText(raw.description),
    ...(imageUrl ? { imageUrl } : {}),
    ...(Number.isNaN(published) ? {} : { publishedAt: new Date(published).toISOString() }),
  };
}

/** The text of an element, whether the parser gave a string or a node with attributes. */
function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  const node = asNode(value);
  return typeof node?.['#text'] === 'string' ? node['#text'].trim() : '';
}

function asNode(value: unknown): Node | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Node) : undefined;
}

function asList(value: unknown): unknown[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function asNodes(value: unknown): Node[] {
  return asList(value).flatMap((item) => {
    const node = asNode(item);
    return node ? [node] : [];
  });
}

function webAddress(value: string | undefined): string | undefined {
  return value && isWebAddress(value) ? value : undefined;
}

const SKIPPED = new Set(['script', 'style']);
const BLOCKS = new Set(['p', 'br', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr']);

/** The words of a piece of HTML, entities decoded, markup and scripts dropped, spaces collapsed. */
export function plainText(html: string): string {
  let result = '';
  let skipping = 0;
  const htmlParser = new Parser(
    {
      onopentag(name) {
        if (SKIPPED.has(name)) skipping++;
        if (BLOCKS.has(name)) result += ' ';
      },
      onclosetag(name) {
        if (SKIPPED.has(name)) skipping--;
        if (BLOCKS.has(name)) result += ' ';
      },
      ontext(chunk) {
        if (skipping === 0) result += chunk;
      },
    },
    { decodeEntities: true },
  );
  htmlParser.write(html);
  htmlParser.end();
  return result.replace(/\s+/g, ' ').trim();
}
