import type { LibraryQuery } from '@contract/library';
import { foldText } from '@contract/text';
import { indexContent } from '../domain/content-index';
import type { ContentItemDoc, ContentStatus } from '../domain/documents';
import { SqlFilter } from './sql-filter';
import { withoutSystemProperties } from './system-properties';
import { TenantRepository } from './tenant-repository';
import type { Page } from './tenant-repository';

export interface StudioFilters {
  status?: ContentStatus;
  campaignId?: string;
  /** The review queue serves the longest-waiting first; lists show the newest first. */
  oldestFirst?: boolean;
}

export class ContentRepository extends TenantRepository<ContentItemDoc> {
  /** Every write refreshes the fields the library filters on. */
  override upsert(item: ContentItemDoc): Promise<ContentItemDoc> {
    return super.upsert(indexContent(item));
  }

  /**
   * Published, unexpired items of the given campaigns, newest first, one page at a time. Filters are plain
   * indexed predicates (no GROUP BY, no OFFSET), so a page costs the same with thousands of items. Every
   * ambassador opens it, so a page is answered from the last few seconds' reads (an item past its expiry in
   * that time shows that much longer); any content write here makes the next read go to the store.
   */
  library(
    tenantId: string,
    campaignIds: string[],
    filters: Omit<LibraryQuery, 'limit' | 'continuationToken'>,
    page: { limit: number; continuationToken?: string },
    now: Date,
  ): Promise<Page<ContentItemDoc>> {
    const key = JSON.stringify(['library', campaignIds, filters, page]);
    return this.recently(tenantId, key, () => this.queryLibrary(tenantId, campaignIds, filters, page, now));
  }

  private queryLibrary(
    tenantId: string,
    campaignIds: string[],
    filters: Omit<LibraryQuery, 'limit' | 'continuationToken'>,
    page: { limit: number; continuationToken?: string },
    now: Date,
  ): Promise<Page<ContentItemDoc>> {
    const filter = new SqlFilter(tenantId)
      .where("c.status = 'published'")
      .where('(NOT IS_DEFINED(c.expiresAt) OR c.expiresAt > @now)', '@now', now.toISOString())
      .where('ARRAY_CONTAINS(@campaignIds, c.campaignId)', '@campaignIds', campaignIds)
      .whereGiven('c.campaignId = @campaignId', '@campaignId', filters.campaignId)
      .whereGiven('c.brandId = @brandId', '@brandId', filters.brandId)
      .whereGiven('ARRAY_CONTAINS(c.networks, @network)', '@network', filters.network)
      .whereGiven('ARRAY_CONTAINS(c.languages, @language)', '@language', filters.language)
      .whereGiven('CONTAINS(c.searchText, @q)', '@q', filters.q ? foldText(filters.q) : undefined)
      .whereIf(filters.sharedBy === 'leaders', 'IS_DEFINED(c.sharedByLeaders)');

    return this.queryPage(
      tenantId,
      filter.select('c.publishedAt DESC'),
      filter.parameters,
      page.limit,
      page.continuationToken,
    );
  }

  /** Every item of the tenant whatever its status, for the studio, one page at a time. */
  studioPage(
    tenantId: string,
    filters: StudioFilters,
    page: { limit: number; continuationToken?: string },
  ): Promise<Page<ContentItemDoc>> {
    const conditions = ['c.tenantId = @tenantId'];
    const parameters = [{ name: '@tenantId', value: tenantId }];
    if (filters.status) {
      conditions.push('c.status = @status');
      parameters.push({ name: '@status', value: filters.status });
    }
    if (filters.campaignId) {
      conditions.push('c.campaignId = @campaignId');
      parameters.push({ name: '@campaignId', value: filters.campaignId });
    }
    return this.queryPage(
      tenantId,
      `SELECT * FROM c WHERE ${conditions.join(' AND ')} ORDER BY c.createdAt ${filters.oldestFirst ? 'ASC' : 'DESC'}`,
      parameters,
      page.limit,
      page.continuationToken,
    );
  }

  ofCampaign(tenantId: string, campaignId: string): Promise<ContentItemDoc[]> {
    return this.queryAll(
      tenantId,
      'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.campaignId = @campaignId ORDER BY c.createdAt DESC',
      [
        { name: '@tenantId', value: tenantId },
        { name: '@campaignId', value: campaignId },
      ],
    );
  }

  /** An ambassador's proposals (user-generated content), newest first. */
  proposalsOf(tenantId: string, personId: string): Promise<ContentItemDoc[]> {
    return this.queryAll(
      tenantId,
      'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.authorId = @personId AND IS_DEFINED(c.proposedBy) ORDER BY c.createdAt DESC',
      [
        { name: '@tenantId', value: tenantId },
        { name: '@personId', value: personId },
      ],
    );
  }

  /**
   * Across every tenant (the publication job serves them all): approved items whose publication time has
   * come, and published items past their expiry.
   */
  async dueForPublicationOrExpiry(now: Date): Promise<ContentItemDoc[]> {
    const { resources } = await this.container.items
      .query<ContentItemDoc>({
        query: `SELECT * FROM c WHERE (c.status = 'approved' AND c.publishAt <= @now)
          OR (c.status = 'published' AND IS_DEFINED(c.expiresAt) AND c.expiresAt <= @now)`,
        parameters: [{ name: '@now', value: now.toISOString() }],
      })
      .fetchAll();
    return resources.map(withoutSystemProperties);
  }
}
