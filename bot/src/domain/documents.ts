import type { Locale } from '@contract/locale';
import type { Network } from '@contract/network';
import type { Preferences } from '@contract/enrolment';
import type { z } from 'zod';
import type { enrolmentStatusSchema } from '@contract/me';
import type { CampaignDecision, CampaignObjective } from '@contract/campaigns';
import type { ContentStatus, ContentEvent } from '@contract/content';
import type { Guardrails } from '@contract/guardrails';
import type { MediaKind } from '@contract/media';
import type { FeedPollOutcome } from '@contract/feeds';
import type { AppRole } from '@contract/roles';
import type { ProfilePoint } from '@contract/profile-coaching';
import type { ActionKind } from './action-notices';

/**
 * The shapes of the documents kept in Cosmos DB, one per container. Every document carries `tenantId`,
 * the partition key: nothing is ever read or written without it.
 */
export interface TenantDocument {
  id: string;
  tenantId: string;
}

export type Localized = Record<Locale, string>;

export interface OrganisationDoc extends TenantDocument {
  type: 'organisation';
  name: string;
  brands: { id: string; name: string }[];
  createdAt: string;
  /** Set by an administrator; the built-in defaults apply until then. */
  contentPolicy?: ContentPolicyDoc;
  /**
   * Points per activity, tuned by a manager; the defaults apply until then (see `pointsRulesOf`), and for rules
   * added since (rules saved before training paths have no `learningModule`).
   */
  pointsRules?: Omit<PointsRules, 'learningModule'> &
    Partial<Pick<PointsRules, 'learningModule'>> & { updatedAt: string; updatedBy: string };
  /** Insights settings (CPM, CPC, currency, reporting time zone) set by an administrator; defaults until then. */
  insights?: InsightsSettingsInput & { updatedAt: string; updatedBy: string };
  /** Retention and legal holds set by an administrator, and where the compliance jobs are up to. */
  compliance?: ComplianceDoc;
  /** Tokens the writing help used this month (UTC), counted against the content policy's monthly cap. */
  writingHelpUsage?: WritingHelpUsage;
}

export interface WritingHelpUsage {
  /** `YYYY-MM`: a new month starts from zero. */
  month: string;
  tokens: number;
}

export interface ComplianceDoc {
  /** The defaults (`DEFAULT_RETENTION`) apply until an administrator sets them. */
  retention?: RetentionSettings & { updatedAt: string; updatedBy: string };
  holds?: LegalHold[];
  lastPurge?: PurgeReport;
  /** The last whole day (UTC, `YYYY-MM-DD`) whose records went to the archive store. */
  exportedThrough?: string;
}

/** Guardrails per network and language (absent ones are the defaults), and the four-eyes switch. */
export interface ContentPolicyDoc {
  fourEyes: boolean;
  guardrails: ({ network: Network; language: Locale } & Guardrails)[];
  /** Tokens the writing help may use per month; the default (`DEFAULT_MONTHLY_TOKEN_CAP`) until set. */
  writingHelpMonthlyTokens?: number;
  updatedAt: string;
  updatedBy: string;
}

import type { GroupKind } from '@contract/groups';
import type { InsightsSettingsInput } from '@contract/insights';
import type { LegalHold, PurgeReport, RetentionSettings } from '@contract/compliance';
export type { GroupKind } from '@contract/groups';

export interface GroupDoc extends TenantDocument {
  name: Localized;
  kind: GroupKind;
  createdAt: string;
  /** Set once the group mirrors an Entra ID group: its object id, and when it was last synchronised. */
  entraGroupId?: string;
  entraSyncedAt?: string;
}

export { networks } from '@contract/network';
export type { Network } from '@contract/network';

export type EnrolmentStatus = z.infer<typeof enrolmentStatusSchema>;

