import { lookup } from 'node:dns/promises';
import type { LookupAddress, LookupOptions } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/** Why a guarded request gave up; each caller words it for the person who asked. */
export type GuardedRequestFailure =
  'refused-address' | 'not-web-address' | 'too-many-redirects' | 'timeout' | 'unreachable';

export class GuardedRequestError extends Error {
  constructor(readonly failure: GuardedRequestFailure) {
    super(failure);
  }
}

/** Every address a host name stands for, as `dns.lookup` gives them. Tests pass their own. */
export type Resolve = (hostname: string) => Promise<readonly LookupAddress[]>;

export interface GuardedRequestOptions {
  /** Asked about every address before connecting to it (see `outboundAddressPolicy`). */
  isAllowedAddress: (address: string) => boolean;
  signal: AbortSignal;
  headers: Record<string, string>;
  maxRedirects: number;
  resolve?: Resolve;
}

const systemResolve: Resolve = (hostname) => lookup(hostname, { all: true });

/**
 * A GET to an address someone typed: only http(s), redirects followed here (each checked like the first), and a
 * host name resolved once, inside the connection: every address it resolves to must be allowed, and the socket
 * connects to those very addresses, so a name that resolves differently the second time (DNS rebinding) cannot
 * slip past the check. Answers the first response that is not a redirect.
 */
export async function guardedGet(
  address: string,
  options: GuardedRequestOptions,
): Promise<{ url: URL; response: IncomingMessage }> {
  let url = webAddress(address);
  for (let redirects = 0; ; redirects++) {
    const response = await requestOnce(url, options);
    const { statusCode = 0, headers } = response;
    if (statusCode < 300 || statusCode >= 400 || !headers.location) return { url, response };
    response.resume();
    if (redirects >= options.maxRedirects) throw new GuardedRequestError('too-many-redirects');
    url = webAddress(headers.location, url);
  }
}

/**
 * Reads at most `maxBytes` of the body: `truncated` says whether there was more (the rest is not read).
 */
export function readBody(
  response: IncomingMessage,
  maxBytes: number,
  signal: AbortSignal,
): Promise<{ bytes: Buffer; truncated: boolean }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    response.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > maxBytes) {
        response.destroy();
        resolve({ bytes: Buffer.concat(chunks).subarray(0, maxBytes), truncated: true });
      }
    });
    response.on('end', () => resolve({ bytes: Buffer.concat(chunks), truncated: false }));
    response.on('error', (error) => reject(failureOf(error, signal)));
  });
}

function webAddress(text: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    throw new GuardedRequestError('not-web-address');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new GuardedRequestError('not-web-address');
  return url;
}

function requestOnce(url: URL, options: GuardedRequestOptions): Promise<IncomingMessage> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // An address written as such is never looked up: check it here. (The URL parser has already turned decimal,
  // octal and hexadecimal spellings of IPv4 into dotted form.)
  if (isIP(host) && !options.isAllowedAddress(host)) {
    return Promise.reject(new GuardedRequestError('refused-address'));
  }
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const outgoing = client.get(
      url,
      {
        signal: options.signal,
        lookup: checkedLookup(options.resolve ?? systemResolve, options.isAllowedAddress),
        headers: options.headers,
        // A fresh connection each time: a pooled socket would skip the lookup, and with it the check.
        agent: false,
      },
      resolve,
    );
    outgoing.on('error', (error) => reject(failureOf(error, options.signal)));
  });
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

function checkedLookup(resolve: Resolve, isAllowed: (address: string) => boolean) {
  return (hostname: string, lookupOptions: LookupOptions, callback: LookupCallback) => {
    resolve(hostname).then(
      (addresses) => {
        if (addresses.length === 0) return callback(new Error('no address'), []);
        if (addresses.some((entry) => !isAllowed(entry.address))) {
          return callback(new GuardedRequestError('refused-address'), []);
        }
        if (lookupOptions.all) return callback(null, [...addresses]);
        const [first] = addresses as [LookupAddress];
        return callback(null, first.address, first.family);
      },
      (error: NodeJS.ErrnoException) => callback(error, []),
    );
  };
}

function failureOf(error: unknown, signal: AbortSignal): GuardedRequestError {
  if (error instanceof GuardedRequestError) return error;
  return new GuardedRequestError(signal.aborted ? 'timeout' : 'unreachable');
}
