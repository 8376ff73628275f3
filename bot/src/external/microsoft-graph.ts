import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import type { DirectoryUser } from '../domain/group-membership';

/** Why Microsoft Graph could not list a group: each becomes a different answer to the manager. */
export type GraphFailure = 'group-not-found' | 'forbidden' | 'unavailable';

export class GraphError extends Error {
  constructor(
    readonly failure: GraphFailure,
    message: string,
  ) {
    super(message);
  }
}

export interface MicrosoftGraphOptions {
  /** `https://graph.microsoft.com`, or a national cloud's Graph. */
  baseUrl: string;
  /** Users per page; Graph allows up to 999 on this call. */
  pageSize?: number;
  /** Attempts per page when Graph throttles (429) or is briefly unavailable (5xx, network). */
  maxAttempts?: number;
  /** A `Retry-After` longer than this is not waited for: the manager is told to try later instead. */
  maxRetryDelayMs?: number;
  requestTimeoutMs?: number;
}

const pageSchema = z.object({
  value: z.array(
    z.object({
      id: z.string(),
      displayName: z.string().nullish(),
      mail: z.string().nullish(),
    }),
  ),
  '@odata.nextLink': z.string().optional(),
});

/**
 * An activity feed notification as Graph's `sendActivityNotification` takes it: the topic a text with the link
 * the person lands on, and the values of the manifest template's parameters for this activity type.
 */
export interface ActivityNotification {
  topic: { source: 'text'; value: string; webUrl: string };
  activityType: string;
  previewText: { content: string };
  templateParameters: { name: string; value: string }[];
  /** The Teams app's id, telling apart apps that share one Entra ID app, as Graph suggests when known. */
  teamsAppId?: string;
}

/** The most recipients `sendActivityNotificationToRecipients` takes in one call. */
export const MAX_NOTIFICATION_RECIPIENTS = 100;

/** Graph lists at most this many pages for one group (999 users each): beyond, something is wrong. */
const MAX_PAGES = 500;
const RETRIED_STATUSES = new Set([429, 500, 502, 503, 504]);

/**
 * The Microsoft Graph calls Ambassade makes: the users of a group, nested groups included, page by page
 * through `@odata.nextLink`; and activity feed notifications. `Retry-After` is honoured when Graph throttles,
 * as Microsoft asks of every client.
 */
export class MicrosoftGraph {
  private readonly baseUrl: string;
  private readonly pageSize: number;
  private readonly maxAttempts: number;
  private readonly maxRetryDelayMs: number;
  private readonly requestTimeoutMs: number;

  constructor(options: MicrosoftGraphOptions) {
    this.baseUrl = options.baseUrl.replace(/\/$/, '');
    this.pageSize = options.pageSize ?? 999;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.maxRetryDelayMs = options.maxRetryDelayMs ?? 60_000;
    this.requestTimeoutMs = options.requestTimeoutMs ?? 15_000;
  }

  /** The scope a token for this Graph must carry (application permissions are granted as `.default`). */
  get scope(): string {
    return `${new URL(this.baseUrl).origin}/.default`;
  }

  async transitiveUserMembers(groupId: string, accessToken: string): Promise<DirectoryUser[]> {
    // Keyed by id: under eventual consistency, a user may appear on two pages.
    const users = new Map<string, DirectoryUser>();
    // The cast to microsoft.graph.user is an advanced query: Graph wants $count and eventual consistency.
    let next: string | undefined =
      `${this.baseUrl}/v1.0/groups/${encodeURIComponent(groupId)}/transitiveMembers/microsoft.graph.user` +
      `?$select=id,displayName,mail&$top=${this.pageSize}&$count=true`;
    for (let pages = 0; next; pages++) {
      if (pages >= MAX_PAGES) throw new GraphError('unavailable', 'Microsoft Graph returned too many pages.');
      const page = await this.getPage(next, accessToken);
      for (const user of page.value) {
        users.set(user.id, {
          id: user.id,
          displayName: user.displayName ?? '',
          ...(user.mail ? { mail: user.mail } : {}),
        });
      }
      next = page['@odata.nextLink'];
      // The token goes to Graph only: a next link elsewhere is not followed.
      if (next && new URL(next).origin !== new URL(this.baseUrl).origin) {
        throw new GraphError('unavailable', 'Microsoft Graph answered with a next page on another host.');
      }
    }
    return [...users.values()];
  }