/** A person as the programme knows them; `id` is their Entra ID object id. */
export interface PersonDoc extends TenantDocument {
  displayName: string;
  email: string;
  jobTitle?: string;
  locale: Locale;
  timeZone: string;
  brandId?: string;
  groupIds: string[];
  enrolment: {
    status: EnrolmentStatus;
    since?: string;
    charterVersion?: string;
    networks: { network: Network; audienceSize?: number }[];
    languages: Locale[];
    preferences?: Preferences;
    /** The nudge frequency before the person typed "stop" in the bot's chat: "resume" brings it back. */
    nudgesBeforeStop?: Preferences['nudges'];
  };
  /**
   * The app roles of the person's token when they last used the tab, sorted. Roles live in Entra ID and reach
   * the service only in tokens: this is how it knows whom to tell that content awaits review. Absent for people
   * who never signed in (created by an import or a group synchronisation).
   */
  lastSeenRoles?: AppRole[];
  /** Set by an administrator on a programme leader (an executive, a sponsor): their shares show in the library. */
  leader?: { title: string; since: string };
  /**
   * The person's private LinkedIn profile self-check: each point they ticked, with when. Only their own routes
   * read it (never a manager's, the audit log or Insights); it goes with the profile on erasure.
   */
  profileCoaching?: { done: Partial<Record<ProfilePoint, string>>; updatedAt: string };
  createdAt: string;
  updatedAt: string;
}

/** One published version of the social media charter; `major.minor`, Markdown in each language. */
export interface CharterVersionDoc extends TenantDocument {
  version: string;
  major: number;
  minor: number;
  title: Localized;
  body: Localized;
  publishedAt: string;
  publishedBy: string;
}

export type { CampaignDecision, CampaignObjective } from '@contract/campaigns';

export interface CampaignDoc extends TenantDocument {
  slug: string;
  name: Localized;
  objective: CampaignObjective;
  brandId: string;
  startsAt: string;
  endsAt: string;
  audience: { groupIds: string[]; brandIds: string[]; languages: Locale[] };
  targets: { shares: number; clicks: number; participationRate: number };
  /** Only what a person decided: live and ended follow from the dates (see `campaignStatus`). */
  status: CampaignDecision;
  createdBy: string;
  createdAt: string;
  updatedAt?: string;
}

export type { ContentStatus } from '@contract/content';

/** A programme leader as the library credits them. */
export interface LeaderRef {
  personId: string;
  displayName: string;
  title: string;
}

export interface PersonRef {
  id: string;
  displayName: string;
}

export interface MediaRef {
  id: string;
  kind: MediaKind;
  contentType: string;
}

export type ContentEventAction = ContentEvent['action'];

export interface ContentEventDoc {
  at: string;
  by: PersonRef;
  action: ContentEventAction;
  comment?: string;
  corrections?: TextCorrection[];
}

/** A reviewer's change to one suggested text before approving it. */
export interface TextCorrection {
  network: Network;
  language: Locale;
  before: string;
  after: string;
}

export interface SuggestedText {
  network: Network;
  language: Locale;
  text: string;
}

export interface ContentItemDoc extends TenantDocument {
  campaignId: string;
  brandId: string;
  title: Localized;
  url: string;
  preview: { title: Localized; description: Localized; imageUrl?: string };
  texts: SuggestedText[];
  hashtags: string[];
  status: ContentStatus;
  authorId: string;
  /** When approved content is to be published; at approval when absent. */
  publishAt?: string;
  publishedAt?: string;
  expiresAt?: string;
  createdAt: string;
  updatedAt?: string;
  /** Photos and videos uploaded for the item, served at `/media/{id}`. */
  media?: MediaRef[];
  /** Set on an ambassador's proposal (user-generated content): the library credits them. */
  proposedBy?: PersonRef;
  /**
   * The programme leaders who shared the item, as the library credits them; kept here (written when a leader
   * shares, or is marked, renamed or forgotten) so the library shows and filters them without reading shares.
   * Absent rather than empty, so the library's filter is a plain `IS_DEFINED`.
   */
  sharedByLeaders?: LeaderRef[];
  /** Decisions and comments, oldest first: what the author sees of the review. */
  history?: ContentEventDoc[];
  /** Derived from the texts on every write (see `indexContent`), so the library filters with plain queries. */
  networks?: Network[];
  languages?: Locale[];
  searchText?: string;
}

