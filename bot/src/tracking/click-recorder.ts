import { activityEvent } from '../activity/activity-event';
import type { TrackedLinkDoc } from '../domain/documents';
import { isLinkPreviewAgent, selfMarker, visitorId } from '../domain/tracked-links';
import type { Logger } from '../logger';
import type { Repositories } from '../store/repositories';

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
 * Previews and crawlers, the ambassador's own clicks, and repeats within the window count nothing.
 * Clicks still being written are awaited on shutdown: none is lost on a graceful restart.
 */
export class ClickRecorder {
  private readonly pending = new Set<Promise<void>>();

  constructor(
    private readonly repositories: Pick<Repositories, 'links' | 'shares' | 'people' | 'activity'>,
    private readonly logger: Logger,
  ) {}

  record(click: Click): void {
    const task: Promise<void> = this.count(click)
      .catch((error: unknown) =>
        this.logger.error({ err: error, code: click.link.code }, 'click not counted'),
      )
      .finally(() => this.pending.delete(task));
    this.pending.add(task);
  }

  async drain(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  private async count({ link, address, userAgent, selfMarker: marker, at }: Click): Promise<void> {
    if (isLinkPreviewAgent(userAgent)) return;
    if (marker === selfMarker(link.tenantId, link.personId)) return;
    const visitor = visitorId(link.code, address, userAgent ?? '');
    if (!(await this.repositories.links.firstVisitInWindow(link.code, link.tenantId, visitor, at))) return;
    const share = await this.repositories.shares.countClick(
      link.tenantId,
      link.shareId,
      at.toISOString().slice(0, 10),
    );
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
