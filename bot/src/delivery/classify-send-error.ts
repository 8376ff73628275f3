import { parseRetryAfter } from './retry-after';

/** What a failed send tells, whatever SDK made it (see `describeSendError` in proactive-sender.ts). */
export interface SendErrorFacts {
  /** The HTTP status, absent when the request never got an answer (connection refused, timeout). */
  statusCode?: number;
  /** The Bot Connector's error code, e.g. `MessageWritesBlocked`. */
  code?: string;
  retryAfter?: string | null;
  message: string;
}

export type SendFailure =
  /** 429: try again after Retry-After (or a backoff); repeated, it pauses all sending. */
  | { kind: 'throttled'; retryAfterMs?: number; reason: string }
  /** 412, 5xx, no answer: worth another attempt after a backoff. */
  | { kind: 'transient'; reason: string }
  /** The person blocked or removed the bot: never try them again. */
  | { kind: 'blocked'; reason: string }
  /** Any other 4xx: the message itself is wrong, another attempt would fail the same way. */
  | { kind: 'rejected'; reason: string };

/** Teams answers 403 with these codes when the person blocked the bot or the conversation is closed to it. */
const BLOCKED_CODES = new Set(['MessageWritesBlocked', 'ConversationBlockedByUser']);

/** Decides what a failed send means for the delivery (Teams' documented status codes for proactive messages). */
export function classifySendError(facts: SendErrorFacts, nowMs: number): SendFailure {
  const { statusCode, code } = facts;
  const reason = [statusCode ?? 'no answer', code, facts.message].filter(Boolean).join(' ');
  if (statusCode === undefined || statusCode === 412 || statusCode >= 500)
    return { kind: 'transient', reason };
  if (statusCode === 429) {
    const retryAfterMs = parseRetryAfter(facts.retryAfter, nowMs);
    return retryAfterMs === undefined
      ? { kind: 'throttled', reason }
      : { kind: 'throttled', retryAfterMs, reason };
  }
  if (statusCode === 403 && code && BLOCKED_CODES.has(code)) return { kind: 'blocked', reason };
  if (statusCode >= 400) return { kind: 'rejected', reason };
  return { kind: 'transient', reason };
}