/** An immutable record: this person accepted this charter version, in this language, at this time. */
export interface CharterAcceptanceDoc extends TenantDocument {
  personId: string;
  displayName: string;
  version: string;
  language: Locale;
  acceptedAt: string;
}

/**
 * One per (person, item, network): counted once however often the person confirms, every confirmation kept
 * with the text actually used (the compliance archive). Clicks on its tracked link are counted here.
 */
export interface ShareDoc extends TenantDocument {
  personId: string;
  itemId: string;
  itemTitle: Localized;
  campaignId: string;
  brandId: string;
  network: Network;
  code: string;
  /** The audience the person declared on this network when sharing, for estimated reach. */
  audienceSize: number;
  firstSharedAt: string;
  /** Every text confirmed; `postUrn` when the service posted it on the network in the person's name. */
  confirmations: { at: string; language: Locale; text: string; postUrn?: string }[];
  clicks: number;
  /** Clicks per UTC day, `YYYY-MM-DD` → count. */
  clicksByDay: Record<string, number>;
}

/** A secret as kept at rest: AES-256-GCM, each part in base64 (see `TokenCipher`). */
export interface SealedSecret {
  iv: string;
  tag: string;
  data: string;
}

/** A person's LinkedIn connection, one per person: the member they are on LinkedIn and the token to post with. */
export interface LinkedInConnectionDoc extends TenantDocument {
  type: 'linkedin';
  personId: string;
  /** The member's id on LinkedIn (OpenID Connect `sub`): posts are authored by `urn:li:person:{sub}`. */
  memberSub: string;
  token: SealedSecret;
  connectedAt: string;
  expiresAt: string;
  /** LinkedIn refused the token before its end (revoked): the person must connect again. */
  refusedAt?: string;
  /** When the person was told the connection lapses within the week; once per connection. */
  expiryNudgedAt?: string;
}

/** A connection under way: the `state` sent to LinkedIn, bound to the person, single-use and short-lived. */
export interface ConnectionStateDoc extends TenantDocument {
  type: 'state';
  personId: string;
  expiresAt: string;
  /** Seconds before the store deletes it unused. */
  ttl: number;
}

/** Why a scheduled post did not go out, as the person is told in chat. */
export type ScheduledPostFailure =
  /** LinkedIn no longer accepts the connection, or there is none: connect again. */
  | 'reconnect'
  /** LinkedIn refused the text as too long. */
  | 'tooLong'
  /** The item was withdrawn or expired, or is no longer meant for the person. */
  | 'withdrawn'
  /** The charter has a new version to accept first. */
  | 'charter'
  /** The text no longer passes the guardrails in force. */
  | 'textRefused'
  /** LinkedIn refused or did not answer; nothing says the post went out. */
  | 'linkedin'
  /** The service stopped while posting: nobody knows whether LinkedIn published it, so it is not tried again. */
  | 'unknown';

/**
 * A post the person scheduled: checked when scheduled, checked again and posted by a job at `at`. `posting` is
 * written (under the ETag) before LinkedIn is called: a post is attempted at most once.
 */
export interface ScheduledPostDoc extends TenantDocument {
  personId: string;
  itemId: string;
  /** As when scheduled, for the person's list. */
  itemTitle: Localized;
  network: 'linkedin';
  language: Locale;
  /** The person's text, as written: the guardrails (and the disclosure they add) apply at posting time. */
  text: string;
  at: string;
  status: 'scheduled' | 'posting' | 'posted' | 'failed';
  createdAt: string;
  /** When the job took it for posting. */
  attemptedAt?: string;
  settledAt?: string;
  postUrn?: string;
  failure?: ScheduledPostFailure;
  /** Seconds the store keeps it once settled. */
  ttl?: number;
}

