import { contentPolicyInputSchema, contentPolicySchema } from '@contract/content-policy';
import type { ContentPolicy } from '@contract/content-policy';
import { guardrailMatrix, isFourEyesOn } from '../../domain/content-policy';
import type { ContentPolicyDoc, OrganisationDoc } from '../../domain/documents';
import { monthlyTokenCap, tokensUsedIn, usageMonth } from '../../domain/writing-budget';
import { ApiError } from '../api-error';
import { handler } from '../api-route';
import { recordAudit } from '../../compliance/record-audit';

function toContentPolicy(organisation: OrganisationDoc | undefined): ContentPolicy {
  const policy = organisation?.contentPolicy;
  return {
    fourEyes: isFourEyesOn(policy),
    guardrails: guardrailMatrix(policy),
    writingHelp: {
      monthlyTokens: monthlyTokenCap(policy),
      usedThisMonth: organisation ? tokensUsedIn(organisation, usageMonth(new Date())) : 0,
    },
  };
}

/** The rules in force, for live feedback while writing and reviewing. */
export const getContentPolicy = handler({
  answer: contentPolicySchema,
  async handle({ principal, services }): Promise<ContentPolicy> {
    return toContentPolicy(await services.repositories.organisations.find(principal.tenantId));
  },
});

/** Replaces the guardrails and the four-eyes switch; the rules not given fall back to the defaults. */
export const updateContentPolicy = handler({
  answer: contentPolicySchema,
  body: contentPolicyInputSchema,
  async handle({ principal, services, body }): Promise<ContentPolicy> {
    const { repositories } = services;
    const policy: ContentPolicyDoc = {
      ...body,
      updatedAt: new Date().toISOString(),
      updatedBy: principal.objectId,
    };
    let before: ContentPolicyDoc | undefined;
    const organisation = await repositories.organisations.update(
      principal.tenantId,
      principal.tenantId,
      (current) => {
        before = current.contentPolicy;
        return { ...current, contentPolicy: policy };
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
      'content-policy.updated',
      { type: 'content-policy', id: principal.tenantId },
      { before: before ?? null, after: policy },
    );
    return toContentPolicy(organisation);
  },
});
