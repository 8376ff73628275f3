import type { ActivityEventDoc } from '../domain/documents';
import { TenantRepository } from './tenant-repository';

/** The append-only activity log; the projection job turns it into counters and points. */
export class ActivityRepository extends TenantRepository<ActivityEventDoc> {
  async record(event: ActivityEventDoc): Promise<void> {
    await this.container.items.create(event);
  }
}
