import { describe, it, expect } from 'vitest';
import { appRoles } from '@contract/roles';
import { campaignStatus } from '../domain/campaign-status';
import {
  buildDemoData,
  DEMO_ADMIN_ID,
  DEMO_AMBASSADOR_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_REVIEWER_ID,
  DEMO_TENANT_ID,
} from './demo-data';

const now = new Date('2025-03-14T09:30:00.000Z');
const data = buildDemoData(now);

const allDocuments = [
  data.organisation,
  ...data.groups,
  ...data.people,
  ...data.charters,
  ...data.campaigns,
  ...data.content,
];

/** The value, or a failed test if it is missing. */
function present<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}
const time = (iso: string | undefined) => Date.parse(present(iso));

const textsOf = (network: string) =>
  data.content.flatMap((item) => item.texts.filter((t) => t.network === network));

describe('buildDemoData', () => {
  it('is deterministic: the same instant gives deep-equal data', () => {
    expect(buildDemoData(new Date(now))).toEqual(data);
  });

  it('derives every date from now', () => {
    const later = buildDemoData(new Date(now.getTime() + 86_400_000));
    expect(later).not.toEqual(data);
    later.campaigns.forEach((campaign, index) =>
      expect(time(campaign.startsAt) - time(data.campaigns[index]?.startsAt)).toBe(86_400_000),
    );
    later.content.forEach((item, index) =>
      expect(time(item.publishedAt) - time(data.content[index]?.publishedAt)).toBe(86_400_000),
    );
  });

  it('has the expected counts', () => {
    expect(data.organisation.brands).toHaveLength(2);
    expect(data.groups).toHaveLength(3);
    expect(data.groups.filter((group) => group.kind === 'pilot')).toHaveLength(1);
    expect(data.people).toHaveLength(40);
    expect(data.people.filter((person) => person.enrolment.status === 'ambassador')).toHaveLength(15);
    expect(data.charters).toHaveLength(1);
    expect(data.campaigns).toHaveLength(2);
    expect(data.content).toHaveLength(20);
  });

  it('uses unique ids within each collection, and GUID-shaped person ids', () => {
    for (const collection of [data.groups, data.people, data.charters, data.campaigns, data.content]) {
      const ids = collection.map((doc) => doc.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    for (const person of data.people) {
      expect(person.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-8[0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(new Set(data.people.map((person) => person.email)).size).toBe(40);
  });

  it('puts every document in the demo tenant', () => {
    for (const doc of allDocuments) expect(doc.tenantId).toBe(DEMO_TENANT_ID);
  });

  it('only refers to groups, brands, campaigns and people that exist', () => {
    const groupIds = new Set(data.groups.map((group) => group.id));
    const brandIds = new Set(data.organisation.brands.map((brand) => brand.id));
    const campaignIds = new Set(data.campaigns.map((campaign) => campaign.id));
    const personIds = new Set(data.people.map((person) => person.id));
    for (const person of data.people) {
      expect(person.groupIds.length).toBeGreaterThanOrEqual(1);
      expect(person.groupIds.length).toBeLessThanOrEqual(2);
      for (const groupId of person.groupIds) expect(groupIds).toContain(groupId);
      expect(brandIds).toContain(person.brandId);
    }
    for (const campaign of data.campaigns) {
      expect(brandIds).toContain(campaign.brandId);
      for (const groupId of campaign.audience.groupIds) expect(groupIds).toContain(groupId);
      for (const brandId of campaign.audience.brandIds) expect(brandIds).toContain(brandId);
    }
    for (const item of data.content) {
      expect(campaignIds).toContain(item.campaignId);
      expect(personIds).toContain(item.authorId);
    }
    expect(personIds).toContain(present(data.charters[0]).publishedBy);
  });

  it('gives campaigns a status consistent with their dates', () => {
    for (const campaign of data.campaigns) {
      const starts = Date.parse(campaign.startsAt);
      const ends = Date.parse(campaign.endsAt);
      expect(starts).toBeLessThan(ends);
      expect(campaign.status).toBe('scheduled');
      expect(campaignStatus(campaign, now)).toBe(starts <= now.getTime() ? 'live' : 'scheduled');
      expect(ends).toBeGreaterThan(now.getTime());
    }
  });

  it('offers LinkedIn and X texts in French and English for every item', () => {
    for (const item of data.content) {
      for (const network of ['linkedin', 'x'] as const) {
        for (const language of ['fr', 'en'] as const) {
          const text = item.texts.find((t) => t.network === network && t.language === language);
          expect(text?.text.trim(), `${item.id} ${network} ${language}`).toBeTruthy();
        }
      }
    }
  });

  it('keeps X texts short enough to leave room for a link', () => {
    for (const text of textsOf('x')) expect(text.text.length).toBeLessThanOrEqual(250);
  });

  it('never suggests the same LinkedIn text twice', () => {
    const linkedInTexts = textsOf('linkedin').map((t) => t.text);
    expect(new Set(linkedInTexts).size).toBe(linkedInTexts.length);
  });

  it('has exactly one published item already expired', () => {
    const expired = data.content.filter(
      (item) => item.expiresAt && Date.parse(item.expiresAt) < now.getTime(),
    );
    expect(expired).toHaveLength(1);
    for (const item of data.content) {
      expect(item.status).toBe('published');
      expect(time(item.publishedAt)).toBeLessThan(now.getTime());
    }
  });

  it('assigns exactly one holder to each app role', () => {
    for (const role of appRoles) {
      const holders = Object.entries(data.roleAssignments).filter(([, roles]) => roles.includes(role));
      expect(holders, role).toHaveLength(1);
    }
  });

  it('lists the named demo identities first, with the expected roles and enrolment', () => {
    const ids = data.people.map((person) => person.id);
    expect(ids.slice(0, 4)).toEqual([DEMO_MANAGER_ID, DEMO_REVIEWER_ID, DEMO_ADMIN_ID, DEMO_AMBASSADOR_ID]);
    expect(data.roleAssignments[DEMO_MANAGER_ID]).toEqual(['Programme.Manager']);
    expect(data.roleAssignments[DEMO_REVIEWER_ID]).toEqual(['Programme.Reviewer']);
    expect(data.roleAssignments[DEMO_ADMIN_ID]).toEqual(['Programme.Admin']);
    expect(data.roleAssignments[DEMO_AMBASSADOR_ID] ?? []).toEqual([]);
    expect(data.roleAssignments[DEMO_EMPLOYEE_ID] ?? []).toEqual([]);

    const statusOf = (id: string) => data.people.find((person) => person.id === id)?.enrolment.status;
    expect(statusOf(DEMO_MANAGER_ID)).toBe('not-enrolled');
    expect(statusOf(DEMO_AMBASSADOR_ID)).toBe('ambassador');
    expect(statusOf(DEMO_EMPLOYEE_ID)).toBe('not-enrolled');
  });

  it('enrols ambassadors under the published charter, mostly in the pilot group', () => {
    const ambassadors = data.people.filter((person) => person.enrolment.status === 'ambassador');
    const charter = present(data.charters[0]);
    for (const ambassador of ambassadors) {
      expect(ambassador.enrolment.charterVersion).toBe(charter.version);
      expect(time(ambassador.enrolment.since)).toBeGreaterThan(time(charter.publishedAt));
      expect(ambassador.enrolment.networks.length).toBeGreaterThan(0);
      expect(ambassador.enrolment.languages.length).toBeGreaterThan(0);
    }
    const inPilot = ambassadors.filter((person) => person.groupIds.includes('group-pilot'));
    expect(inPilot.length).toBeGreaterThan(ambassadors.length / 2);
    for (const person of data.people.filter((p) => p.enrolment.status === 'not-enrolled')) {
      expect(person.enrolment.networks).toEqual([]);
      expect(person.enrolment.languages).toEqual([]);
    }
  });
});
