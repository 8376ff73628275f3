import type { LibraryQuery } from '@contract/library';
import { foldText } from '@contract/text';
import { indexContent } from '../domain/content-index';
import type { ContentItemDoc } from '../domain/documents';
import { SqlFilter } from './sql-filter';
import { TenantRepository } from './tenant-repository';
import type { Page } from './tenant-repository';

export class ContentRepository extends TenantRepository<ContentItemDoc> {
  /** Every write refreshes the fields the library filters on. */
  override upsert(item: ContentItemDoc): Promise<ContentItemDoc> {
    return super.upsert(indexContent(item));
  }

  /**
   * Published, unexpired items of the given campaigns, newest first, one page at a time. Filters are plain
   * indexed predicates (no GROUP BY, no OFFSET), so a page costs the same with thousands of items.
   */
  library(
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
      .whereGiven('CONTAINS(c.searchText, @q)', '@q', filters.q ? foldText(filters.q) : undefined);

    return this.queryPage(
      tenantId,
      filter.select('c.publishedAt DESC'),
      filter.parameters,
      page.limit,
      page.continuationToken,
    );
  }
}
