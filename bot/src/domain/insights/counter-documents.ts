import type { TenantDocument } from '../documents';
import type { Counts } from './counters';

/**
 * The Insights counters, in the `insights` container. Every document remembers the last batches of activity
 * it took (`appliedBatches`), so the projection job can hand the same batch again after a crash without
 * counting anything twice. Their size depends on the number of people and dimension values, never on events.
 */
interface CountersDocument extends TenantDocument {
  appliedBatches: string[];
  updatedAt: string;
}

/** `day:YYYY-MM-DD`: one day (reporting time zone) of the programme, sliced by every dimension. */
export interface DayCountersDoc extends CountersDocument {
  kind: 'day';
  date: string;
  totals: Counts;
  byCampaign: Record<string, Counts>;
  byNetwork: Record<string, Counts>;
  byGroup: Record<string, Counts>;
  byBrand: Record<string, Counts>;
  byItem: Record<string, Counts>;
  byCampaignNetwork: Record<string, Record<string, Counts>>;
  byCampaignGroup: Record<string, Record<string, Counts>>;
  byItemNetwork: Record<string, Record<string, Counts>>;
  /** Bitmap (see `bitmap.ts`) of the people who shared that day, overall and per campaign. */
  activeBits?: string;
  campaignBits?: Record<string, string>;
}

/** What one person did in a month, for the distinct counts (active ambassadors, participants, retention). */
export interface PersonMonth {
  /** Bit d-1 set: the person shared on day d of the month. */
  days: number;
  /** Same, per campaign whose content they shared. */
  campaigns: Record<string, number>;
  /** Their groups and brand at their latest event of the month. */
  groupIds: string[];
  brandId?: string;
  /** Set when they joined the programme this month: they belong to this month's enrolment cohort. */
  enrolled?: true;
}

/** `month:YYYY-MM`: every person active or enrolled that month; bounded by the number of people. */
export interface MonthActivityDoc extends CountersDocument {
  kind: 'month';
  month: string;
  people: Record<string, PersonMonth>;
}

/** `campaign:<id>`: a campaign over its whole life, with each ambassador's own figures. */
export interface CampaignCountersDoc extends CountersDocument {
  kind: 'campaign';
  campaignId: string;
  totals: Counts;
  people: Record<string, Counts>;
  /** Bitmap of the people who shared the campaign's content at least once. */
  sharerBits?: string;
}

/** `item:<id>`: a content item over its whole life, with each ambassador's figures and share days. */
export interface ItemCountersDoc extends CountersDocument {
  kind: 'item';
  itemId: string;
  totals: Counts;
  people: Record<string, Counts>;
  /** The days (reporting time zone) each person shared the item: at most one per network. */
  sharedOn: Record<string, string[]>;
}

/**
 * `people-index`: every person the counters ever saw, in the order they were first seen; a person's position
 * is their bit in the bitmaps. Bounded by people (about 50,000 per document before Cosmos's 2 MB limit).
 */
export interface PeopleIndexDoc extends CountersDocument {
  kind: 'people-index';
  ids: string[];
}

/** A campaign's totals and sharers, as the programme dashboard reads them. */
export type CampaignTotals = Pick<CampaignCountersDoc, 'campaignId' | 'totals' | 'sharerBits'>;

export type CountersDoc =
  DayCountersDoc | MonthActivityDoc | CampaignCountersDoc | ItemCountersDoc | PeopleIndexDoc;

export const peopleIndexId = 'people-index';

export const dayCountersId = (date: string) => `day:${date}`;
export const monthActivityId = (month: string) => `month:${month}`;
export const campaignCountersId = (campaignId: string) => `campaign:${campaignId}`;
export const itemCountersId = (itemId: string) => `item:${itemId}`;
