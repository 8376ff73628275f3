import type { LinkPreviewFailure } from '@contract/link-preview';
import { guardedGet, GuardedRequestError, readBody } from '../external/guarded-request';
import type { GuardedRequestFailure, Resolve } from '../external/guarded-request';

/** The failures the studio explains to a person (`linkPreviewFailureCodes`). */
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
  /** See `outboundAddressPolicy`: production reaches only the internet and the intranet ranges listed. */
  isAllowedAddress: (address: string) => boolean;
  timeoutMs: number;
  /** Only the start of the page is read: the tags a preview needs are in its head. */
  maxBytes: number;
  maxRedirects: number;
  resolve?: Resolve;
}

const FAILURES: Record<GuardedRequestFailure, PageFetchFailure> = {
  'refused-address': 'private-address',
  'not-web-address': 'not-html',
  'too-many-redirects': 'unreachable',
  timeout: 'timeout',
  unreachable: 'unreachable',
};

/** Reads the start of a web page, for its preview, within a time limit, through the guarded request. */
export async function fetchPage(
  address: string,
  options: FetchPageOptions,
): Promise<{ url: string; html: string }> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const { url, response } = await guardedGet(address, {
      isAllowedAddress: options.isAllowedAddress,
      signal,
      maxRedirects: options.maxRedirects,
      headers: { 'user-agent': 'Ambassade link preview', accept: 'text/html,application/xhtml+xml' },
      ...(options.resolve ? { resolve: options.resolve } : {}),
    });
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
    const { bytes } = await readBody(response, options.maxBytes, signal);
    return { url: url.toString(), html: decode(bytes, charsetOf(type)) };
  } catch (error) {
    if (error instanceof GuardedRequestError) {
      throw new PageFetchError(FAILURES[error.failure], `The page could not be read (${error.failure}).`);
    }
    throw error;
  }
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
