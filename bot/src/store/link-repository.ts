import type { Container } from '@azure/cosmos';
import type { LinkVisitDoc, TrackedLinkDoc } from '../domain/documents';
import { REPEAT_WINDOW_SECONDS } from '../domain/tracked-links';
import { withoutSystemProperties } from './system-properties';
import { isStatus } from './tenant-repository';

/**
 * Tracked links and their recent visitors, partitioned by link code: the redirect is one point read, and
 * deciding whether a click counts is one conditional write in the same partition.
 */
export class LinkRepository {
  constructor(private readonly container: Container) {}

  async get(code: string): Promise<TrackedLinkDoc | undefined> {
    try {
      const { resource } = await this.container.item(code, code).read<TrackedLinkDoc>();
      return resource && resource.type === 'link' ? withoutSystemProperties(resource) : undefined;
    } catch (error) {
      if (isStatus(error, 404)) return undefined;
      throw error;
    }
  }

  async create(link: TrackedLinkDoc): Promise<void> {
    await this.container.items.create(link);
  }

  async delete(code: string): Promise<void> {
    try {
      await this.container.item(code, code).delete();
    } catch (error) {
      if (!isStatus(error, 404)) throw error;
    }
  }

  /** Re-attributes a link to a pseudonym's share: the link keeps working for people who follow old posts. */
  async reattribute(code: string, personId: string, shareId: string): Promise<void> {
    await this.container.item(code, code).patch([
      { op: 'set', path: '/personId', value: personId },
      { op: 'set', path: '/shareId', value: shareId },
    ]);
  }

  /**
   * True when this visit counts: the visitor was not seen on this link within the repeat window. Racing
   * requests from one visitor settle on the document's ETag, so exactly one of them counts.
   */
  async firstVisitInWindow(code: string, tenantId: string, visitor: string, at: Date): Promise<boolean> {
    const visit: LinkVisitDoc = {
      id: `${code}.${visitor}`,
      type: 'visit',
      tenantId,
      code,
      countedAt: at.toISOString(),
      ttl: REPEAT_WINDOW_SECONDS,
    };
    try {
      await this.container.items.create(visit);
      return true;
    } catch (error) {
      if (!isStatus(error, 409)) throw error;
    }
    const { resource, etag } = await this.container.item(visit.id, code).read<LinkVisitDoc>();
    const windowStart = new Date(at.getTime() - REPEAT_WINDOW_SECONDS * 1000).toISOString();
    // Cosmos removes expired visits itself; this also holds where expiry has not run yet.
    if (!resource || resource.countedAt > windowStart) return false;
    try {
      await this.container
        .item(visit.id, code)
        .replace(visit, { accessCondition: { type: 'IfMatch', condition: etag } });
      return true;
    } catch (error) {
      if (isStatus(error, 412)) return false;
      throw error;
    }
  }
}