  /**
   * Sends one activity feed notification to one person (`userId`: their Entra ID object id), or the same to
   * up to 100 people in one call: Graph's bulk limit.
   */
  async sendActivityNotification(
    userIds: readonly string[],
    notification: ActivityNotification,
    accessToken: string,
  ): Promise<void> {
    if (userIds.length === 0 || userIds.length > MAX_NOTIFICATION_RECIPIENTS) {
      throw new RangeError(`An activity notification goes to 1 to ${MAX_NOTIFICATION_RECIPIENTS} people.`);
    }
    const [only] = userIds;
    const [url, body] =
      userIds.length === 1 && only !== undefined
        ? [
            `${this.baseUrl}/v1.0/users/${encodeURIComponent(only)}/teamwork/sendActivityNotification`,
            notification,
          ]
        : [
            `${this.baseUrl}/v1.0/teamwork/sendActivityNotificationToRecipients`,
            {
              ...notification,
              recipients: userIds.map((userId) => ({
                '@odata.type': 'microsoft.graph.aadUserNotificationRecipient',
                userId,
              })),
            },
          ];
    const response = await this.request(
      url,
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) },
      accessToken,
      'Ambassade may not send activity feed notifications: grant it TeamsActivity.Send (see the admin guide).',
    );
    await response.body?.cancel();
  }

  private async getPage(url: string, accessToken: string): Promise<z.infer<typeof pageSchema>> {
    const response = await this.request(
      url,
      { headers: { ConsistencyLevel: 'eventual' } },
      accessToken,
      'Ambassade may not read this group’s members: grant it GroupMember.Read.All (see the admin guide).',
      'Entra ID has no group with this id.',
    );
    const parsed = pageSchema.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw new GraphError('unavailable', 'Microsoft Graph sent an unexpected answer.');
    return parsed.data;
  }

  /**
   * One call, retried when Graph throttles (429, after its `Retry-After`) or is briefly unavailable; the
   * successful response, or a GraphError saying why not.
   */
  private async request(
    url: string,
    init: { method?: string; headers: Record<string, string>; body?: string },
    accessToken: string,
    forbiddenMessage: string,
    notFoundMessage?: string,
  ): Promise<Response> {
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(url, {
          ...init,
          headers: { ...init.headers, authorization: `Bearer ${accessToken}`, accept: 'application/json' },
          signal: AbortSignal.timeout(this.requestTimeoutMs),
        });
      } catch {
        if (attempt >= this.maxAttempts)
          throw new GraphError('unavailable', 'Microsoft Graph cannot be reached.');
        await sleep(backoffMs(attempt));
        continue;
      }
      if (response.ok) return response;
      await response.body?.cancel();
      if (response.status === 404 && notFoundMessage)
        throw new GraphError('group-not-found', notFoundMessage);
      if (response.status === 401 || response.status === 403)
        throw new GraphError('forbidden', forbiddenMessage);
      if (!RETRIED_STATUSES.has(response.status) || attempt >= this.maxAttempts) {
        throw new GraphError('unavailable', `Microsoft Graph answered ${response.status}; try again later.`);
      }
      const delay = retryAfterMs(response.headers.get('retry-after')) ?? backoffMs(attempt);
      if (delay > this.maxRetryDelayMs) {
        throw new GraphError(
          'unavailable',
          `Microsoft Graph is busy for ${Math.ceil(delay / 1000)} seconds; try again later.`,
        );
      }
      await sleep(delay);
    }
  }
}

/** `Retry-After` as Graph sends it (seconds), or as an HTTP date. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Without `Retry-After`: 1, 2, 4, 8… seconds, with jitter so that instances do not retry in step. */
function backoffMs(attempt: number): number {
  return 1000 * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5);
}
