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
}

/** Guardrails per network and language (absent ones are the defaults), and the four-eyes switch. */
export interface ContentPolicyDoc {
  fourEyes: boolean;
  guardrails: ({ network: Network; language: Locale } & Guardrails)[];
  updatedAt: string;
  updatedBy: string;
}

import type { GroupKind } from '@contract/groups';
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
  };
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

export { campaignObjectives } from '@contract/campaigns';
export type { CampaignDecision, CampaignObjective, CampaignStatus } from '@contract/campaigns';

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
  confirmations: { at: string; language: Locale; text: string }[];
  clicks: number;
  /** Clicks per UTC day, `YYYY-MM-DD` → count. */
  clicksByDay: Record<string, number>;
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
}

/** Remembers a visitor of a link for a while, so repeat clicks count once. */
export interface LinkVisitDoc {
  id: string;
  type: 'visit';
  tenantId: string;
  code: string;
  countedAt: string;
  /** Seconds; Azure Cosmos DB removes the document after this. */
  ttl: number;
}

export interface AuditRecordDoc extends TenantDocument {
  at: string;
  actor: { id: string; name: string; roles: string[] };
  /** `entity.verb`, e.g. `content.approved`, `charter.published`, `person.erased`. */
  action: string;
  entity: { type: string; id: string };
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

export const deliveryKinds = ['nudge', 'poll', 'event', 'challenge'] as const;
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
  status: DeliveryStatus;
  /** Not sent before this instant: the recipient's quiet hours. */
  notBefore: string;
  enqueuedAt: string;
  attempts: number;
  sentAt?: string;
  /** Why the last attempt failed, for the manager's progress view. */
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
