import type { LibraryQuery } from '@contract/library';
import { foldText } from '@contract/text';
import { indexContent } from '../domain/content-index';
import type { ContentItemDoc } from '../domain/documents';
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
    const conditions = [
      'c.tenantId = @tenantId',
      "c.status = 'published'",
      '(NOT IS_DEFINED(c.expiresAt) OR c.expiresAt > @now)',
      'ARRAY_CONTAINS(@campaignIds, c.campaignId)',
    ];
    const parameters = [
      { name: '@tenantId', value: tenantId },
      { name: '@now', value: now.toISOString() },
      { name: '@campaignIds', value: campaignIds },
    ];
    const add = (condition: string, name: string, value: string | undefined) => {
      if (value === undefined || value === '') return;
      conditions.push(condition);
      parameters.push({ name, value });
    };
    add('c.campaignId = @campaignId', '@campaignId', filters.campaignId);
    add('c.brandId = @brandId', '@brandId', filters.brandId);
    add('ARRAY_CONTAINS(c.networks, @network)', '@network', filters.network);
    add('ARRAY_CONTAINS(c.languages, @language)', '@language', filters.language);
    add('CONTAINS(c.searchText, @q)', '@q', filters.q ? foldText(filters.q) : undefined);

    return this.queryPage(
      tenantId,
      `SELECT * FROM c WHERE ${conditions.join(' AND ')} ORDER BY c.publishedAt DESC`,
      parameters,
      page.limit,
      page.continuationToken,
    );
  }
}