/** A tracked link `/r/{code}`, partitioned by its code so the redirect is a single point read. */
export interface TrackedLinkDoc {
  id: string;
  type: 'link';
  code: string;
  tenantId: string;
  shareId: string;
  personId: string;
  destination: string;
  createdAt: string;
  /** Its item was withdrawn: the link says so instead of sending visitors on. */
  withdrawnAt?: string;
}

/** Remembers a visitor of a link for a while, so repeat clicks count once. */
export interface LinkVisitDoc {
  id: string;
  type: 'visit';
  tenantId: string;
  code: string;
  /** When the window of these visits began. */
  countedAt: string;
  /** Visits counted in the window (a network address may count a few; a visitor, one). */
  visits?: number;
  /** Seconds; Azure Cosmos DB removes the document after this. */
  ttl: number;
}

export interface AuditRecordDoc extends TenantDocument {
  at: string;
  actor: { id: string; name: string; roles: string[] };
  /** `entity.verb`, e.g. `content.approved`, `charter.published`, `person.erased`. */
  action: string;
  /** `title` as it was then, so the log reads by name even once the entity is gone. */
  entity: { type: string; id: string; title?: Localized };
  before?: unknown;
  after?: unknown;
}

/** An intranet news feed (RSS or Atom) whose new entries become draft content of a campaign. */
export interface FeedDoc extends TenantDocument {
  url: string;
  campaignId: string;
  /** The entries' language unless the feed declares French or English itself. */
  language: Locale;
  title?: string;
  /** Keys of the entries already imported, newest first, bounded (see `rememberEntries`). */
  seenEntryKeys: string[];
  lastPoll?: FeedPollOutcome;
  createdBy: string;
  createdAt: string;
}

/** Held by one service instance at a time; `expiresAt` lets another take over if the holder dies. */
export interface LeaseDoc {
  id: string;
  owner: string;
  expiresAt: string;
}

/** Where the bot reaches a person in personal chat, stored when they install it; `id` is their Entra object id. */
export interface ConversationDoc extends TenantDocument {
  /** The `29:` id Teams gives the person in conversations with this bot. */
  teamsUserId: string;
  conversationId: string;
  serviceUrl: string;
  installedAt: string;
  /** Set when Teams answered 403 `MessageWritesBlocked`: the person blocked the bot; nobody nudges them again. */
  unreachableSince?: string;
}

export type ConversationAddress = Pick<ConversationDoc, 'teamsUserId' | 'conversationId' | 'serviceUrl'>;

export const deliveryKinds = ['nudge', 'poll', 'event', 'challenge', 'advice', 'post'] as const;
export type DeliveryKind = (typeof deliveryKinds)[number];

export const deliveryStatuses = ['pending', 'sending', 'sent', 'failed', 'unreachable'] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];

/** One proactive message as the recipient will read it: text, or an Adaptive Card with its notification text. */
export interface OutgoingMessage {
  text?: string;
  card?: object;
  /** What Teams shows in the notification and activity feed for a card. */
  summary?: string;
}

/**
 * The outbox: one document per (message, recipient), written before anything is sent, so the dispatcher can
 * resume after a crash without losing anyone. `id` is `${messageId}:${personId}`: enqueuing twice is a no-op.
 */
export interface OutboxDoc extends TenantDocument {
  /** The nudge, poll, event or challenge this delivery belongs to. */
  messageId: string;
  kind: DeliveryKind;
  personId: string;
  address: ConversationAddress;
  message: OutgoingMessage;
  /** A secret of this delivery alone, carried by its nudge links: a press counts only with it. */
  linkProof?: string;
  status: DeliveryStatus;
  /** Not sent before this instant: the recipient's quiet hours. */
  notBefore: string;
  enqueuedAt: string;
  attempts: number;
  sentAt?: string;
  /** Why the last attempt failed, for the manager's progress view. */
  lastError?: string;
  /** While `sending`: the claim lapses then, so a dispatcher that died mid-send is taken over. */
  claimedUntil?: string;
  /** The recipient's groups and brand at enqueue time, for the activity event recorded once it is sent. */
  groupIds?: string[];
  brandId?: string;
}

