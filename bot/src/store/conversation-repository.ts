import type { ConversationDoc } from '../domain/documents';
import { TenantRepository } from './tenant-repository';

/** Conversation references, one per person who installed the bot; `id` is the person's Entra object id. */
export class ConversationRepository extends TenantRepository<ConversationDoc> {
  /** The reachable conversations of these people; people who never installed the bot or blocked it are absent. */
  async reachable(tenantId: string, personIds: readonly string[]): Promise<Map<string, ConversationDoc>> {
    const wanted = new Set(personIds);
    const all = await this.queryAll(
      tenantId,
      'SELECT * FROM c WHERE c.tenantId = @tenantId AND NOT IS_DEFINED(c.unreachableSince)',
      [{ name: '@tenantId', value: tenantId }],
    );
    return new Map(all.filter((doc) => wanted.has(doc.id)).map((doc) => [doc.id, doc]));
  }

  /** Teams said the person blocked the bot: nothing is enqueued for them again (see `reachable`). */
  async markUnreachable(tenantId: string, personId: string, since: Date): Promise<void> {
    await this.update(tenantId, personId, (conversation) => ({
      ...conversation,
      unreachableSince: conversation.unreachableSince ?? since.toISOString(),
    }));
  }
}
