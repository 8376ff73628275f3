import type { Container } from '@azure/cosmos';
import type { LeaseDoc } from '../domain/documents';
import { isStatus } from './tenant-repository';

/**
 * Leases for background jobs: a conditional write (create, or replace on the ETag read) decides who holds a
 * job, so exactly one instance runs it at a time, and another takes over once a dead holder's lease expires.
 */
export class LeaseRepository {
  constructor(private readonly container: Container) {}

  async tryAcquire(job: string, owner: string, durationMs: number, now = new Date()): Promise<boolean> {
    const lease: LeaseDoc = { id: job, owner, expiresAt: new Date(now.getTime() + durationMs).toISOString() };
    try {
      const { resource, etag } = await this.container.item(job, job).read<LeaseDoc>();
      if (!resource) {
        await this.container.items.create(lease);
        return true;
      }
      if (resource.owner !== owner && Date.parse(resource.expiresAt) > now.getTime()) return false;
      await this.container
        .item(job, job)
        .replace(lease, { accessCondition: { type: 'IfMatch', condition: etag } });
      return true;
    } catch (error) {
      // 409: another instance created it first; 412: another instance renewed or took it first.
      if (isStatus(error, 409) || isStatus(error, 412)) return false;
      throw error;
    }
  }

  async release(job: string, owner: string): Promise<void> {
    const { resource, etag } = await this.container.item(job, job).read<LeaseDoc>();
    if (resource?.owner !== owner) return;
    try {
      await this.container.item(job, job).delete({ accessCondition: { type: 'IfMatch', condition: etag } });
    } catch (error) {
      if (!isStatus(error, 412) && !isStatus(error, 404)) throw error;
    }
  }
}
