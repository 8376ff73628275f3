import type { VoteDoc } from '../domain/documents';
import { isStatus, TenantRepository } from './tenant-repository';
import type { Page } from './tenant-repository';

export type VoteOutcome = 'cast' | 'changed';

/** One document per (poll, voter): votes never contend for a shared counter, so concurrent votes stay exact. */
export class VoteRepository extends TenantRepository<VoteDoc> {
  /** Writes the person's vote: created the first time, replaced when they change their mind. */
  async cast(vote: VoteDoc): Promise<VoteOutcome> {
    try {
      await this.container.items.create(vote);
      return 'cast';
    } catch (error) {
      if (!isStatus(error, 409)) throw error;
    }
    await this.container.item(vote.id, vote.tenantId).replace(vote);
    return 'changed';
  }

  /** Every vote's choice, for the tally: small projections, read whole. */
  async choices(tenantId: string, pollId: string): Promise<Pick<VoteDoc, 'optionIds'>[]> {
    const { resources } = await this.container.items
      .query<Pick<VoteDoc, 'optionIds'>>(
        {
          query: 'SELECT c.optionIds FROM c WHERE c.tenantId = @tenantId AND c.pollId = @pollId',
          parameters: [
            { name: '@tenantId', value: tenantId },
            { name: '@pollId', value: pollId },
          ],
        },
        { partitionKey: tenantId },
      )
      .fetchAll();
    return resources;
  }

  /** A poll's votes a page at a time, oldest first: the CSV export of a named poll. */
  ofPoll(
    tenantId: string,
    pollId: string,
    limit: number,
    continuationToken?: string,
  ): Promise<Page<VoteDoc>> {
    return this.queryPage(
      tenantId,
      'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.pollId = @pollId ORDER BY c.votedAt',
      [
        { name: '@tenantId', value: tenantId },
        { name: '@pollId', value: pollId },
      ],
      limit,
      continuationToken,
    );
  }

  /**
   * For erasure: each named vote of the person is moved to a pseudonymous key (delete, then create), so tallies
   * stay whole and no vote leads back to them.
   */
  async pseudonymise(tenantId: string, personId: string, pseudonym: string): Promise<void> {
    const votes = await this.queryAll(
      tenantId,
      'SELECT * FROM c WHERE c.tenantId = @tenantId AND c.personId = @personId',
      [
        { name: '@tenantId', value: tenantId },
        { name: '@personId', value: personId },
      ],
    );
    for (const vote of votes) {
      const pseudonymous: VoteDoc = { ...vote, id: `${vote.pollId}:${pseudonym}`, voterKey: pseudonym };
      delete pseudonymous.personId;
      await this.upsert(pseudonymous);
      await this.delete(tenantId, vote.id);
    }
  }
}
