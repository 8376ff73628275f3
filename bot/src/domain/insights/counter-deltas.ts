import type { ActivityEventDoc } from '../documents';
import { dayBit, localDate, monthOf } from './calendar';
import type {
  CampaignCountersDoc,
  DayCountersDoc,
  ItemCountersDoc,
  MonthActivityDoc,
  PersonMonth,
} from './counter-documents';
import { withBits } from './bitmap';
import { addAt, addTrees, countsOf } from './counters';
import type { CountTree } from './counters';

/** What a batch of events adds to each counters document, computed in memory before any write. */
export interface CountersDelta {
  days: Map<string, CountTree>;
  /** Per day: the indices of the people who shared, overall and per campaign. */
  dayBits: Map<string, { active: Set<number>; campaigns: Map<string, Set<number>> }>;
  /** Per campaign: the indices of the people who shared its content. */
  campaignSharers: Map<string, Set<number>>;
  months: Map<string, Record<string, PersonMonth>>;
  campaigns: Map<string, CountTree>;
  items: Map<string, { tree: CountTree; sharedOn: Record<string, string[]> }>;
}

function entry<K, V>(map: Map<K, V>, key: K, create: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = create()));
  return value;
}

/** Adds up a batch of events per document, taking each event's day in the reporting time zone. */
export function countersDelta(
  events: readonly ActivityEventDoc[],
  timeZone: string,
  indexOf: ReadonlyMap<string, number>,
): CountersDelta {
  const delta: CountersDelta = {
    days: new Map(),
    dayBits: new Map(),
    campaignSharers: new Map(),
    months: new Map(),
    campaigns: new Map(),
    items: new Map(),
  };
  for (const event of events) {
    const counts = countsOf(event);
    const date = localDate(event.at, timeZone);
    const day = entry(delta.days, date, () => ({}));
    const { campaignId, itemId, network, brandId, personId } = event;
    addAt(day, ['totals'], counts);
    if (campaignId) addAt(day, ['byCampaign', campaignId], counts);
    if (network) addAt(day, ['byNetwork', network], counts);
    if (brandId) addAt(day, ['byBrand', brandId], counts);
    if (itemId) addAt(day, ['byItem', itemId], counts);
    if (campaignId && network) addAt(day, ['byCampaignNetwork', campaignId, network], counts);
    if (itemId && network) addAt(day, ['byItemNetwork', itemId, network], counts);
    for (const groupId of new Set(event.groupIds)) {
      addAt(day, ['byGroup', groupId], counts);
      if (campaignId) addAt(day, ['byCampaignGroup', campaignId, groupId], counts);
    }

    const individual = event.type === 'share' || event.type === 'click';
    if (campaignId) {
      const campaign = entry(delta.campaigns, campaignId, () => ({}));
      addAt(campaign, ['totals'], counts);
      if (individual) addAt(campaign, ['people', personId], counts);
    }
    if (itemId) {
      const item = entry(delta.items, itemId, () => ({ tree: {}, sharedOn: {} as Record<string, string[]> }));
      addAt(item.tree, ['totals'], counts);
      if (individual) addAt(item.tree, ['people', personId], counts);
      if (event.type === 'share') (item.sharedOn[personId] ??= []).push(date);
    }

    const index = indexOf.get(personId);
    if (event.type === 'share' && index !== undefined) {
      const bits = entry(delta.dayBits, date, () => ({ active: new Set<number>(), campaigns: new Map() }));
      bits.active.add(index);
      if (campaignId) {
        entry(bits.campaigns, campaignId, () => new Set<number>()).add(index);
        entry(delta.campaignSharers, campaignId, () => new Set<number>()).add(index);
      }
    }

    if (event.type === 'share' || event.type === 'join') {
      const people = entry(delta.months, monthOf(date), (): Record<string, PersonMonth> => ({}));
      const person = (people[personId] ??= { days: 0, campaigns: {}, groupIds: [] });
      person.groupIds = event.groupIds;
      if (brandId) person.brandId = brandId;
      if (event.type === 'join') person.enrolled = true;
      else {
        person.days |= dayBit(date);
        if (campaignId) person.campaigns[campaignId] = (person.campaigns[campaignId] ?? 0) | dayBit(date);
      }
    }
  }
  return delta;
}

