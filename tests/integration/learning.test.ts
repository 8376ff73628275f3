import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_AMBASSADOR_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_TENANT_ID,
  demoPersonId,
} from '../../bot/src/demo/demo-data';
import { DEMO_ONBOARDING_PATH_ID, buildDemoLearningPaths } from '../../bot/src/demo/demo-learning';
import type { LearningPathDoc } from '../../bot/src/domain/learning/learning-documents';
import { defaultPointsRules } from '../../bot/src/domain/points-rules';
import { projectionSettled } from '../support/activity-projection';
import { applyNudgeRules } from '../../bot/src/nudges/apply-nudge-rules';
import { apiAs, joinRequest } from '../support/api-client';
import { pressCardAction } from '../support/card-action';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

let service: TestService;
let ambassador: Awaited<ReturnType<typeof apiAs>>;
let onboarding: LearningPathDoc;
beforeAll(async () => {
  service = await startTestService();
  ambassador = await apiAs(service, DEMO_AMBASSADOR_ID);
  const stored = await service.repositories.learningPaths.get(DEMO_TENANT_ID, DEMO_ONBOARDING_PATH_ID);
  if (!stored) throw new Error('the demo data has no onboarding path');
  onboarding = stored;
});
afterAll(() => service.dispose());

/** The answers to a module's quiz: all right, or the first one wrong. */
function answersTo(moduleId: string, { firstWrong = false } = {}) {
  const module = onboarding.modules.find((candidate) => candidate.id === moduleId);
  if (!module) throw new Error(`no module ${moduleId}`);
  return module.quiz.map((question, index) => ({
    questionId: question.id,
    optionId:
      firstWrong && index === 0
        ? question.options.find((option) => option.id !== question.answerId)!.id
        : question.answerId,
  }));
}

const completion = (moduleId: string) => `/api/v1/learning/modules/${moduleId}/completion`;

async function myPoints() {
  await projectionSettled(service);
  return (await ambassador.get('/api/v1/me/points')).body as { points: number; badges: { id: string }[] };
}

describe('training paths for a learner', () => {
  it('lists the paths of the caller’s audience only, published ones, with the quizzes but not their answers', async () => {
    const [template] = buildDemoLearningPaths(new Date());
    const elsewhere = { ...template!, id: 'path-elsewhere', onboarding: false };
    await service.repositories.learningPaths.upsert({
      ...elsewhere,
      audience: { groupIds: ['group-nobody-is-in'], brandIds: [], languages: [] },
      modules: [{ ...template!.modules[0]!, id: 'module-elsewhere' }],
    });
    await service.repositories.learningPaths.upsert({
      ...elsewhere,
      id: 'path-draft',
      status: 'draft',
      modules: [{ ...template!.modules[0]!, id: 'module-draft' }],
    });

    const listed = await ambassador.get('/api/v1/learning/paths');
    expect(listed.status).toBe(200);
    const paths = listed.body.paths as { id: string; progress: number; modules: Record<string, unknown>[] }[];
    expect(paths.map((path) => path.id)).toEqual([DEMO_ONBOARDING_PATH_ID]);
    const [path] = paths;
    expect(path!.progress).toBe(0);
    expect(path!.modules).toHaveLength(4);
    expect(path!.modules[0]).toMatchObject({ id: 'onboarding-charter', completed: false });
    expect(JSON.stringify(listed.body)).not.toContain('answerId');

    for (const hidden of ['module-elsewhere', 'module-draft']) {
      const refused = await ambassador.post(completion(hidden), { answers: [] });
      expect(refused.status).toBe(404);
      expect(refused.body.code).toBe('learning.moduleNotFound');
    }
  });

  it('says a wrong answer without completing, refuses incomplete answers, and completes on the right ones', async () => {
    const before = await myPoints();
    const wrong = await ambassador.post(completion('onboarding-charter'), {
      answers: answersTo('onboarding-charter', { firstWrong: true }),
    });
    expect(wrong.status).toBe(200);
    expect(wrong.body).toMatchObject({
      pathId: DEMO_ONBOARDING_PATH_ID,
      completed: false,
      progress: 0,
      pathCompleted: false,
      quiz: { passed: false, correct: 1, total: 2, wrongQuestionIds: ['disclose'] },
    });

    const incomplete = await ambassador.post(completion('onboarding-charter'), {
      answers: answersTo('onboarding-charter').slice(1),
    });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.code).toBe('learning.answersIncomplete');
    expect((await ambassador.post(completion('onboarding-charter'), {})).status).toBe(400);

    const right = await ambassador.post(completion('onboarding-charter'), {
      answers: answersTo('onboarding-charter'),
    });
    expect(right.body).toMatchObject({ completed: true, progress: 25, quiz: { passed: true } });
    // Completing again changes nothing, and earns nothing more.
    const again = await ambassador.post(completion('onboarding-charter'), {
      answers: answersTo('onboarding-charter'),
    });
    expect(again.body).toMatchObject({ completed: true, progress: 25 });

    const progress = await service.repositories.learningProgress.get(
      DEMO_TENANT_ID,
      `${DEMO_ONBOARDING_PATH_ID}:${DEMO_AMBASSADOR_ID}`,
    );
    expect(progress?.attempts).toEqual([
      expect.objectContaining({
        moduleId: 'onboarding-charter',
        passed: true,
        answers: { disclose: 'b', heated: 'c' },
      }),
    ]);
    expect((await myPoints()).points).toBe(before.points + defaultPointsRules.learningModule);
    const listed = await ambassador.get('/api/v1/learning/paths');
    expect(listed.body.paths[0].modules[0].completed).toBe(true);
  });

  it('awards the path’s badge when its last module is completed', async () => {
    for (const module of onboarding.modules.slice(1)) {
      const done = await ambassador.post(completion(module.id), { answers: answersTo(module.id) });
      expect(done.body.completed).toBe(true);
    }
    const listed = await ambassador.get('/api/v1/learning/paths');
    expect(listed.body.paths[0].progress).toBe(100);
    const { badges } = await myPoints();
    expect(badges.map((badge) => badge.id)).toContain('first-path');
  });

  it('lets only ambassadors complete modules: others may read the paths', async () => {
    const employee = await apiAs(service, DEMO_EMPLOYEE_ID);
    expect((await employee.get('/api/v1/learning/paths')).status).toBe(200);
    const refused = await employee.post(completion('onboarding-charter'), {
      answers: answersTo('onboarding-charter'),
    });
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('enrolment.notAmbassador');
  });
});

