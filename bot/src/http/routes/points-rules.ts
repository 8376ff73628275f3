import { pointsRulesSchema } from '@contract/challenges';
import type { PointsRules } from '@contract/challenges';
import { pointsRulesOf } from '../../domain/points-rules';
import { ApiError } from '../api-error';
import { handler } from '../api-route';
import { recordAudit } from '../../compliance/record-audit';

/** The points per activity in force: the organisation's, or the defaults. */
export const getPointsRules = handler({
  answer: pointsRulesSchema,
  async handle({ principal, services }): Promise<PointsRules> {
    return pointsRulesOf(await services.repositories.organisations.find(principal.tenantId));
  },
});

/** New rules count from the next batch of activity on; points already earned stay as they were. */
export const updatePointsRules = handler({
  answer: pointsRulesSchema,
  body: pointsRulesSchema,
  async handle({ principal, services, body }): Promise<PointsRules> {
    const { repositories } = services;
    let before: PointsRules | undefined;
    const organisation = await repositories.organisations.update(
      principal.tenantId,
      principal.tenantId,
      (current) => {
        before = pointsRulesOf(current);
        return {
          ...current,
          pointsRules: { ...body, updatedAt: new Date().toISOString(), updatedBy: principal.objectId },
        };
      },
    );
    if (!organisation) {
      throw ApiError.notFound(
        'organisation.notSetUp',
        'The programme is not set up for your organisation yet; an administrator sets it up.',
      );
    }
    await recordAudit(
      repositories,
      principal,
      'points-rules.updated',
      { type: 'points-rules', id: principal.tenantId },
      { before, after: body },
    );
    return pointsRulesOf(organisation);
  },
});
