import type { Container } from '@azure/cosmos';
import type { LinkVisitDoc, TrackedLinkDoc } from '../domain/documents';
import { REPEAT_WINDOW_SECONDS } from '../domain/tracked-links';
import { RecentReads } from './recent-reads';
import { withoutSystemProperties } from './system-properties';
import { isStatus } from './tenant-repository';

const MAX_VISIT_ATTEMPTS = 5;
/** Links as read in the last few seconds: a link people click is read once per few seconds, not once a click. */
const KEPT_LINK_MAX_AGE_MS = 5_000;
const KEPT_LINKS = 10_000;
/** RecentReads keeps answers per tenant; links are partitioned by code, so they share one set of answers. */
const ALL_LINKS = 'links';

/**
 * Tracked links and their recent visitors, partitioned by link code: the redirect is one point read, and
 * deciding whether a click counts is one conditional write in the same partition.
 */
export class LinkRepository {
  private readonly keptLinks = new RecentReads<TrackedLinkDoc | undefined>(KEPT_LINK_MAX_AGE_MS, KEPT_LINKS);

  constructor(private readonly container: Container) {}

  /**
   * The link as read in the last few seconds (frozen), for the redirect: a write of a link through this
   * repository forgets that link's answer at once, so it shows at once; another instance's (a withdrawal) within 5 s.
   */
  getKept(code: string): Promise<TrackedLinkDoc | undefined> {
    return this.keptLinks.read(ALL_LINKS, code, () => this.get(code));
  }

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
    this.keptLinks.forgetAnswer(ALL_LINKS, link.code);
  }

  async delete(code: string): Promise<void> {
    try {
      await this.container.item(code, code).delete();
    } catch (error) {
      if (!isStatus(error, 404)) throw error;
    }
    this.keptLinks.forgetAnswer(ALL_LINKS, code);
  }

  /** Its item was withdrawn: from now on the link answers that, and sends nobody to the item. */
  async markWithdrawn(code: string, at: string): Promise<void> {
    try {
      await this.container.item(code, code).patch([{ op: 'set', path: '/withdrawnAt', value: at }]);
    } catch (error) {
      if (!isStatus(error, 404)) throw error;
    }
    this.keptLinks.forgetAnswer(ALL_LINKS, code);
  }

  /** Re-attributes a link to a pseudonym's share: the link keeps working for people who follow old posts. */
  async reattribute(code: string, personId: string, shareId: string): Promise<void> {
    await this.container.item(code, code).patch([
      { op: 'set', path: '/personId', value: personId },
      { op: 'set', path: '/shareId', value: shareId },
    ]);
    this.keptLinks.forgetAnswer(ALL_LINKS, code);
  }

  /**
   * True when this visit counts: `key` (a visitor, or a network address) has counted fewer than `allowance`
   * visits on this link within the repeat window. Racing requests settle on the document's ETag, so no more than
   * the allowance ever count.
   */
  async countsInWindow(
    code: string,
    tenantId: string,
    key: string,
    at: Date,
    allowance = 1,
  ): Promise<boolean> {
    const fresh: LinkVisitDoc = {
      id: `${code}.${key}`,
      type: 'visit',
      tenantId,
      code,
      countedAt: at.toISOString(),
      visits: 1,
      ttl: REPEAT_WINDOW_SECONDS,
    };
    const windowStart = new Date(at.getTime() - REPEAT_WINDOW_SECONDS * 1000).toISOString();
    for (let attempt = 0; attempt < MAX_VISIT_ATTEMPTS; attempt++) {
      try {
        await this.container.items.create(fresh);
        return true;
      } catch (error) {
        if (!isStatus(error, 409)) throw error;
      }
      const { resource, etag } = await this.container.item(fresh.id, code).read<LinkVisitDoc>();
      if (!resource) continue;
      // Cosmos removes expired visits itself; this also holds where expiry has not run yet.
      const expired = resource.countedAt <= windowStart;
      const visits = resource.visits ?? 1;
      if (!expired && visits >= allowance) return false;
      const next = expired ? fresh : { ...withoutSystemProperties(resource), visits: visits + 1 };
      try {
        await this.container
          .item(fresh.id, code)
          .replace(next, { accessCondition: { type: 'IfMatch', condition: etag } });
        return true;
      } catch (error) {
        if (!isStatus(error, 412)) throw error;
        // One visit at a time: of two visits of one visitor, the one that lost counts nothing.
        if (allowance === 1) return false;
      }
    }
    return false;
  }
}