describe('a quiz card in chat', () => {
  it('records the answer pressed on the card, wrong then right, and completes the module', async () => {
    const personId = demoPersonId(15);
    const module = onboarding.modules[2]!;
    const press = (answers: { questionId: string; optionId: string }[]) =>
      pressCardAction(service.url, personId, {
        verb: 'learning.quiz',
        data: {
          moduleId: module.id,
          ...Object.fromEntries(answers.map((answer) => [`answer.${answer.questionId}`, answer.optionId])),
        },
      });
    const text = (card: Awaited<ReturnType<typeof press>>) =>
      card.body.map((element) => ('text' in element ? element.text : '')).join('\n');

    const wrong = await press(answersTo(module.id, { firstWrong: true }));
    expect(text(wrong)).toContain('Not quite yet: 1 of 2 answers are right.');
    const stored = () =>
      service.repositories.learningProgress.get(DEMO_TENANT_ID, `${DEMO_ONBOARDING_PATH_ID}:${personId}`);
    expect((await stored())?.attempts).toEqual([
      expect.objectContaining({ moduleId: module.id, passed: false }),
    ]);

    const right = await press(answersTo(module.id));
    expect(text(right)).toContain('Well done: this module is completed, and you are 25 % through the path.');
    const progress = await stored();
    expect(progress?.completed.map((entry) => entry.moduleId)).toEqual([module.id]);
    expect(progress?.attempts[0]).toMatchObject({
      passed: true,
      answers: Object.fromEntries(module.quiz.map((question) => [question.id, question.answerId])),
    });

    const unknown = await pressCardAction(service.url, personId, {
      verb: 'learning.quiz',
      data: { moduleId: 'module-elsewhere' },
    });
    expect(text(unknown)).toBe('This module no longer exists, or is not for you.');
  });
});

describe('the onboarding path of a new ambassador', () => {
  it('is given on joining, and one nudge goes out if they stall for a week', async () => {
    const employee = await apiAs(service, DEMO_EMPLOYEE_ID);
    const joined = await employee.post('/api/v1/me/enrolment', {
      ...joinRequest(),
      preferences: { ...joinRequest().preferences, nudges: 'immediate' },
    });
    expect(joined.status).toBe(201);
    const progress = await service.repositories.learningProgress.get(
      DEMO_TENANT_ID,
      `${DEMO_ONBOARDING_PATH_ID}:${DEMO_EMPLOYEE_ID}`,
    );
    expect(progress).toMatchObject({ completed: [], startedAt: expect.any(String) });
    await service.repositories.conversations.upsert({
      id: DEMO_EMPLOYEE_ID,
      tenantId: DEMO_TENANT_ID,
      teamsUserId: `29:${DEMO_EMPLOYEE_ID}`,
      conversationId: `a:${DEMO_EMPLOYEE_ID}`,
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      installedAt: new Date().toISOString(),
    });

    const settings = { weeklyCap: 3, reEngageAfterDays: 14, reEngageEveryDays: 30 };
    const stallNudges = async () =>
      (
        await service.repositories.outbox.queuedSince(DEMO_TENANT_ID, 'nudge', new Date(Date.now() - 60_000))
      ).filter((row) => row.personId === DEMO_EMPLOYEE_ID && row.messageId.startsWith('learning-stalled:'));
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
    await applyNudgeRules(service.repositories, DEMO_TENANT_ID, settings, service.url, inDays(6));
    expect(await stallNudges()).toHaveLength(0);
    await applyNudgeRules(service.repositories, DEMO_TENANT_ID, settings, service.url, inDays(8));
    expect(await stallNudges()).toHaveLength(1);
    await applyNudgeRules(service.repositories, DEMO_TENANT_ID, settings, service.url, inDays(20));
    expect(await stallNudges()).toHaveLength(1);
  });
});
