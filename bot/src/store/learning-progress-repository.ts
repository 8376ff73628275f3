import type { LearningPathDoc, LearningProgressDoc } from '../domain/learning/learning-documents';
import { progressId, startProgress } from '../domain/learning/learning-progress';
import { TenantRepository } from './tenant-repository';

/** Each person's progress through each path they started or were given. */
export class LearningProgressRepository extends TenantRepository<LearningProgressDoc> {
  ofPerson(tenantId: string, personId: string): Promise<LearningProgressDoc[]> {
    return this.queryAll(
      tenantId,
      'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.personId = @personId',
      [
        { name: '@tenantId', value: tenantId },
        { name: '@personId', value: personId },
      ],
    );
  }

  ofPath(tenantId: string, pathId: string): Promise<LearningProgressDoc[]> {
    return this.queryAll(tenantId, 'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.pathId = @pathId', [
      { name: '@tenantId', value: tenantId },
      { name: '@pathId', value: pathId },
    ]);
  }

  /** Progress not finished on any of these paths, and whose learner was not told of a stall. */
  unfinishedOf(tenantId: string, pathIds: readonly string[]): Promise<LearningProgressDoc[]> {
    if (pathIds.length === 0) return Promise.resolve([]);
    return this.queryAll(
      tenantId,
      `SELECT * FROM c WHERE c.tenantId = @tenantId AND ARRAY_CONTAINS(@pathIds, c.pathId)
        AND NOT IS_DEFINED(c.completedAt) AND NOT IS_DEFINED(c.stallNudgedAt)`,
      [
        { name: '@tenantId', value: tenantId },
        { name: '@pathIds', value: [...pathIds] },
      ],
    );
  }

  /** Starts the person on the path unless they started already; answers their progress either way. */
  async start(
    path: Pick<LearningPathDoc, 'id' | 'tenantId'>,
    personId: string,
    at: string,
  ): Promise<LearningProgressDoc> {
    const fresh = startProgress(path, personId, at);
    return (
      (await this.createOnce(fresh)) ??
      (await this.get(path.tenantId, progressId(path.id, personId))) ??
      fresh
    );
  }
}
