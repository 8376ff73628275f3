import type { NudgeDoc } from '../domain/documents';
import { withoutSystemProperties } from './system-properties';
import { isStatus, TenantRepository } from './tenant-repository';
import type { Page } from './tenant-repository';

export type RuleNudgeSummary = Pick<NudgeDoc, 'id' | 'kind' | 'createdAt' | 'recipientIds'>;

/** Nudges, a manager's and the rules'; their deliveries are outbox documents whose `messageId` is the nudge id. */
export class NudgeRepository extends TenantRepository<NudgeDoc> {
  /** Newest first, optionally only a manager's or only the rules'. */
  page(
    tenantId: string,
    origin: NudgeDoc['origin'] | undefined,
    limit: number,
    continuationToken?: string,
  ): Promise<Page<NudgeDoc>> {
    return this.queryPage(
      tenantId,
      `SELECT * FROM c WHERE c.tenantId = @tenantId${origin ? ' AND c.origin = @origin' : ''}
        ORDER BY c.createdAt DESC`,
      [{ name: '@tenantId', value: tenantId }, ...(origin ? [{ name: '@origin', value: origin }] : [])],
      limit,
      continuationToken,
    );
  }

  /** False when a nudge of this id exists already: a rule's reason is written once. */
  async create(nudge: NudgeDoc): Promise<boolean> {
    try {
      await this.container.items.create(nudge);
      return true;
    } catch (error) {
      if (isStatus(error, 409)) return false;
      throw error;
    }
  }

  /**
   * Across every tenant (the nudge job serves them all): a manager's nudges whose time has come, and any left
   * half-sent by an instance that stopped.
   */
  async dueAuthored(now: Date): Promise<NudgeDoc[]> {
    const { resources } = await this.container.items
      .query<NudgeDoc>({
        query: `SELECT * FROM c WHERE c.origin = 'authored'
          AND ((c.status = 'scheduled' AND c.sendAt <= @now) OR c.status = 'sending')`,
        parameters: [{ name: '@now', value: now.toISOString() }],
      })
      .fetchAll();
    return resources.map(withoutSystemProperties);
  }

  /** Rule nudges written since then, with whom each chose: the rules never choose anyone twice for a reason. */
  ruleNudgesSince(tenantId: string, since: Date): Promise<RuleNudgeSummary[]> {
    return this.queryAll(
      tenantId,
      `SELECT c.id, c.tenantId, c.kind, c.createdAt, c.recipientIds FROM c
        WHERE c.tenantId = @tenantId AND c.origin = 'rule' AND c.createdAt >= @since`,
      [
        { name: '@tenantId', value: tenantId },
        { name: '@since', value: since.toISOString() },
      ],
    );
  }

  /** A manager's nudges that went out since then: digests list them. */
  authoredSentSince(tenantId: string, since: Date): Promise<NudgeDoc[]> {
    return this.queryAll(
      tenantId,
      `SELECT * FROM c WHERE c.tenantId = @tenantId AND c.origin = 'authored' AND c.status = 'sent'
        AND c.sentAt >= @since`,
      [
        { name: '@tenantId', value: tenantId },
        { name: '@since', value: since.toISOString() },
      ],
    );
  }

  /** Adds people a rule chose to its nudge, writing the nudge the first time. */
  async addRecipients(nudge: NudgeDoc, personIds: readonly string[]): Promise<NudgeDoc> {
    if (await this.create({ ...nudge, recipientIds: [...personIds] })) return nudge;
    const updated = await this.update(nudge.tenantId, nudge.id, (current) => ({
      ...current,
      recipientIds: [...new Set([...(current.recipientIds ?? []), ...personIds])],
    }));
    if (!updated) throw new Error(`nudge ${nudge.id} vanished while adding recipients`);
    return updated;
  }
}
