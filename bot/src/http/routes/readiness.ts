import { randomUUID } from 'node:crypto';
import {
  diagnosticInputSchema,
  diagnosticSchema,
  manualStepInputSchema,
  manualStepParamsSchema,
  programmePlanSchema,
} from '@contract/readiness';
import type { Diagnostic, ProgrammePlan } from '@contract/readiness';
import { dimensionScores, overallScore } from '../../domain/readiness/diagnostic-scores';
import { programmePlan } from '../../domain/readiness/programme-plan';
import type { ProgrammeFacts } from '../../domain/readiness/programme-plan';
import type { DiagnosticTakeDoc } from '../../domain/readiness/readiness-documents';
import type { Repositories } from '../../store/repositories';
import { recordAudit } from '../../compliance/record-audit';
import { handler } from '../api-route';

/** Takes shown as progress: a few years of quarterly retakes. */
const HISTORY_LENGTH = 20;

async function diagnostic(repositories: Repositories, tenantId: string): Promise<Diagnostic> {
  const takes = await repositories.readiness.latestTakes(tenantId, HISTORY_LENGTH);
  const latest = takes[0];
  return {
    latest: latest
      ? {
          id: latest.id,
          takenAt: latest.takenAt,
          scores: latest.scores,
          overall: latest.overall,
          answers: latest.answers,
        }
      : null,
    history: takes.map(({ id, takenAt, scores, overall }) => ({ id, takenAt, scores, overall })),
  };
}

export const getDiagnostic = handler({
  answer: diagnosticSchema,
  async handle({ principal, services }): Promise<Diagnostic> {
    return diagnostic(services.repositories, principal.tenantId);
  },
});

/** A new take, scored as it is recorded; earlier takes stay, to show progress. Audited with its scores. */
export const takeDiagnostic = handler({
  answer: diagnosticSchema,
  body: diagnosticInputSchema,
  async handle({ principal, services, body }): Promise<Diagnostic> {
    const { repositories } = services;
    const scores = dimensionScores(body.answers);
    const take: DiagnosticTakeDoc = {
      id: `diagnostic-${randomUUID()}`,
      tenantId: principal.tenantId,
      type: 'diagnostic',
      takenAt: new Date().toISOString(),
      answers: body.answers,
      scores,
      overall: overallScore(scores),
    };
    await repositories.readiness.addTake(take);
    await recordAudit(
      repositories,
      principal,
      'diagnostic.taken',
      { type: 'diagnostic', id: take.id },
      { after: { scores, overall: take.overall } },
    );
    return diagnostic(repositories, principal.tenantId);
  },
});

/** What the product knows of each step it can see, read from the containers that hold it. */
async function programmeFacts(repositories: Repositories, tenantId: string): Promise<ProgrammeFacts> {
  const firstContent = (status?: 'published') =>
    repositories.content.studioPage(tenantId, status ? { status } : {}, { limit: 1 });
  const [takes, campaigns, charters, anyContent, publishedContent, groups, events, polls, challenges] =
    await Promise.all([
      repositories.readiness.latestTakes(tenantId, 1),
      repositories.campaigns.list(tenantId),
      repositories.charters.list(tenantId),
      firstContent(),
      firstContent('published'),
      repositories.groups.list(tenantId),
      repositories.events.statuses(tenantId),
      repositories.polls.statuses(tenantId),
      repositories.challenges.list(tenantId),
    ]);
  const pilotGroups = groups.filter((group) => group.kind === 'pilot');
  const pilotGroupSizes = await Promise.all(
    pilotGroups.map((group) => repositories.people.countInGroup(tenantId, group.id)),
  );
  const challengeStatuses = challenges.map((challenge) => challenge.status);
  return {
    diagnosticTaken: takes.length > 0,
    campaigns: campaigns
      .filter((campaign) => campaign.status !== 'archived')
      .map(({ targets }) => ({
        hasTargets: targets.shares > 0 || targets.clicks > 0 || targets.participationRate > 0,
      })),
    charterPublished: charters.length > 0,
    content: { exists: anyContent.items.length > 0, published: publishedContent.items.length > 0 },
    pilotGroupSizes,
    events: { exists: events.length > 0, published: events.includes('published') },
    animations: {
      exists: polls.length > 0 || challenges.length > 0,
      running: polls.some((status) => status !== 'draft') || challengeStatuses.includes('scheduled'),
    },
  };
}

async function plan(repositories: Repositories, tenantId: string): Promise<ProgrammePlan> {
  const [facts, manual] = await Promise.all([
    programmeFacts(repositories, tenantId),
    repositories.readiness.manualStates(tenantId),
  ]);
  return { steps: programmePlan(facts, manual) };
}

export const getProgrammePlan = handler({
  answer: programmePlanSchema,
  async handle({ principal, services }): Promise<ProgrammePlan> {
    return plan(services.repositories, principal.tenantId);
  },
});

/** Ticks a step the product cannot see; audited with the state before and after, like other studio changes. */
export const setManualStep = handler({
  answer: programmePlanSchema,
  params: manualStepParamsSchema,
  body: manualStepInputSchema,
  async handle({ principal, services, params, body }): Promise<ProgrammePlan> {
    const { repositories } = services;
    const before = (await repositories.readiness.manualStates(principal.tenantId))[params.stepKey] ?? 'todo';
    await repositories.readiness.setManualState(
      principal.tenantId,
      params.stepKey,
      body.state,
      new Date().toISOString(),
    );
    await recordAudit(
      repositories,
      principal,
      'programme-step.updated',
      { type: 'programme-step', id: params.stepKey },
      { before: { state: before }, after: { state: body.state } },
    );
    return plan(repositories, principal.tenantId);
  },
});
