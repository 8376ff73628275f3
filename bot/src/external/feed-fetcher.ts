import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';

/** Why a feed could not be read; the message is shown to the manager as it is. */
export class FeedFetchError extends Error {}

export interface FeedFetchLimits {
  /** For the whole fetch, redirects and body included. */
  timeoutMs: number;
  maxBytes: number;
}

/** A feed is a few dozen entries: two megabytes is already generous. */
export const FEED_MAX_BYTES = 2 * 1024 * 1024;
const MAX_REDIRECTS = 3;

/**
 * Fetches a feed's XML, time-boxed and size-capped. Intranet feeds may live on private addresses, so those
 * are allowed; link-local ones never are: they reach the cloud host's metadata and identity endpoints.
 */
export async function fetchFeed(url: string, limits: FeedFetchLimits): Promise<string> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    let address = new URL(url);
    for (let redirects = 0; ; redirects++) {
      await refuseHostAddress(address);
      const response = await fetch(address, {
        redirect: 'manual',
        signal,
        headers: {
          accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9',
        },
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (redirects >= MAX_REDIRECTS) throw new FeedFetchError('The feed redirects too many times.');
        address = new URL(location, address);
        if (address.protocol !== 'https:' && address.protocol !== 'http:') {
          throw new FeedFetchError('The feed redirects to an address that is not a web page.');
        }
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new FeedFetchError(`The feed’s server answered ${response.status}.`);
      }
      return decode(await readCapped(response, limits.maxBytes), response.headers.get('content-type'));
    }
  } catch (error) {
    if (error instanceof FeedFetchError) throw error;
    if (signal.aborted) {
      throw new FeedFetchError(
        `The feed did not answer within ${Math.round(limits.timeoutMs / 100) / 10} s.`,
      );
    }
    throw new FeedFetchError('The feed’s server cannot be reached.');
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  const tooLarge = () =>
    new FeedFetchError(`The feed is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let read = await reader?.read(); read && !read.done; read = await reader?.read()) {
    size += read.value.byteLength;
    if (size > maxBytes) {
      await reader?.cancel();
      throw tooLarge();
    }
    chunks.push(read.value);
  }
  return Buffer.concat(chunks);
}

/** The charset the server states, else the XML declaration's, else UTF-8 (XML's default). */
function decode(bytes: Uint8Array, contentType: string | null): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const label =
    /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? /encoding=["']([\w-]+)["']/i.exec(head)?.[1];
  try {
    return new TextDecoder(label ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

async function refuseHostAddress(url: URL): Promise<void> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((entry) => entry.address);
  if (addresses.some(isLinkLocalOrPlatform)) {
    throw new FeedFetchError('This address is not allowed for a feed.');
  }
}

/** 169.254.0.0/16 (instance metadata), fe80::/10, and Azure's platform address 168.63.129.16. */
export function isLinkLocalOrPlatform(address: string): boolean {
  const v4 = address.replace(/^::ffff:/i, '');
  if (isIP(v4) === 4) return v4.startsWith('169.254.') || v4 === '168.63.129.16';
  return /^fe[89ab]/i.test(address);
}
