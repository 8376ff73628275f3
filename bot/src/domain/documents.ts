import type { Locale } from '@contract/locale';
import type { Network } from '@contract/network';
import type { Preferences } from '@contract/enrolment';
import type { z } from 'zod';
import type { enrolmentStatusSchema } from '@contract/me';

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
}

export type GroupKind = 'pilot' | 'site' | 'team' | 'brand';

export interface GroupDoc extends TenantDocument {
  name: Localized;
  kind: GroupKind;
  createdAt: string;
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

export const campaignObjectives = [
  'awareness',
  'recruitment',
  'employer-brand',
  'product-launch',
  'crisis-response',
  'other',
] as const;
export type CampaignObjective = (typeof campaignObjectives)[number];
export type CampaignStatus = 'draft' | 'scheduled' | 'live' | 'ended' | 'archived';

export interface CampaignDoc extends TenantDocument {
  slug: string;
  name: Localized;
  objective: CampaignObjective;
  brandId: string;
  startsAt: string;
  endsAt: string;
  audience: { groupIds: string[]; brandIds: string[]; languages: Locale[] };
  targets: { shares: number; clicks: number; participationRate: number };
  status: CampaignStatus;
  createdBy: string;
  createdAt: string;
}

export type ContentStatus =
  | 'draft'
  | 'submitted'
  | 'changes-requested'
  | 'approved'
  | 'rejected'
  | 'published'
  | 'expired'
  | 'withdrawn';

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
  publishedAt?: string;
  expiresAt?: string;
  createdAt: string;
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

/** Held by one service instance at a time; `expiresAt` lets another take over if the holder dies. */
export interface LeaseDoc {
  id: string;
  owner: string;
  expiresAt: string;
}
