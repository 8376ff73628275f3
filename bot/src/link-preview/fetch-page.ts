import type { LinkPreviewFailure } from '@contract/link-preview';
import { lookup as dnsLookup } from 'node:dns';
import type { LookupAddress, LookupOptions } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';
import { isPublicAddress } from './public-address';

/** The failures the studio explains to a person (`linkPreviewFailureMessage`). */
export type PageFetchFailure = LinkPreviewFailure;

export class PageFetchError extends Error {
  constructor(
    readonly failure: PageFetchFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface FetchPageOptions {
  /** Local runs and tests may read pages on this machine; production never reaches private networks. */
  allowPrivateAddresses: boolean;
  timeoutMs: number;
  /** Only the start of the page is read: the tags a preview needs are in its head. */
  maxBytes: number;
  maxRedirects: number;
}

/**
 * Reads the start of a web page, for its preview, within a time limit. Every address the name resolves to,
 * and every redirect, is checked before connecting, and the connection uses the checked address, so a page
 * cannot lead the server into the organisation's own network.
 */
export async function fetchPage(
  address: string,
  options: FetchPageOptions,
): Promise<{ url: string; html: string }> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let url = new URL(address);
  for (let redirects = 0; ; redirects++) {
    const response = await request(url, options, signal);
    const location = response.headers.location;
    if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400 && location) {
      response.resume();
      if (redirects >= options.maxRedirects)
        throw new PageFetchError('unreachable', 'The page redirects too many times.');
      url = new URL(location, url);
      continue;
    }
    if (!response.statusCode || response.statusCode >= 400) {
      response.resume();
      throw new PageFetchError(
        'bad-status',
        `The page answered with HTTP status ${response.statusCode ?? 'none'}.`,
      );
    }
    const type = response.headers['content-type'] ?? '';
    if (!/^(text\/html|application\/xhtml\+xml)/i.test(type)) {
      response.resume();
      throw new PageFetchError(
        'not-html',
        `The address is not a web page (${type.split(';')[0] || 'no type'}).`,
      );
    }
    return {
      url: url.toString(),
      html: await readStart(response, options.maxBytes, charsetOf(type), signal),
    };
  }
}

function request(url: URL, options: FetchPageOptions, signal: AbortSignal): Promise<IncomingMessage> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return Promise.reject(
      new PageFetchError('unreachable', 'Only http and https addresses can be previewed.'),
    );
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // An address written as such is never looked up: check it here.
  if (isIP(host) && !options.allowPrivateAddresses && !isPublicAddress(host)) {
    return Promise.reject(privateAddress());
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const outgoing = client.get(
      url,
      {
        signal,
        lookup: checkedLookup(options.allowPrivateAddresses),
        headers: { 'user-agent': 'Ambassade link preview', accept: 'text/html,application/xhtml+xml' },
      },
      resolve,
    );
    outgoing.on('error', (error) => reject(describe(error, signal)));
  });
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** Resolves as usual, then refuses the connection if any address is not public. */
function checkedLookup(allowPrivate: boolean) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, []);
      if (!allowPrivate && addresses.some((entry) => !isPublicAddress(entry.address))) {
        return callback(privateAddress(), []);
      }
      if (options.all) return callback(null, addresses);
      const [first] = addresses;
      return first ? callback(null, first.address, first.family) : callback(new Error('no address'), []);
    });
  };
}

function readStart(
  response: IncomingMessage,
  maxBytes: number,
  charset: string,
  signal: AbortSignal,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = () => resolve(decode(Buffer.concat(chunks).subarray(0, maxBytes), charset));
    response.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= maxBytes) {
        response.destroy();
        done();
      }
    });
    response.on('end', done);
    response.on('error', (error) => reject(describe(error, signal)));
  });
}

function charsetOf(contentType: string): string {
  return /charset="?([\w-]+)/i.exec(contentType)?.[1]?.toLowerCase() ?? 'utf-8';
}

function decode(bytes: Buffer, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function privateAddress(): PageFetchError {
  return new PageFetchError(
    'private-address',
    'The address leads to a private network, which is not allowed.',
  );
}

function describe(error: unknown, signal: AbortSignal): PageFetchError {
  if (error instanceof PageFetchError) return error;
  if (signal.aborted) return new PageFetchError('timeout', 'The page did not answer in time.');
  return new PageFetchError('unreachable', 'The page could not be reached.');
}
