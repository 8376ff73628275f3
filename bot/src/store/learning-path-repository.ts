import type { LearningPathDoc } from '../domain/learning/learning-documents';
import type { Page } from './tenant-repository';
import { TenantRepository } from './tenant-repository';

/** Training paths; a tenant holds a few dozen at most, so people's reads take them all. */
export class LearningPathRepository extends TenantRepository<LearningPathDoc> {
  /** What people may follow, as read in the last few seconds: every page view of theirs reads it. */
  published(tenantId: string): Promise<readonly LearningPathDoc[]> {
    return this.recently(tenantId, 'published', () =>
      this.queryAll(tenantId, "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.status = 'published'", [
        { name: '@tenantId', value: tenantId },
      ]),
    );
  }

  /** The path holding a module: module ids are unique in a tenant. */
  async withModule(tenantId: string, moduleId: string): Promise<LearningPathDoc | undefined> {
    const found = await this.queryAll(
      tenantId,
      'SELECT * FROM c WHERE c.tenantId = @tenantId AND ARRAY_CONTAINS(c.modules, { id: @moduleId }, true)',
      [
        { name: '@tenantId', value: tenantId },
        { name: '@moduleId', value: moduleId },
      ],
    );
    return found[0];
  }

  /** The studio's list: latest first, paged. */
  page(tenantId: string, limit: number, continuationToken?: string): Promise<Page<LearningPathDoc>> {
    return this.queryPage(
      tenantId,
      'SELECT * FROM c WHERE c.tenantId = @tenantId ORDER BY c.createdAt DESC',
      [{ name: '@tenantId', value: tenantId }],
      limit,
      continuationToken,
    );
  }
}
