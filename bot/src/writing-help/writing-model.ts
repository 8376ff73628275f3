import type { PromptMessage } from '../domain/writing-prompt';

/** One answer of the model: its text, why it stopped, and the tokens it counted (what the tenant's cap counts). */
export interface Completion {
  content: string | null;
  /** `content_filter` when Azure's content filter withheld the answer. */
  finishReason: string;
  totalTokens: number;
}

/** The language model the writing help asks; Azure OpenAI in the service, a double in unit tests. */
export interface WritingModel {
  complete(messages: PromptMessage[]): Promise<Completion>;
}

export type WritingHelpFailure =
  'not-configured' | 'monthly-cap' | 'content-filter' | 'busy' | 'timed-out' | 'unavailable';

/**
 * Why no variants came: each is told to the person in its own words (the API's problem, the chat's reply),
 * never as a failure of the service. `tokensUsed` is what the model still counted, for the tenant's cap.
 */
export class WritingHelpRefusal extends Error {
  constructor(
    readonly failure: WritingHelpFailure,
    message: string,
    readonly details: { retryAfterSeconds?: number; monthlyTokenCap?: number; tokensUsed?: number } = {},
  ) {
    super(message);
  }
}
