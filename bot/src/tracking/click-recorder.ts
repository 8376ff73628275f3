import { activityEvent } from '../activity/activity-event';
import type { TrackedLinkDoc } from '../domain/documents';
import {
  addressId,
  CLICKS_PER_LINK_PER_DAY,
  isLinkPreviewAgent,
  REPEAT_WINDOW_SECONDS,
  selfMarker,
  visitorId,
  VISITORS_PER_ADDRESS,
} from '../domain/tracked-links';
import type { Logger } from '../logger';
import type { Repositories } from '../store/repositories';
import { RecentVisitors } from './recent-visitors';

/** About 100 bytes each: a few megabytes at most. */
const RECENT_VISITORS = 50_000;

export interface Click {
  link: TrackedLinkDoc;
  address: string;
  userAgent: string | undefined;
  /** The marker cookie of the browser the click came from, if any. */
  selfMarker: string | undefined;
  at: Date;
}

/**
 * Counts clicks on tracked links after the redirect has been answered, so counting never slows or breaks it.
 * Previews and crawlers, the ambassador's own clicks, repeats within the window, more than a few browsers from
 * one address and clicks past a link's daily cap count nothing.
 * Clicks still being written are awaited on shutdown: none is lost on a graceful restart.
 */
export class ClickRecorder {
  private readonly pending = new Set<Promise<void>>();
  private readonly recentVisitors = new RecentVisitors(REPEAT_WINDOW_SECONDS * 1000, RECENT_VISITORS);

  constructor(
    private readonly repositories: Pick<Repositories, 'links' | 'shares' | 'people' | 'activity'>,
    private readonly logger: Logger,
  ) {}

  record(click: Click): void {
    // Decided at once for previews and for repeats this instance has seen: most clicks of a busy link.
    if (isLinkPreviewAgent(click.userAgent)) return;
    const visitor = visitorId(click.link.code, click.address, click.userAgent ?? '');
    if (this.recentVisitors.has(visitor, click.at)) return;
    const task: Promise<void> = this.count(click, visitor)
      .catch((error: unknown) =>
        this.logger.error({ err: error, code: click.link.code }, 'click not counted'),
      )
      .finally(() => this.pending.delete(task));
    this.pending.add(task);
  }

  async drain(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  private async count({ link, address, selfMarker: marker, at }: Click, visitor: string): Promise<void> {
    if (marker !== undefined && marker === selfMarker(link.tenantId, link.personId)) return;
    const { links } = this.repositories;
    if (!(await links.countsInWindow(link.code, link.tenantId, visitor, at))) return;
    this.recentVisitors.counted(visitor, at);
    // A new browser on a known address: a script rotating its User-Agent gets no further than a few.
    const network = `a.${addressId(link.code, address)}`;
    if (!(await links.countsInWindow(link.code, link.tenantId, network, at, VISITORS_PER_ADDRESS))) return;
    const day = at.toISOString().slice(0, 10);
    const counted = await this.repositories.shares.get(link.tenantId, link.shareId);
    if (!counted || (counted.clicksByDay[day] ?? 0) >= CLICKS_PER_LINK_PER_DAY) return;
    const share = await this.repositories.shares.countClick(link.tenantId, link.shareId, day);
    if (!share) return;
    // Clicks count for the ambassador who shared, in their groups and brand of today (none once erased).
    const sharer = await this.repositories.people.get(link.tenantId, share.personId);
    await this.repositories.activity.record(
      activityEvent(
        {
          id: share.personId,
          tenantId: link.tenantId,
          groupIds: sharer?.groupIds ?? [],
          brandId: sharer?.brandId,
        },
        'click',
        at,
        { campaignId: share.campaignId, itemId: share.itemId, network: share.network, subjectId: share.id },
      ),
    );
  }
}
