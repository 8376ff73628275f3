import type { OutboxDoc } from '../domain/documents';
import type { SendErrorFacts } from './classify-send-error';

/** Sends one delivery to its recipient, or throws what the Bot Connector answered. */
export interface ProactiveSender {
  send(delivery: OutboxDoc): Promise<void>;
}

/** What botframework-connector's RestError (or a network error) says, for `classifySendError`. */
export function describeSendError(error: unknown): SendErrorFacts {
  const failure = error as {
    statusCode?: unknown;
    code?: unknown;
    message?: unknown;
    response?: { headers?: { get?(name: string): string | undefined } };
  };
  return {
    ...(typeof failure.statusCode === 'number' ? { statusCode: failure.statusCode } : {}),
    ...(typeof failure.code === 'string' ? { code: failure.code } : {}),
    retryAfter: failure.response?.headers?.get?.('retry-after') ?? null,
    message: typeof failure.message === 'string' ? failure.message : String(error),
  };
}
