import type { IndexingPolicy, UniqueKeyPolicy } from '@azure/cosmos';

export interface ContainerDefinition {
  id: string;
  partitionKey: string;
  indexingPolicy: IndexingPolicy;
  uniqueKeyPolicy?: UniqueKeyPolicy;
  /** -1: documents expire only when they carry their own `ttl`. */
  defaultTtl?: number;
  /** Means nothing after a restart: the embedded store neither journals nor saves it. */
  transient?: true;
}

/** Index what is filtered or sorted on; leave large text bodies out to keep writes cheap. */
const indexOnly = (...paths: string[]): IndexingPolicy => ({
  indexingMode: 'consistent',
  automatic: true,
  includedPaths: paths.map((path) => ({ path })),
  excludedPaths: [{ path: '/*' }],
});

/**
 * Every Cosmos container the service uses, in one place: the store creates them at start and the
 * Bicep infrastructure mirrors this list. Every document carries `tenantId`; containers are partitioned
 * by it so that no query can cross tenants without saying so, except tracked links, read by code alone.
 */
export const containers = {
  organisations: {
    id: 'organisations',
    partitionKey: '/tenantId',
    indexingPolicy: indexOnly('/tenantId/?', '/type/?'),
  },
  groups: {
    id: 'groups',
    partitionKey: '/tenantId',
    indexingPolicy: indexOnly('/tenantId/?', '/kind/?'),
  },
  people: {
    id: 'people',
    partitionKey: '/tenantId',
    indexingPolicy: indexOnly(
      '/tenantId/?',
      '/displayName/?',
      '/groupIds/[]/?',
      '/enrolment/status/?',
      '/lastSeenRoles/[]/?',
    ),
  },
  charters: {
    id: 'charters',
    partitionKey: '/tenantId',
    indexingPolicy: indexOnly('/tenantId/?', '/version/?', '/publishedAt/?'),
  },
  campaigns: {
    id: 'campaigns',
    partitionKey: '/tenantId',
    indexingPolicy: indexOnly('/tenantId/?', '/status/?', '/startsAt/?', '/endsAt/?'),
  },
  content: {
    id: 'content',
    partitionKey: '/tenantId',
    indexingPolicy: indexOnly(
      '/tenantId/?',
      '/campaignId/?',
      '/brandId/?',
      '/status/?',
      '/publishedAt/?',
      '/expiresAt/?',
      '/networks/[]/?',
      '/languages/[]/?',
      '/searchText/?',
      '/createdAt/?',
      '/publishAt/?',
      '/authorId/?',
    ),
  },
  acceptances: {
    id: 'acceptances',
    partitionKey: '/tenantId',
    indexingPolicy: indexOnly('/tenantId/?', '/personId/?', '/version/?', '/acceptedAt/?'),
  },
  shares: {
    id: 'shares',
    partitionKey: '/tenantId',
    indexingPolicy: indexOnly('/tenantId/?', '/personId/?', '/itemId/?', '/campaignId/?', '/firstSharedAt/?'),
  },
  /** Tracked links and their recent visitors, partitioned by link code: the redirect is one point read. */
  links: {
    id: 'links',
    partitionKey: '/code',
    indexingPolicy: indexOnly('/code/?', '/tenantId/?', '/personId/?'),
    defaultTtl: -1,
  },
  /** Append-only: who did what, when, with the state before and after. */
  audit: {
    id: 'audit',
    partitionKey: '/tenantId',
    indexingPolicy: indexOnly(
      '/tenantId/?',
      '/at/?',
      '/action/?',
      '/entity/type/?',
      '/entity/id/?',
      '/actor/id/?',
    ),
  },
  /** Intranet news feeds (RSS, Atom) polled for draft content, with the entries already imported. */
  feeds: {
    id: 'feeds',
    partitionKey: '/tenantId',
    indexingPolicy: indexOnly('/tenantId/?'),
  },
  /** Where the bot reaches each person who installed it (conversation references). */
  conversations: {
    id: 'conversations',
    partitionKey: '/tenantId',
    indexingPolicy: indexOnly('/tenantId/?', '/unreachableSince/?'),
  },
  /** One document per (proactive message, recipient): what the dispatcher sends, and how it went. */
  outbox: {
    id: 'outbox',
    partitionKey: '/tenantId',
    indexingPolicy: indexOnly(
      '/tenantId/?',
      '/status/?',
      '/notBefore/?',
      '/messageId/?',
      '/personId/?',
      '/enqueuedAt/?',
    ),
  },
  /** Activity feed notifications to send through Microsoft Graph, kept until the retention purge like the outbox. */
  feedNotices: {
    id: 'feedNotices',
    partitionKey: '/tenantId',
    indexingPolicy: indexOnly('/tenantId/?', '/status/?', '/notBefore/?', '/enqueuedAt/?'),
  },
  /** Append-only activity events (shares, clicks, votes, nudges, joins...), drained into counters and points. */
  activity: {
    id: 'activity',
    partitionKey: '/tenantId',
    indexingPolicy: indexOnly(
      '/tenantId/?',
      '/type/?',
      '/at/?',
      '/personId/?',
      '/batchId/?',
      '/projectedAt/?',
    ),
  },
  /** Insights counters pre-aggregated from the activity log (per day, month, campaign, item): dashboards read these. */
  insights: {
    id: 'insights',
    partitionKey: '/tenantId',
    indexingPolicy: indexOnly('/tenantId/?', '/kind/?', '/date/?'),
  },
  /** Polls sent to ambassadors as cards; open ones past their closing time are closed by a job. */
  polls: {
    id: 'polls',
    partitionKey: '/tenantId',
    indexingPolicy: indexOnly('/tenantId/?', '/status/?', '/closesAt/?', '/createdAt/?'),
  },
  /** One vote per (poll, person), replaced when they change it: tallies are counted from these. */
  votes: {
    id: 'votes',
    partitionKey: '/tenantId',
    indexingPolicy: indexOnly('/tenantId/?', '/pollId/?', '/votedAt/?'),
  },
  /** Exclusive events for ambassadors (gatherings), each with its seats and waitlist inside. */
  events: {
    id: 'events',
    partitionKey: '/tenantId',
    indexingPolicy: indexOnly('/tenantId/?', '/status/?', '/startsAt/?', '/endsAt/?', '/remindedAt/?'),
  },
  /** Challenges: a period, an audience and a goal; their standings are in `standings`. */
  challenges: {
    id: 'challenges',
    partitionKey: '/tenantId',
    indexingPolicy: indexOnly('/tenantId/?', '/status/?', '/startsAt/?', '/endsAt/?'),
  },
  /** The points ledger, append-only: one entry per activity event that earned points. */
  points: {
    id: 'points',
    partitionKey: '/tenantId',
    indexingPolicy: indexOnly('/tenantId/?', '/personId/?', '/batchId/?', '/at/?'),
  },
  /** Pre-aggregated points per (programme or challenge, person or group): leaderboards are one ordered query. */
  standings: {
    id: 'standings',
    partitionKey: '/tenantId',
    indexingPolicy: indexOnly('/tenantId/?', '/scope/?', '/kind/?', '/subjectId/?', '/points/?'),
  },
  /** Nudges, a manager's and the rules', with their audience and outcome; deliveries are in the outbox. */
  nudges: {
    id: 'nudges',
    partitionKey: '/tenantId',
    indexingPolicy: indexOnly(
      '/tenantId/?',
      '/origin/?',
      '/status/?',
      '/sendAt/?',
      '/sentAt/?',
      '/createdAt/?',
    ),
  },
  /**
   * The compliance archive: every communication made on the company's behalf, append-only, one hash chain per
   * tenant (records numbered from 1, plus the chain's head).
   */
  archive: {
    id: 'archive',
    partitionKey: '/tenantId',
    indexingPolicy: indexOnly(
      '/tenantId/?',
      '/seq/?',
      '/at/?',
      '/type/?',
      '/personId/?',
      '/network/?',
      '/itemId/?',
      '/details/campaignId/?',
      '/purgedAt/?',
    ),
  },
  /**
   * People's connections to networks they post to through the service (LinkedIn), their tokens encrypted, and the
   * short-lived states of connections under way.
   */
  connections: {
    id: 'connections',
    partitionKey: '/tenantId',
    indexingPolicy: indexOnly('/tenantId/?', '/type/?', '/personId/?', '/expiresAt/?'),
    defaultTtl: -1,
  },
  /**
   * Posts people scheduled on LinkedIn, in a container of their own rather than on the share record: a share is
   * one per (person, item, network) and records what went out, while a person may schedule several posts of an
   * item, each with its own time and status, claimed under its own ETag and looked up across tenants by time.
   * Settled ones carry a `ttl`.
   */
  scheduledPosts: {
    id: 'scheduledPosts',
    partitionKey: '/tenantId',
    indexingPolicy: indexOnly('/tenantId/?', '/personId/?', '/status/?', '/at/?', '/attemptedAt/?'),
    defaultTtl: -1,
  },
  /** One document per background job: whoever holds it runs the job; it expires if its holder dies. */
  leases: {
    id: 'leases',
    partitionKey: '/id',
    indexingPolicy: indexOnly('/id/?'),
    transient: true,
  },
  /** Takes of the readiness diagnostic, by date, and the programme plan's steps ticked by hand. */
  readiness: {
    id: 'readiness',
    partitionKey: '/tenantId',
    indexingPolicy: indexOnly('/tenantId/?', '/type/?', '/takenAt/?'),
  },
  /** Training paths, each with its modules and their quizzes inside; a completion finds its path by module id. */
  learningPaths: {
    id: 'learningPaths',
    partitionKey: '/tenantId',
    indexingPolicy: indexOnly(
      '/tenantId/?',
      '/status/?',
      '/onboarding/?',
      '/createdAt/?',
      '/modules/[]/id/?',
    ),
  },
  /** One document per (path, person): the modules they completed and their latest quiz answers. */
  learningProgress: {
    id: 'learningProgress',
    partitionKey: '/tenantId',
    indexingPolicy: indexOnly('/tenantId/?', '/pathId/?', '/personId/?', '/startedAt/?', '/completedAt/?'),
  },
} satisfies Record<string, ContainerDefinition>;

export type ContainerName = keyof typeof containers;
export const containerDefinitions: ContainerDefinition[] = Object.values(containers);
