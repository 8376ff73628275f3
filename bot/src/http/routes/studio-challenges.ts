import { randomUUID } from 'node:crypto';
import {
  challengeInputSchema,
  challengeListSchema,
  challengeSchema,
  challengeStatusChangeSchema,
} from '@contract/challenges';
import type { Challenge, ChallengeInput, ChallengeList } from '@contract/challenges';
import { toChallenge } from '../../challenges/challenge-view';
import { challengeStatus, decideChallengeStatus } from '../../domain/challenge-rules';
import type { ChallengeDoc } from '../../domain/documents';
import type { Repositories } from '../../store/repositories';
import { audienceReferenceErrors } from '../audience-references';
import { ApiError } from '../api-error';
import { Reply, handler, idParams, noContent, versionHeader } from '../api-route';
import { recordAudit } from '../../compliance/record-audit';

export const listChallenges = handler({
  answer: challengeListSchema,
  async handle({ principal, services }): Promise<ChallengeList> {
    const now = new Date();
    const challenges = await services.repositories.challenges.list(principal.tenantId);
    return {
      items: challenges
        .sort((a, b) => b.startsAt.localeCompare(a.startsAt))
        .map((challenge) => toChallenge(challenge, now)),
    };
  },
});

/** A new challenge starts as a draft: nothing is announced until a manager plans it. */
export const createChallenge = handler({
  answer: challengeSchema,
  body: challengeInputSchema,
  async handle({ principal, services, body }) {
    const { repositories } = services;
    await checkReferences(repositories, principal.tenantId, body);
    const now = new Date();
    const challenge: ChallengeDoc = {
      id: randomUUID(),
      tenantId: principal.tenantId,
      ...body,
      status: 'draft',
      createdBy: principal.objectId,
      createdAt: now.toISOString(),
    };
    await repositories.challenges.upsert(challenge);
    await recordAudit(repositories, principal, 'challenge.created', entity(challenge), { after: challenge });
    return new Reply(toChallenge(challenge, now), { status: 201 });
  },
});

/** The challenge; its `ETag` is its version, which an edit sends back as `If-Match`. */
export const getChallenge = handler({
  answer: challengeSchema,
  params: idParams('challengeId'),
  async handle({ principal, services, params }) {
    const versioned = await services.repositories.challenges.getVersioned(
      principal.tenantId,
      params.challengeId,
    );
    if (!versioned) throw challengeNotFound();
    return new Reply(toChallenge(versioned.document, new Date()), {
      headers: { ETag: versionHeader(versioned.version) },
    });
  },
});

/**
 * Drafts and planned challenges change freely; once it has started, its goal and period stay as announced. With
 * `If-Match`, only over the version the manager opened (412 otherwise).
 */
export const updateChallenge = handler({
  answer: challengeSchema,
  params: idParams('challengeId'),
  body: challengeInputSchema,
  async handle({ principal, services, params, body, ifMatch }) {
    const { repositories } = services;
    const existing = await requireChallenge(repositories, principal.tenantId, params.challengeId);
    await checkReferences(repositories, principal.tenantId, body);
    const now = new Date();
    let before: ChallengeDoc | undefined;
    const saved = await repositories.challenges.updateVersioned(
      principal.tenantId,
      existing.id,
      (current) => {
        const status = challengeStatus(current, now);
        if (status !== 'draft' && status !== 'scheduled')
          throw new ApiError(409, 'challenge.frozen', `A challenge that is ${status} can no longer change.`, {
            params: { status },
          });
        before = current;
        return { ...current, ...body, updatedAt: now.toISOString() };
      },
      ifMatch,
    );
    if (!saved) throw challengeNotFound();
    const after = saved.document;
    await recordAudit(repositories, principal, 'challenge.updated', entity(after), { before, after });
    return new Reply(toChallenge(after, now), { headers: { ETag: versionHeader(saved.version) } });
  },
});

const statusActions = {
  scheduled: 'challenge.scheduled',
  draft: 'challenge.returned-to-draft',
  archived: 'challenge.archived',
} as const;

export const changeChallengeStatus = handler({
  answer: challengeSchema,
  params: idParams('challengeId'),
  body: challengeStatusChangeSchema,
  async handle({ principal, services, params, body }): Promise<Challenge> {
    const { repositories } = services;
    const existing = await requireChallenge(repositories, principal.tenantId, params.challengeId);
    const now = new Date();
    let before: ChallengeDoc | undefined;
    const after = await repositories.challenges.update(principal.tenantId, existing.id, (current) => {
      const decision = decideChallengeStatus(current, body.status, now);
      if (!decision.ok) throw ApiError.refused(409, decision.reason);
      before = current;
      return { ...current, status: decision.status, updatedAt: now.toISOString() };
    });
    if (!after || !before) throw challengeNotFound();
    await recordAudit(repositories, principal, statusActions[body.status], entity(after), {
      before: { status: challengeStatus(before, now) },
      after: { status: challengeStatus(after, now) },
    });
    return toChallenge(after, now);
  },
});

/** Only a draft can be deleted (nobody has earned anything in it); anything else is archived. */
export const deleteChallenge = handler({
  answer: noContent,
  params: idParams('challengeId'),
  async handle({ principal, services, params }) {
    const { repositories } = services;
    const challenge = await requireChallenge(repositories, principal.tenantId, params.challengeId);
    if (challenge.status !== 'draft')
      throw new ApiError(
        409,
        'challenge.onlyDraftDeleted',
        'Only a draft challenge can be deleted; archive it instead.',
      );
    await repositories.challenges.delete(principal.tenantId, challenge.id);
    await recordAudit(repositories, principal, 'challenge.deleted', entity(challenge), { before: challenge });
    return new Reply(undefined, { status: 204 });
  },
});

export async function requireChallenge(
  repositories: Repositories,
  tenantId: string,
  challengeId: string | undefined,
): Promise<ChallengeDoc> {
  const challenge = challengeId ? await repositories.challenges.get(tenantId, challengeId) : undefined;
  if (!challenge) throw challengeNotFound();
  return challenge;
}

function challengeNotFound(): ApiError {
  return ApiError.notFound('challenge.notFound', 'This challenge does not exist, or was deleted.');
}

/** The audience and a share goal's campaign must name what the organisation has. */
async function checkReferences(repositories: Repositories, tenantId: string, input: ChallengeInput) {
  const errors = await audienceReferenceErrors(repositories, tenantId, input.audience);
  const campaignId = input.goal.campaignId;
  if (campaignId && !(await repositories.campaigns.get(tenantId, campaignId)))
    errors.push({ field: 'body.goal.campaignId', code: 'field.noSuchCampaign', message: 'no such campaign' });
  if (errors.length > 0) throw ApiError.invalid(errors);
}

function entity(challenge: ChallengeDoc) {
  return { type: 'challenge', id: challenge.id, title: challenge.name };
}
