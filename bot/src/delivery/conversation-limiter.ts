/** Teams' limits for one conversation with the bot: 7 messages a second, 60 per 30 seconds, 1,800 an hour. */
export const CONVERSATION_LIMITS: readonly ConversationLimit[] = [
  { sends: 7, windowMs: 1_000 },
  { sends: 60, windowMs: 30_000 },
  { sends: 1_800, windowMs: 3_600_000 },
];

export interface ConversationLimit {
  sends: number;
  windowMs: number;
}

/**
 * Per-conversation sliding windows: when may the next message to a conversation go, and a record of what went.
 * Time is passed in: pure.
 */
export class ConversationLimiter {
  /** Each conversation's recent send instants, oldest first. */
  private readonly sent = new Map<string, number[]>();
  private readonly longestWindowMs: number;
  private readonly mostSends: number;

  constructor(private readonly limits: readonly ConversationLimit[] = CONVERSATION_LIMITS) {
    this.longestWindowMs = Math.max(...limits.map((limit) => limit.windowMs));
    this.mostSends = Math.max(...limits.map((limit) => limit.sends));
  }

  /** The earliest instant (≥ now) a message may go to this conversation. */
  nextAllowedAt(conversationId: string, nowMs: number): number {
    const history = this.sent.get(conversationId) ?? [];
    let allowedAt = nowMs;
    for (const limit of this.limits) {
      // The window is full when its oldest counted send is still inside it: wait until that one leaves.
      const oldestCounted = history.length >= limit.sends ? history.at(-limit.sends) : undefined;
      if (oldestCounted === undefined) continue;
      allowedAt = Math.max(allowedAt, oldestCounted + limit.windowMs);
    }
    return allowedAt;
  }

  record(conversationId: string, nowMs: number): void {
    const history = this.sent.get(conversationId) ?? [];
    history.push(nowMs);
    if (history.length > this.mostSends) history.shift();
    this.sent.set(conversationId, history);
  }

  /** Forgets conversations with nothing sent inside the longest window: memory stays bounded. */
  prune(nowMs: number): void {
    for (const [conversationId, history] of this.sent) {
      const latest = history.at(-1) ?? Number.NEGATIVE_INFINITY;
      if (latest <= nowMs - this.longestWindowMs) this.sent.delete(conversationId);
    }
  }
}
