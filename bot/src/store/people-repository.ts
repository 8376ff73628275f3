import type { Locale } from '@contract/locale';
import type { AppRole } from '@contract/roles';
import { foldText } from '@contract/text';
import type { PersonDoc } from '../domain/documents';
import type { RosterPerson } from '../domain/insights/roster';
import type { KnownPerson } from '../domain/member-csv';
import { TenantRepository } from './tenant-repository';
import type { Page } from './tenant-repository';

export class PeopleRepository extends TenantRepository<PersonDoc> {
  page(tenantId: string, limit: number, continuationToken?: string): Promise<Page<PersonDoc>> {
    return this.queryPage(
      tenantId,
      'SELECT * FROM c WHERE c.tenantId = @tenantId ORDER BY c.displayName',
      [{ name: '@tenantId', value: tenantId }],
      limit,
      continuationToken,
    );
  }

  /**
   * People whose name contains the text (letter case aside), or whose email does (accents aside too:
   * addresses are written without them, so "elodie" finds "Élodie Rousseau").
   */
  search(
    tenantId: string,
    text: string,
    limit: number,
    continuationToken?: string,
  ): Promise<Page<PersonDoc>> {
    return this.queryPage(
      tenantId,
      `SELECT * FROM c WHERE c.tenantId = @tenantId
         AND (CONTAINS(LOWER(c.displayName), @name) OR CONTAINS(LOWER(c.email), @folded))
       ORDER BY c.displayName`,
      [
        { name: '@tenantId', value: tenantId },
        { name: '@name', value: text.toLowerCase() },
        { name: '@folded', value: foldText(text) },
      ],
      limit,
      continuationToken,
    );
  }

  inGroup(
    tenantId: string,
    groupId: string,
    limit: number,
    continuationToken?: string,
  ): Promise<Page<PersonDoc>> {
    return this.queryPage(
      tenantId,
      'SELECT * FROM c WHERE c.tenantId = @tenantId AND ARRAY_CONTAINS(c.groupIds, @groupId) ORDER BY c.displayName',
      [
        { name: '@tenantId', value: tenantId },
        { name: '@groupId', value: groupId },
      ],
      limit,
      continuationToken,
    );
  }

  async memberIds(tenantId: string, groupId: string): Promise<string[]> {
    const { resources } = await this.container.items
      .query<{ id: string }>(
        {
          query: 'SELECT c.id FROM c WHERE c.tenantId = @tenantId AND ARRAY_CONTAINS(c.groupIds, @groupId)',
          parameters: [
            { name: '@tenantId', value: tenantId },
            { name: '@groupId', value: groupId },
          ],
        },
        { partitionKey: tenantId },
      )
      .fetchAll();
    return resources.map((resource) => resource.id);
  }

  /** The people among these ids or (lower-case) emails, in one query: what an import checks its rows against. */
  async findKnown(tenantId: string, ids: string[], emails: string[]): Promise<KnownPerson[]> {
    if (ids.length === 0 && emails.length === 0) return [];
    const { resources } = await this.container.items
      .query<KnownPerson>(
        {
          query: `SELECT c.id, c.email FROM c WHERE c.tenantId = @tenantId
                    AND (ARRAY_CONTAINS(@ids, c.id) OR ARRAY_CONTAINS(@emails, LOWER(c.email)))`,
          parameters: [
            { name: '@tenantId', value: tenantId },
            { name: '@ids', value: ids },
            { name: '@emails', value: emails },
          ],
        },
        { partitionKey: tenantId },
      )
      .fetchAll();
    return resources;
  }

  /** Everyone who is an ambassador today, e.g. to know whom a campaign's audience includes. */
  ambassadors(tenantId: string): Promise<PersonDoc[]> {
    return this.queryAll(
      tenantId,
      "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.enrolment.status = 'ambassador'",
      [{ name: '@tenantId', value: tenantId }],
    );
  }

  /** The programme's leaders: few, marked by an administrator. */
  leaders(tenantId: string): Promise<PersonDoc[]> {
    return this.queryAll(
      tenantId,
      'SELECT * FROM c WHERE c.tenantId = @tenantId AND IS_DEFINED(c.leader) ORDER BY c.displayName',
      [{ name: '@tenantId', value: tenantId }],
    );
  }

  /** Whoever last signed in with this app role, with the language they read: e.g. whom to tell of content to review. */
  async lastSeenWithRole(tenantId: string, role: AppRole): Promise<{ id: string; locale: Locale }[]> {
    const { resources } = await this.container.items
      .query<{ id: string; locale: Locale }>(
        {
          query:
            'SELECT c.id, c.locale FROM c WHERE c.tenantId = @tenantId AND ARRAY_CONTAINS(c.lastSeenRoles, @role)',
          parameters: [
            { name: '@tenantId', value: tenantId },
            { name: '@role', value: role },
          ],
        },
        { partitionKey: tenantId },
      )
      .fetchAll();
    return resources;
  }

  /**
   * Everyone who is or was an ambassador, with only what Insights counts them by: the people whose activity the
   * counters hold. The directory's other employees are only counted (`employees`), so the dashboard's cost follows
   * the programme, not the workforce.
   */
  async roster(tenantId: string): Promise<RosterPerson[]> {
    const { resources } = await this.container.items
      .query<RosterPerson>(
        {
          query:
            "SELECT c.id, c.groupIds, c.brandId, c.locale, c.enrolment.status, c.enrolment.languages FROM c WHERE c.tenantId = @tenantId AND c.enrolment.status IN ('ambassador', 'left')",
          parameters: [{ name: '@tenantId', value: tenantId }],
        },
        { partitionKey: tenantId, maxItemCount: 10_000 },
      )
      .fetchAll();
    return resources;
  }

  /** The employees the directory knows in the tenant (those eligible to become ambassadors), counted in the index. */
  employees(tenantId: string): Promise<number> {
    return this.count(tenantId, 'SELECT VALUE COUNT(1) FROM c WHERE c.tenantId = @tenantId', [
      { name: '@tenantId', value: tenantId },
    ]);
  }

  countInGroup(tenantId: string, groupId: string): Promise<number> {
    return this.count(
      tenantId,
      'SELECT VALUE COUNT(1) FROM c WHERE c.tenantId = @tenantId AND ARRAY_CONTAINS(c.groupIds, @groupId)',
      [
        { name: '@tenantId', value: tenantId },
        { name: '@groupId', value: groupId },
      ],
    );
  }

  /** Ambassadors in a group today: what its points are divided by on leaderboards. */
  countAmbassadorsInGroup(tenantId: string, groupId: string): Promise<number> {
    return this.count(
      tenantId,
      `SELECT VALUE COUNT(1) FROM c WHERE c.tenantId = @tenantId AND ARRAY_CONTAINS(c.groupIds, @groupId)
         AND c.enrolment.status = 'ambassador'`,
      [
        { name: '@tenantId', value: tenantId },
        { name: '@groupId', value: groupId },
      ],
    );
  }

  /** Profiles of people who left the programme before `before`, except those `keep` spares (a legal hold). */
  purgeLeaversBefore(
    tenantId: string,
    before: string,
    keep: (person: PersonDoc) => boolean,
  ): Promise<number> {
    return this.deleteSelected(
      tenantId,
      "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.enrolment.status = 'left' AND c.enrolment.since < @before",
      [
        { name: '@tenantId', value: tenantId },
        { name: '@before', value: before },
      ],
      keep,
    );
  }
}
