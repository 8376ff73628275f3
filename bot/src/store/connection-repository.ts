import type { ConnectionStateDoc, LinkedInConnectionDoc } from '../domain/documents';
import { TenantRepository, isStatus } from './tenant-repository';

type ConnectionsDoc = LinkedInConnectionDoc | ConnectionStateDoc;

const linkedInId = (personId: string) => `linkedin:${personId}`;
const stateId = (state: string) => `state:${state}`;

/** People's LinkedIn connections, and the states of connections under way. */
export class ConnectionRepository extends TenantRepository<ConnectionsDoc> {
  async linkedInOf(tenantId: string, personId: string): Promise<LinkedInConnectionDoc | undefined> {
    const document = await this.get(tenantId, linkedInId(personId));
    return document?.type === 'linkedin' ? document : undefined;
  }

  /** Connecting again replaces the previous connection, and with it any reminder already sent. */
  async saveLinkedIn(connection: Omit<LinkedInConnectionDoc, 'id' | 'type'>): Promise<void> {
    await this.upsert({ ...connection, id: linkedInId(connection.personId), type: 'linkedin' });
  }

  /** Records a change to a person's connection (refused, reminded); nothing when there is none. */
  async updateLinkedIn(
    tenantId: string,
    personId: string,
    change: (current: LinkedInConnectionDoc) => LinkedInConnectionDoc,
  ): Promise<void> {
    await this.update(tenantId, linkedInId(personId), (current) =>
      current.type === 'linkedin' ? change(current) : current,
    );
  }

  deleteLinkedIn(tenantId: string, personId: string): Promise<void> {
    return this.delete(tenantId, linkedInId(personId));
  }

  /** The tenant's connections lapsing by `before`, for the reminder a week ahead. */
  linkedInLapsingBy(tenantId: string, before: Date): Promise<LinkedInConnectionDoc[]> {
    return this.queryAll(
      tenantId,
      "SELECT * FROM c WHERE c.tenantId = @tenantId AND c.type = 'linkedin' AND c.expiresAt <= @before",
      [
        { name: '@tenantId', value: tenantId },
        { name: '@before', value: before.toISOString() },
      ],
    ) as Promise<LinkedInConnectionDoc[]>;
  }

  async createState(state: string, document: Omit<ConnectionStateDoc, 'id' | 'type'>): Promise<void> {
    await this.upsert({ ...document, id: stateId(state), type: 'state' });
  }

  /**
   * The state's document, consumed: of two callbacks with the same state, only the one whose delete succeeds gets
   * it. Undefined when unknown, used or past its time.
   */
  async takeState(tenantId: string, state: string, now: Date): Promise<ConnectionStateDoc | undefined> {
    const document = await this.get(tenantId, stateId(state));
    if (document?.type !== 'state') return undefined;
    try {
      await this.container.item(document.id, tenantId).delete();
    } catch (error) {
      if (isStatus(error, 404)) return undefined;
      throw error;
    }
    return Date.parse(document.expiresAt) > now.getTime() ? document : undefined;
  }
}
