import { guardedGet, GuardedRequestError, readBody } from './guarded-request';
import type { GuardedRequestFailure, Resolve } from './guarded-request';
import { FeedReadError } from '../domain/feed-read-error';

/** Why a feed could not be read; the message is shown to the manager as it is. */

export interface FeedFetchLimits {
  /** See `outboundAddressPolicy`: in production, an intranet feed's range must be listed. */
  isAllowedAddress: (address: string) => boolean;
  /** For the whole fetch, redirects and body included. */
  timeoutMs: number;
  maxBytes: number;
  resolve?: Resolve;
}

/** A feed is a few dozen entries: two megabytes is already generous. */
export const FEED_MAX_BYTES = 2 * 1024 * 1024;
const MAX_REDIRECTS = 3;

/**
 * The same words whatever was behind a refused or unreachable address: a feed's error must not tell whether
 * some port inside the network is open.
 */
function failureError(failure: GuardedRequestFailure, limits: FeedFetchLimits): FeedReadError {
  switch (failure) {
    case 'refused-address':
      return new FeedReadError(
        { code: 'feed.addressRefused' },
        'This address is not allowed for a feed: an administrator lists the intranet’s address ranges.',
      );
    case 'not-web-address':
      return new FeedReadError(
        { code: 'feed.redirectsOutsideWeb' },
        'The feed redirects to an address that is not a web page.',
      );
    case 'too-many-redirects':
      return new FeedReadError({ code: 'feed.tooManyRedirects' }, 'The feed redirects too many times.');
    case 'timeout': {
      const seconds = Math.round(limits.timeoutMs / 100) / 10;
      return new FeedReadError(
        { code: 'feed.timedOut', params: { seconds } },
        `The feed did not answer within ${seconds} s.`,
      );
    }
    case 'unreachable':
      return new FeedReadError({ code: 'feed.unreachable' }, 'The feed’s server cannot be reached.');
  }
}

/** Fetches a feed's XML through the guarded request, time-boxed and size-capped. */
export async function fetchFeed(url: string, limits: FeedFetchLimits): Promise<string> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  try {
    const { response } = await guardedGet(url, {
      isAllowedAddress: limits.isAllowedAddress,
      signal,
      maxRedirects: MAX_REDIRECTS,
      headers: {
        'user-agent': 'Ambassade intranet feeds',
        accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9',
      },
      ...(limits.resolve ? { resolve: limits.resolve } : {}),
    });
    const status = response.statusCode ?? 0;
    if (status < 200 || status >= 300) {
      response.resume();
      throw new FeedReadError(
        { code: 'feed.serverError', params: { status } },
        `The feed’s server answered ${status}.`,
      );
    }
    const maximumMb = Math.round(limits.maxBytes / 1024 / 1024);
    const tooLarge = new FeedReadError(
      { code: 'feed.tooLarge', params: { maximumMb } },
      `The feed is larger than ${maximumMb} MB.`,
    );
    if (Number(response.headers['content-length']) > limits.maxBytes) {
      response.destroy();
      throw tooLarge;
    }
    const { bytes, truncated } = await readBody(response, limits.maxBytes, signal);
    if (truncated) throw tooLarge;
    return decode(bytes, response.headers['content-type']);
  } catch (error) {
    if (error instanceof GuardedRequestError) throw failureError(error.failure, limits);
    throw error;
  }
}

/** The charset the server states, else the XML declaration's, else UTF-8 (XML's default). */
function decode(bytes: Uint8Array, contentType: string | undefined): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const label =
    /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? /encoding=["']([\w-]+)["']/i.exec(head)?.[1];
  try {
    return new TextDecoder(label ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