export const feedNoticeStatuses = ['pending', 'sent', 'failed'] as const;
export type FeedNoticeStatus = (typeof feedNoticeStatuses)[number];

/**
 * An activity feed notification still to send, or sent: one Microsoft Graph call's worth (one language, a
 * hundred people at most), written before the request that caused it is answered, so a restart loses none.
 */
export interface FeedNoticeDoc extends TenantDocument {
  kind: ActionKind;
  locale: Locale;
  /** Entra object ids; the ones the per-person limit holds back stay here, and the notice waits for them. */
  recipientIds: string[];
  subject: string;
  status: FeedNoticeStatus;
  /** Not sent before this instant: a retry's wait, or the per-person limit's. */
  notBefore: string;
  enqueuedAt: string;
  attempts: number;
  sentAt?: string;
  lastError?: string;
}

/** What people do in the programme, recorded once as it happens; Insights and points are computed from these. */
export const activityTypes = [
  'share',
  'click',
  'poll.vote',
  'nudge.sent',
  'nudge.acted',
  'join',
  'leave',
  'proposal',
  // Training paths: a module completed (earns points), a whole path completed (earns a badge).
  'learning.module',
  'learning.path',
] as const;
export type ActivityType = (typeof activityTypes)[number];

export interface ActivityEventDoc extends TenantDocument {
  type: ActivityType;
  at: string;
  /** The person who acted; a pseudonym once they are erased, so counters and standings stay whole. */
  personId: string;
  /** The person's groups and brand when it happened: counters are kept per group and brand. */
  groupIds: string[];
  brandId?: string;
  campaignId?: string;
  itemId?: string;
  network?: Network;
  /** On shares: the audience the person declared on that network, for estimated reach. */
  audienceSize?: number;
  /** What else the event is about: the poll, the nudge, the proposal, the share of a click. */
  subjectId?: string;
  /** Set by the projection job when it takes the event, then `projectedAt` once every projection applied it. */
  batchId?: string;
  projectedAt?: string;
}

import type { PollChoice, PollResultsVisibility } from '@contract/polls';
export type { PollChoice, PollResultsVisibility } from '@contract/polls';

/** A poll sent to an audience as an Adaptive Card. `status` is what was decided; past `closesAt` it is closed. */
export interface PollDoc extends TenantDocument {
  question: Localized;
  options: { id: string; label: Localized }[];
  choice: PollChoice;
  anonymous: boolean;
  resultsVisibility: PollResultsVisibility;
  closesAt: string;
  audience: { groupIds: string[]; brandIds: string[]; languages: Locale[] };
  status: 'draft' | 'open' | 'closed';
  createdBy: string;
  createdAt: string;
  sentAt?: string;
  closedAt?: string;
  outcome?: { queued: number; unreachable: number; optedOut: number };
}

/**
 * One person's vote on a poll, replaced when they change it. `id` is `${pollId}:${voterKey}`: one vote per
 * person by construction. On anonymous polls the key is a one-way hash and `personId` is absent.
 */
export interface VoteDoc extends TenantDocument {
  pollId: string;
  voterKey: string;
  personId?: string;
  optionIds: string[];
  votedAt: string;
}

import type { ProgrammeEventStatus } from '@contract/events';
export type { ProgrammeEventStatus } from '@contract/events';

/** One seat, or one place on the waitlist, at an event: the person's Entra object id and when they asked. */
export interface EventRegistration {
  personId: string;
  at: string;
}

/**
 * An exclusive event for ambassadors (a gathering; not an activity event). Seats and waitlist live in the
 * event document itself, so each registration is one ETag-guarded write: capacity can never be exceeded.
 */