type Base = Pick<DayCountersDoc, 'id' | 'tenantId' | 'appliedBatches' | 'updatedAt'>;

export function emptyDay(base: Base, date: string): DayCountersDoc {
  return {
    ...base,
    kind: 'day',
    date,
    totals: {},
    byCampaign: {},
    byNetwork: {},
    byGroup: {},
    byBrand: {},
    byItem: {},
    byCampaignNetwork: {},
    byCampaignGroup: {},
    byItemNetwork: {},
  };
}

export function emptyMonth(base: Base, month: string): MonthActivityDoc {
  return { ...base, kind: 'month', month, people: {} };
}

export function emptyCampaign(base: Base, campaignId: string): CampaignCountersDoc {
  return { ...base, kind: 'campaign', campaignId, totals: {}, people: {} };
}

export function emptyItem(base: Base, itemId: string): ItemCountersDoc {
  return { ...base, kind: 'item', itemId, totals: {}, people: {}, sharedOn: {} };
}

/** Adds counters to a document of counters (days, campaigns); its other fields are kept. */
export function withCounts<T extends object>(doc: T, tree: CountTree): T {
  return addTrees(doc as unknown as CountTree, tree) as unknown as T;
}

export function withItemDelta(
  doc: ItemCountersDoc,
  delta: { tree: CountTree; sharedOn: Record<string, string[]> },
) {
  const sharedOn = { ...doc.sharedOn };
  for (const [personId, dates] of Object.entries(delta.sharedOn)) {
    sharedOn[personId] = [...(sharedOn[personId] ?? []), ...dates];
  }
  return { ...withCounts(doc, delta.tree), sharedOn };
}

/** Merges a month's activity: share days and campaigns add up, groups and brand are the latest seen. */
export function withMonthDelta(doc: MonthActivityDoc, delta: Record<string, PersonMonth>): MonthActivityDoc {
  const people = { ...doc.people };
  for (const [personId, added] of Object.entries(delta)) {
    const current = people[personId];
    const campaigns = { ...current?.campaigns };
    for (const [campaignId, mask] of Object.entries(added.campaigns)) {
      campaigns[campaignId] = (campaigns[campaignId] ?? 0) | mask;
    }
    people[personId] = {
      days: (current?.days ?? 0) | added.days,
      campaigns,
      groupIds: added.groupIds,
      ...(added.brandId ? { brandId: added.brandId } : current?.brandId ? { brandId: current.brandId } : {}),
      ...(added.enrolled || current?.enrolled ? { enrolled: true as const } : {}),
    };
  }
  return { ...doc, people };
}

/** Adds a day's sharers to its bitmaps. */
export function withDayBits(
  doc: DayCountersDoc,
  bits: { active: Set<number>; campaigns: Map<string, Set<number>> } | undefined,
): DayCountersDoc {
  if (!bits) return doc;
  const campaignBits = { ...doc.campaignBits };
  for (const [campaignId, indices] of bits.campaigns) {
    campaignBits[campaignId] = withBits(campaignBits[campaignId], indices);
  }
  return { ...doc, activeBits: withBits(doc.activeBits, bits.active), campaignBits };
}

export function withSharers(doc: CampaignCountersDoc, indices: Set<number> | undefined): CampaignCountersDoc {
  return indices ? { ...doc, sharerBits: withBits(doc.sharerBits, indices) } : doc;
}

/** The people index with the batch's newcomers appended: existing positions never move. */
export function withPeople(ids: readonly string[], personIds: Iterable<string>): string[] {
  const known = new Set(ids);
  const added = [...new Set(personIds)].filter((id) => !known.has(id));
  return added.length === 0 ? [...ids] : [...ids, ...added];
}
