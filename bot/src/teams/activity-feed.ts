import { setTimeout as sleep } from 'node:timers/promises';
import type { Locale } from '@contract/locale';
import type { TabPage } from '../chat/tab-deep-link';
import type { GraphMode } from '../config';
import type { ActionKind, ActionNotice, ActionNotices } from '../domain/action-notices';
import { appTokenSource } from '../external/graph-token';
import type { AppTokenSource } from '../external/graph-token';
import { MAX_NOTIFICATION_RECIPIENTS, MicrosoftGraph } from '../external/microsoft-graph';
import type { Logger } from '../logger';
import { activityTypes } from './activity-types';
import { deliveryChannels } from './delivery-channels';
import { PerPersonLimit } from './per-person-limit';

/** The tab's page where the person does what the notification asks. */
const pageOf: Record<ActionKind, TabPage> = {
  contentToReview: 'review',
  charterToAccept: 'charter',
  proposalApproved: 'propose',
  proposalSentBack: 'propose',
  seatFreedUp: 'events',
};

/** Teams shows the first 150 characters of a preview. */
const PREVIEW_LENGTH = 150;

export interface ActivityFeedOptions {
  graph: MicrosoftGraph;
  tokens: AppTokenSource;
  tabDeepLink: (page: TabPage) => string;
  teamsAppId?: string;
  logger: Logger;
  limit?: PerPersonLimit;
}

/**
 * Sends the notices the delivery table puts in the feed as Teams activity feed notifications, through
 * Microsoft Graph: one call per person, or per hundred people in bulk, each person at most ten a minute. They
 * are sent after the write that caused them, in the background, with Graph's retries (429 after its
 * `Retry-After`); one that still fails is logged and not sent again.
 */
export class ActivityFeed implements ActionNotices {
  private readonly limit: PerPersonLimit;
  private readonly sending = new Set<Promise<void>>();

  constructor(private readonly options: ActivityFeedOptions) {
    this.limit = options.limit ?? new PerPersonLimit();
  }

  /** Undefined when Microsoft Graph is off: every event then goes to chat. */
  static fromConfig(
    mode: GraphMode,
    options: Omit<ActivityFeedOptions, 'graph' | 'tokens'>,
  ): ActivityFeed | undefined {
    if (mode.kind === 'off') return undefined;
    return new ActivityFeed({
      ...options,
      graph: new MicrosoftGraph({ baseUrl: mode.baseUrl }),
      tokens: appTokenSource(mode),
    });
  }

  announce(notice: ActionNotice): boolean {
    if (deliveryChannels[notice.kind] !== 'feed') return false;
    const sending = this.send(notice).catch((error: unknown) =>
      this.options.logger.warn(
        { err: error, kind: notice.kind, recipients: notice.recipients.length },
        'activity feed notification not sent',
      ),
    );
    this.sending.add(sending);
    void sending.finally(() => this.sending.delete(sending));
    return true;
  }

  /** Resolves once every notification announced so far has been sent or given up. */
  async drain(): Promise<void> {
    while (this.sending.size > 0) await Promise.all(this.sending);
  }

  private async send(notice: ActionNotice): Promise<void> {
    const { graph, tokens, tabDeepLink, teamsAppId } = this.options;
    // Teams translates the template, not its parameters: each language gets its own notification.
    for (const [locale, ids] of byLocale(notice.recipients)) {
      const subject = typeof notice.subject === 'string' ? notice.subject : notice.subject[locale];
      const [parameter] = activityTypes[notice.kind];
      const notification = {
        topic: { source: 'text' as const, value: subject, webUrl: tabDeepLink(pageOf[notice.kind]) },
        activityType: notice.kind,
        previewText: { content: subject.slice(0, PREVIEW_LENGTH) },
        templateParameters: [{ name: parameter, value: subject }],
        ...(teamsAppId ? { teamsAppId } : {}),
      };
      for (const [at, due] of this.booked(ids)) {
        await sleep(Math.max(0, at - Date.now()));
        for (let start = 0; start < due.length; start += MAX_NOTIFICATION_RECIPIENTS) {
          const batch = due.slice(start, start + MAX_NOTIFICATION_RECIPIENTS);
          // Asked per batch: a long wait for the per-person limit must not leave a token about to expire.
          const token = await tokens(notice.tenantId, graph.scope);
          await graph.sendActivityNotification(batch, notification, token);
        }
      }
    }
  }

  /** The recipients by the instant the per-person limit lets their notification go, soonest first. */
  private booked(ids: readonly string[]): [number, string[]][] {
    const now = Date.now();
    const byInstant = new Map<number, string[]>();
    for (const id of ids) {
      const at = this.limit.book(id, now);
      const group = byInstant.get(at);
      if (group) group.push(id);
      else byInstant.set(at, [id]);
    }
    return [...byInstant].sort(([a], [b]) => a - b);
  }
}

function byLocale(recipients: ActionNotice['recipients']): Map<Locale, string[]> {
  const groups = new Map<Locale, string[]>();
  // Keyed by id first: a person listed twice is notified once.
  for (const { id, locale } of new Map(recipients.map((recipient) => [recipient.id, recipient])).values()) {
    const group = groups.get(locale);
    if (group) group.push(id);
    else groups.set(locale, [id]);
  }
  return groups;
}