export interface ProgrammeEventDoc extends TenantDocument {
  title: Localized;
  description: Localized;
  startsAt: string;
  endsAt: string;
  place?: string;
  onlineUrl?: string;
  capacity: number;
  audience: { groupIds: string[]; brandIds: string[]; languages: Locale[] };
  registrationClosesAt: string;
  status: ProgrammeEventStatus;
  /** Seats taken, first come first served; never longer than `capacity`. */
  registered: EventRegistration[];
  /** In order: the first is promoted when a seat frees up. */
  waitlist: EventRegistration[];
  createdBy: string;
  createdAt: string;
  updatedAt?: string;
  publishedAt?: string;
  cancelledAt?: string;
  /** Set once the day-before reminder was queued. */
  remindedAt?: string;
}

import type { BadgeId, ChallengeGoal, PointsRules } from '@contract/challenges';

/** A challenge: a period, an audience and a goal; live and ended follow from the dates, as for campaigns. */
export interface ChallengeDoc extends TenantDocument {
  name: Localized;
  description: Localized;
  startsAt: string;
  endsAt: string;
  audience: { groupIds: string[]; brandIds: string[]; languages: Locale[] };
  goal: ChallengeGoal;
  status: CampaignDecision;
  createdBy: string;
  createdAt: string;
  updatedAt?: string;
  /** Set by the challenge job once each card went out, and once winners were placed. */
  announcedAt?: string;
  midwayAt?: string;
  closedAt?: string;
}

/** The points ledger, append-only: one entry per activity event that earned points; `id` is the event's id. */
export interface PointsEntryDoc extends TenantDocument {
  personId: string;
  groupIds: string[];
  type: ActivityType;
  points: number;
  at: string;
  batchId: string;
  /** The event's campaign (for share goals) and item. */
  campaignId?: string;
  itemId?: string;
}

/**
 * Pre-aggregated standings, so leaderboards are one ordered query: one document per (scope, person) and
 * (scope, group), where the scope is `programme` or a challenge id. `id` is `${scope}|${kind}|${subjectId}`.
 */
export interface StandingDoc extends TenantDocument {
  scope: string;
  kind: 'person' | 'group';
  subjectId: string;
  points: number;
  /** Standings written before training paths lack `modules` and `paths` (see `addEntries`). */
  counts: {
    shares: number;
    clicks: number;
    pollVotes: number;
    proposals: number;
    modules: number;
    paths: number;
  };
  /** On challenge standings: progress towards the goal, when it was reached, and a winner's place. */
  progress?: number;
  finishedAt?: string;
  place?: number;
  /** On a person's programme standing: milestone badges, and clicks credited per `day|itemId` (today and yesterday). */
  badges?: { id: BadgeId; awardedAt: string }[];
  clickTally?: Record<string, number>;
  /** The last batches applied: a batch handed again after a crash changes nothing. */
  appliedBatches: string[];
  updatedAt: string;
}

import type { NudgeKind, NudgeLink, NudgeStatus } from '@contract/nudges';
export type { NudgeKind, NudgeLink, NudgeStatus } from '@contract/nudges';

/**
 * A nudge: written by a manager (`custom`), or by a rule of the nudge job, whose id then names the reason
 * (`launch:{campaignId}`, `reminder:{campaignId}`...) so that a rule never fires twice for it. Its deliveries
 * are the outbox documents whose `messageId` is this id.
 */
export interface NudgeDoc extends TenantDocument {
  kind: NudgeKind;
  origin: 'authored' | 'rule';
  status: NudgeStatus;
  title: Localized;
  text: Localized;
  audience: { groupIds: string[]; brandIds: string[]; languages: Locale[] };
  sendAt: string;
  link?: NudgeLink;
  /** Rule nudges: everyone the rule chose so far, reached or not; nobody is chosen twice for one reason. */
  recipientIds?: string[];
  outcome?: { queued: number; unreachable: number; optedOut: number; inDigest: number };
  createdBy: string;
  createdAt: string;
  sentAt?: string;
  cancelledAt?: string;
}
