import express from 'express';
import type { Router } from 'express';
import { timingSafeEqual } from 'node:crypto';
import type { ActivityEventDoc } from '../domain/documents';
import type { NudgeTarget } from '../nudges/nudge-link';
import { isLinkPreviewAgent } from '../domain/tracked-links';
import type { Logger } from '../logger';
import type { Repositories } from '../store/repositories';
import { isStatus } from '../store/tenant-repository';
import { itemPage, tabDeepLink } from '../chat/tab-deep-link';
import type { TabPage } from '../chat/tab-deep-link';

const TARGET = /^(item|campaign):([\w.-]{1,100})$/;
/** What a tenant id and a delivery id (`{nudgeId}:{personId}`) look like; anything else is not looked up. */
const TENANT_ID = /^[\w-]{1,100}$/;
const DELIVERY_ID = /^[\w.:-]{1,300}$/;

function parseTarget(to: unknown): NudgeTarget {
  if (to === 'my-data') return { type: 'my-data' };
  if (to === 'learning') return { type: 'learning' };
  const match = typeof to === 'string' ? TARGET.exec(to) : null;
  if (!match) return { type: 'library' };
  return { type: match[1] as 'item' | 'campaign', id: match[2] as string };
}

/**
 * `GET /n/{tenantId}/{deliveryId}`: records that the person acted on the nudge (once per delivery, and only with
 * the delivery's proof), then a 302 into the tab. The destination is always a page of the tab, never an address
 * from the request.
 */
export function createNudgeLinkRouter(
  repositories: Pick<Repositories, 'outbox' | 'people' | 'activity'>,
  where: { publicUrl: string; teamsAppId?: string },
  logger: Logger,
): Router {
  const router = express.Router();
  router.get('/n/:tenantId/:deliveryId', async (req, res) => {
    const target = parseTarget(req.query['to']);
    const page: TabPage =
      target.type === 'item'
        ? itemPage(target.id)
        : target.type === 'my-data' || target.type === 'learning'
          ? target.type
          : 'library';
    if (!isLinkPreviewAgent(req.headers['user-agent'])) {
      const proof = typeof req.query['p'] === 'string' ? req.query['p'] : '';
      await recordActed(repositories, req.params.tenantId, req.params.deliveryId, proof, target).catch(
        (error: unknown) => logger.error({ err: error }, 'nudge.acted not recorded'),
      );
    }
    res
      .set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' })
      .redirect(302, tabDeepLink(page, where));
  });
  return router;
}

async function recordActed(
  repositories: Pick<Repositories, 'outbox' | 'people' | 'activity'>,
  tenantId: string,
  deliveryId: string,
  proof: string,
  target: NudgeTarget,
): Promise<void> {
  if (!TENANT_ID.test(tenantId) || !DELIVERY_ID.test(deliveryId)) return;
  const delivery = await repositories.outbox.get(tenantId, deliveryId);
  if (!delivery || delivery.kind !== 'nudge' || !sameProof(delivery.linkProof, proof)) return;
  const person = await repositories.people.get(tenantId, delivery.personId);
  const event: ActivityEventDoc = {
    // One per delivery: a second press on the same button is the same act.
    id: `nudge.acted:${deliveryId}`,
    tenantId,
    type: 'nudge.acted',
    at: new Date().toISOString(),
    personId: delivery.personId,
    groupIds: person?.groupIds ?? [],
    ...(person?.brandId ? { brandId: person.brandId } : {}),
    ...(target.type === 'item' ? { itemId: target.id } : {}),
    ...(target.type === 'campaign' ? { campaignId: target.id } : {}),
    subjectId: delivery.messageId,
  };
  try {
    await repositories.activity.record(event);
  } catch (error) {
    if (!isStatus(error, 409)) throw error;
  }
}

function sameProof(expected: string | undefined, given: string): boolean {
  if (!expected || expected.length !== given.length) return false;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(given));
}
