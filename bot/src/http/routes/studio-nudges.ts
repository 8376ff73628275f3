import { randomUUID } from 'node:crypto';
import { nudgeInputSchema, nudgeListQuerySchema, nudgeListSchema, nudgeSchema } from '@contract/nudges';
import type { Nudge, NudgeInput, NudgeList, NudgeProgress } from '@contract/nudges';
import { estimateFinish } from '../../delivery/estimate-finish';
import type { NudgeDoc } from '../../domain/documents';
import { sendAuthoredNudge } from '../../nudges/send-authored-nudge';
import type { Repositories } from '../../store/repositories';
import { ApiError } from '../api-error';
import type { FieldError } from '../api-error';
import { handler, Reply, idParams } from '../api-route';
import type { ApiServices } from '../api-route';
import { recordAudit } from '../../compliance/record-audit';
import { audienceReferenceErrors } from '../audience-references';

/** A send time this close to now (a clock a little behind) still means "now". */
const PAST_TOLERANCE_MS = 60_000;

/** Every nudge, a manager's and the rules', newest first, each with its progress. */
export const listNudges = handler({
  answer: nudgeListSchema,
  query: nudgeListQuerySchema,
  async handle({ principal, services, query }): Promise<NudgeList> {
    const page = await services.repositories.nudges.page(
      principal.tenantId,
      query.origin,
      query.limit,
      query.continuationToken,
    );
    const now = new Date();
    return {
      items: await Promise.all(page.items.map((nudge) => withProgress(services, nudge, now))),
      ...(page.continuationToken ? { continuationToken: page.continuationToken } : {}),
    };
  },
});

/** A manager's nudge: sent at once when it has no time, or kept until its time (the nudge job sends it). */
export const createNudge = handler({
  answer: nudgeSchema,
  body: nudgeInputSchema,
  async handle({ principal, services, body }) {
    const { repositories } = services;
    const now = new Date();
    await checkInput(repositories, principal.tenantId, body, now);
    const nudge: NudgeDoc = {
      id: randomUUID(),
      tenantId: principal.tenantId,
      kind: 'custom',
      origin: 'authored',
      status: 'scheduled',
      title: body.title,
      text: body.text,
      audience: body.audience,
      sendAt: body.sendAt ? new Date(body.sendAt).toISOString() : now.toISOString(),
      ...(body.link ? { link: body.link } : {}),
      createdBy: principal.objectId,
      createdAt: now.toISOString(),
    };
    await repositories.nudges.upsert(nudge);
    await recordAudit(repositories, principal, 'nudge.created', entity(nudge), { after: nudge });
    // Due now: queued at once; should this fail, the nudge job sends it at its next turn.
    const current =
      Date.parse(nudge.sendAt) <= now.getTime()
        ? ((await sendAuthoredNudge(repositories, nudge, services.publicUrl, now)) ?? nudge)
        : nudge;
    return new Reply(await withProgress(services, current, now), { status: 201 });
  },
});

export const getNudge = handler({
  answer: nudgeSchema,
  params: idParams('nudgeId'),
  async handle({ principal, services, params }): Promise<Nudge> {
    const nudge = await requireNudge(services.repositories, principal.tenantId, params.nudgeId);
    return withProgress(services, nudge, new Date());
  },
});

/** Only a nudge still waiting for its time can be cancelled: what is in the outbox is on its way. */
export const cancelNudge = handler({
  answer: nudgeSchema,
  params: idParams('nudgeId'),
  async handle({ principal, services, params }): Promise<Nudge> {
    const { repositories } = services;
    const existing = await requireNudge(repositories, principal.tenantId, params.nudgeId);
    const now = new Date();
    let before: NudgeDoc | undefined;
    const after = await repositories.nudges.update(principal.tenantId, existing.id, (current) => {
      if (current.status !== 'scheduled') {
        throw new ApiError(
          409,
          'nudge.onlyScheduledCancelled',
          `Only a scheduled nudge can be cancelled; this one is ${current.status}.`,
          {
            params: { status: current.status },
          },
        );
      }
      before = current;
      return { ...current, status: 'cancelled', cancelledAt: now.toISOString() };
    });
    if (!after || !before) throw nudgeNotFound();
    await recordAudit(repositories, principal, 'nudge.cancelled', entity(after), {
      before: { status: before.status },
      after: { status: after.status },
    });
    return withProgress(services, after, now);
  },
});

async function requireNudge(
  repositories: Repositories,
  tenantId: string,
  nudgeId: string | undefined,
): Promise<NudgeDoc> {
  const nudge = nudgeId ? await repositories.nudges.get(tenantId, nudgeId) : undefined;
  if (!nudge) throw nudgeNotFound();
  return nudge;
}

function nudgeNotFound(): ApiError {
  return ApiError.notFound('nudge.notFound', 'This nudge does not exist.');
}

/** The audience names what the organisation has; the button leads to published content or a campaign. */
async function checkInput(repositories: Repositories, tenantId: string, input: NudgeInput, now: Date) {
  const errors: FieldError[] = await audienceReferenceErrors(repositories, tenantId, input.audience);
  if (input.sendAt && Date.parse(input.sendAt) < now.getTime() - PAST_TOLERANCE_MS) {
    errors.push({ field: 'body.sendAt', code: 'field.mustBeInFuture', message: 'must not be in the past' });
  }
  if (input.link?.type === 'item') {
    const item = await repositories.content.get(tenantId, input.link.id);
    if (item?.status !== 'published')
      errors.push({
        field: 'body.link.id',
        code: 'field.noSuchPublishedItem',
        message: 'no such published item',
      });
  }
  if (input.link?.type === 'campaign') {
    const campaign = await repositories.campaigns.get(tenantId, input.link.id);
    if (!campaign || campaign.status === 'draft' || campaign.status === 'archived') {
      errors.push({
        field: 'body.link.id',
        code: 'field.noSuchPlannedCampaign',
        message: 'no such planned campaign',
      });
    }
  }
  if (errors.length > 0) {
    throw ApiError.invalid(errors);
  }
}

/** The nudge as the studio shows it, with its deliveries counted from the outbox and when they should be done. */
async function withProgress(services: ApiServices, nudge: NudgeDoc, now: Date): Promise<Nudge> {
  const counts = await services.repositories.outbox.progress(nudge.tenantId, nudge.id);
  const finish = estimateFinish(counts, services.config.delivery.ratePerSecond, now);
  const progress: NudgeProgress = {
    sent: counts.sent,
    failed: counts.failed,
    pending: counts.pending + counts.sending,
    unreachable: counts.unreachable,
    ...(finish ? { estimatedFinishAt: finish.toISOString() } : {}),
  };
  return {
    id: nudge.id,
    kind: nudge.kind,
    origin: nudge.origin,
    status: nudge.status,
    title: nudge.title,
    text: nudge.text,
    audience: nudge.audience,
    sendAt: nudge.sendAt,
    ...(nudge.link ? { link: nudge.link } : {}),
    createdAt: nudge.createdAt,
    ...(nudge.outcome ? { outcome: nudge.outcome } : {}),
    progress,
  };
}

function entity(nudge: NudgeDoc) {
  return { type: 'nudge', id: nudge.id, title: nudge.title };
}
