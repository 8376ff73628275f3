import type { DeliveryStatus, OutboxDoc } from '../domain/documents';
import { deliveryStatuses } from '../domain/documents';
import { isStatus, TenantRepository } from './tenant-repository';

export type DeliveryProgress = Record<DeliveryStatus, number>;

/** The outbox of proactive messages: one document per (message, recipient). */
export class OutboxRepository extends TenantRepository<OutboxDoc> {
  /** Creates each delivery unless it exists: enqueuing a message twice never sends it twice. */
  async enqueue(deliveries: readonly OutboxDoc[]): Promise<number> {
    let created = 0;
    for (const delivery of deliveries) {
      try {
        await this.container.items.create(delivery);
        created++;
      } catch (error) {
        if (!isStatus(error, 409)) throw error;
      }
    }
    return created;
  }

  /** How many deliveries of a message are in each status. */
  async progress(tenantId: string, messageId: string): Promise<DeliveryProgress> {
    const rows = await this.container.items
      .query<{ status: DeliveryStatus }>(
        {
          query: 'SELECT c.status FROM c WHERE c.tenantId = @tenantId AND c.messageId = @messageId',
          parameters: [
            { name: '@tenantId', value: tenantId },
            { name: '@messageId', value: messageId },
          ],
        },
        { partitionKey: tenantId },
      )
      .fetchAll();
    const progress = Object.fromEntries(deliveryStatuses.map((status) => [status, 0])) as DeliveryProgress;
    for (const row of rows.resources) progress[row.status]++;
    return progress;
  }
}
