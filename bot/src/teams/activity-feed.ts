import { randomUUID } from 'node:crypto';
import type { Locale } from '@contract/locale';
import type { TabPage } from '../chat/tab-deep-link';
import type { GraphMode } from '../config';
import { backoffDelayMs } from '../delivery/backoff';
import type { ActionKind, ActionNotice, ActionNotices } from '../domain/action-notices';
import type { FeedNoticeDoc } from '../domain/documents';
import { appTokenSource } from '../external/graph-token';
import type { AppTokenSource } from '../external/graph-token';
import { GraphError, MAX_NOTIFICATION_RECIPIENTS, MicrosoftGraph } from '../external/microsoft-graph';
import type { ActivityNotification } from '../external/microsoft-graph';
import type { JobContext } from '../jobs/job-scheduler';
import type { Logger } from '../logger';
import type { FeedNoticeRepository } from '../store/feed-notice-repository';
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
/** Notices taken per run; the next run carries on. */
const PAGE_SIZE = 50;
/** A notice Graph keeps refusing is retried for about an hour, 10 s to half an hour apart, then given up. */
const MAX_ATTEMPTS = 10;
const RETRY_BACKOFF = { baseMs: 10_000, maxMs: 30 * 60_000 };

export interface ActivityFeedOptions {
  graph: MicrosoftGraph;
  tokens: AppTokenSource;
  notices: FeedNoticeRepository;
  tabDeepLink: (page: TabPage) => string;
  teamsAppId?: string;
  logger: Logger;
  limit?: PerPersonLimit;
  random?: () => number;
}

/**
 * Delivers the notices the delivery table puts in the feed as Teams activity feed notifications, through
 * Microsoft Graph. Announcing writes them down, one per language and hundred people, before the request that
 * caused them is answered; the activity feed job then sends what is due, each person at most ten a minute,
 * and retries what Graph could not take. A restart loses none; a crash between a send and its record repeats
 * that one call.
 */
export class ActivityFeed implements ActionNotices {
  private readonly limit: PerPersonLimit;

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
      // Short waits: one notice's attempt (at most about 13 s) must end within the job's lease (15 s); a notice
      // Graph cannot take now is retried later by the job.
      graph: new MicrosoftGraph({
        baseUrl: mode.baseUrl,
        maxAttempts: 2,
        maxRetryDelayMs: 5_000,
        requestTimeoutMs: 4_000,
      }),
      tokens: appTokenSource(mode),
    });
  }

  get notices(): FeedNoticeRepository {
    return this.options.notices;
  }

  async announce(notice: ActionNotice): Promise<boolean> {
    if (deliveryChannels[notice.kind] !== 'feed') return false;
    await this.options.notices.enqueue(feedNoticesOf(notice, new Date()));
    return true;
  }

  /** Sends the notices due now, soonest first, keeping the job's lease between two. */
  async sendDue(context: JobContext): Promise<void> {
    const { notices } = this.options;
    const due = await notices.due(new Date(), PAGE_SIZE);
    if (due.length === 0) {
      context.idle(await notices.nextDueAt());
      return;
    }
    for (const notice of due) {
      if (context.signal.aborted || !(await context.renewLease())) return;
      await notices.upsert(await this.attempt(notice));
    }
  }

  /** The notice after one attempt: sent, waiting for the people the limit held back, or to be retried. */
  private async attempt(notice: FeedNoticeDoc): Promise<FeedNoticeDoc> {
    const { graph, tokens } = this.options;
    const now = Date.now();
    const ready = notice.recipientIds.filter((id) => this.limit.freeAt(id, now) <= now);
    const held = notice.recipientIds.filter((id) => this.limit.freeAt(id, now) > now);
    try {
      if (ready.length > 0) {
        const token = await tokens(notice.tenantId, graph.scope);
        await graph.sendActivityNotification(ready, this.notification(notice), token);
        for (const id of ready) this.limit.record(id, now);
      }
    } catch (error) {
      return this.afterFailure(notice, error);
    }
    const attempts = notice.attempts + 1;
    if (held.length === 0) {
      return { ...notice, status: 'sent', attempts, sentAt: new Date().toISOString() };
    }
    const nextAt = Math.min(...held.map((id) => this.limit.freeAt(id, now)));
    return { ...notice, attempts, recipientIds: held, notBefore: new Date(nextAt).toISOString() };
  }

  private afterFailure(notice: FeedNoticeDoc, error: unknown): FeedNoticeDoc {
    const attempts = notice.attempts + 1;
    const lastError = error instanceof Error ? error.message : String(error);
    // Refused outright (the permission not granted): another try would be refused the same way.
    const final = attempts >= MAX_ATTEMPTS || (error instanceof GraphError && error.failure === 'forbidden');
    this.options.logger.warn(
      { err: error, kind: notice.kind, recipients: notice.recipientIds.length, attempts, final },
      'activity feed notification not sent',
    );
    if (final) return { ...notice, status: 'failed', attempts, lastError };
    const wait = backoffDelayMs(attempts, this.options.random ?? Math.random, RETRY_BACKOFF);
    return { ...notice, attempts, lastError, notBefore: new Date(Date.now() + wait).toISOString() };
  }

  private notification(notice: FeedNoticeDoc): ActivityNotification {
    const { tabDeepLink, teamsAppId } = this.options;
    const [parameter] = activityTypes[notice.kind];
    return {
      topic: { source: 'text', value: notice.subject, webUrl: tabDeepLink(pageOf[notice.kind]) },
      activityType: notice.kind,
      previewText: { content: notice.subject.slice(0, PREVIEW_LENGTH) },
      templateParameters: [{ name: parameter, value: notice.subject }],
      ...(teamsAppId ? { teamsAppId } : {}),
    };
  }
}

/**
 * One notice per language (Teams translates the template, not its parameters) and per hundred people (the
 * most one bulk call takes).
 */
function feedNoticesOf(notice: ActionNotice, now: Date): FeedNoticeDoc[] {
  const announcement = randomUUID();
  return [...byLocale(notice.recipients)].flatMap(([locale, ids]) => {
    const subject = typeof notice.subject === 'string' ? notice.subject : notice.subject[locale];
    const batches: FeedNoticeDoc[] = [];
    for (let start = 0; start < ids.length; start += MAX_NOTIFICATION_RECIPIENTS) {
      batches.push({
        id: `${announcement}:${locale}:${batches.length}`,
        tenantId: notice.tenantId,
        kind: notice.kind,
        locale,
        recipientIds: ids.slice(start, start + MAX_NOTIFICATION_RECIPIENTS),
        subject,
        status: 'pending',
        notBefore: now.toISOString(),
        enqueuedAt: now.toISOString(),
        attempts: 0,
      });
    }
    return batches;
  });
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
