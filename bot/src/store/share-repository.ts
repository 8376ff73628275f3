import type { ShareDoc } from '../domain/documents';
import { TenantRepository } from './tenant-repository';

export class ShareRepository extends TenantRepository<ShareDoc> {
  ofPerson(tenantId: string, personId: string): Promise<ShareDoc[]> {
    return this.queryAll(
      tenantId,
      'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.personId = @personId',
      [
        { name: '@tenantId', value: tenantId },
        { name: '@personId', value: personId },
      ],
    );
  }

  ofPersonAndItem(tenantId: string, personId: string, itemId: string): Promise<ShareDoc[]> {
    return this.queryAll(
      tenantId,
      'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.personId = @personId AND c.itemId = @itemId',
      [
        { name: '@tenantId', value: tenantId },
        { name: '@personId', value: personId },
        { name: '@itemId', value: itemId },
      ],
    );
  }

  /** Every share of an item, by anyone: their links follow the item when it is withdrawn. */
  ofItem(tenantId: string, itemId: string): Promise<ShareDoc[]> {
    return this.queryAll(tenantId, 'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.itemId = @itemId', [
      { name: '@tenantId', value: tenantId },
      { name: '@itemId', value: itemId },
    ]);
  }

  /** A campaign's shares, one by one (its progress and Insights read pre-aggregated counters instead). */
  ofCampaign(tenantId: string, campaignId: string): Promise<ShareDoc[]> {
    return this.queryAll(
      tenantId,
      'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.campaignId = @campaignId',
      [
        { name: '@tenantId', value: tenantId },
        { name: '@campaignId', value: campaignId },
      ],
    );
  }

  /** Atomic on the server, so simultaneous clicks never lose a count. Returns the share as counted. */
  async countClick(tenantId: string, shareId: string, day: string): Promise<ShareDoc | undefined> {
    const { resource } = await this.container.item(shareId, tenantId).patch<ShareDoc>([
      { op: 'incr', path: '/clicks', value: 1 },
      { op: 'incr', path: `/clicksByDay/${day}`, value: 1 },
    ]);
    return resource;
  }
}
