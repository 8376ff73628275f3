import type { CodedReason } from '@contract/problem-codes';

/**
 * Why a feed could not be read (fetched or parsed): the code the studio translates, kept with the feed, and the
 * English message for logs.
 */
export class FeedReadError extends Error {
  constructor(
    readonly reason: CodedReason,
    message: string,
  ) {
    super(message);
  }
}
