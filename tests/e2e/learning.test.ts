import { expect, it } from 'vitest';
import { demoPersonId } from '../../bot/src/demo/demo-data';
import { DEMO_ONBOARDING_PATH_ID, buildDemoLearningPaths } from '../../bot/src/demo/demo-learning';
import { defaultPointsRules } from '../../bot/src/domain/points-rules';
import { projectionSettled } from '../support/activity-projection';
import { apiAs } from '../support/api-client';
import {
  describeInChromium,
  expectNoSeriousAxeIssue,
  setUpE2eSession,
  waitForHeading,
} from '../support/e2e-session';

/** Priya Raman reads English and has not started the onboarding path. */
const AMBASSADOR_ID = demoPersonId(15);
const onboarding = buildDemoLearningPaths(new Date())[0]!;
const firstModule = onboarding.modules[0]!;

describeInChromium('training paths in Chromium', () => {
  const session = setUpE2eSession();

  it('an ambassador completes an onboarding module with its quiz in the tab and earns its points', async () => {
    const api = await apiAs(session.service, AMBASSADOR_ID);
    await projectionSettled(session.service);
    const before = (await api.get('/api/v1/me/points')).body.points as number;

    const ambassador = await session.signIn(AMBASSADOR_ID);
    await ambassador.getByRole('link', { name: 'Learn', exact: true }).click();
    await waitForHeading(ambassador, /^Learn$/);
    const path = ambassador.getByRole('region', { name: onboarding.title.en, exact: true });
    await path.getByText('0 modules of 4 completed', { exact: true }).waitFor();
    await expectNoSeriousAxeIssue(ambassador);

    await path.getByRole('link', { name: firstModule.title.en }).click();
    await waitForHeading(ambassador, firstModule.title.en);
    const [disclose, heated] = firstModule.quiz;
    const choose = (question: typeof disclose, optionId: string) =>
      ambassador
        .getByRole('radiogroup', { name: question!.question.en })
        .getByRole('radio', { name: question!.options.find((option) => option.id === optionId)!.label.en })
        .check();

    // One wrong answer: said politely, the module stays to do.
    await choose(disclose, 'a');
    await choose(heated, heated!.answerId);
    await ambassador.getByRole('button', { name: 'Check my answers', exact: true }).click();
    await ambassador.getByText('Not quite yet', { exact: true }).waitFor();
    await ambassador.getByText('1 answer of 2 is right.', { exact: false }).waitFor();
    await expectNoSeriousAxeIssue(ambassador);

    await choose(disclose, disclose!.answerId);
    await ambassador.getByRole('button', { name: 'Check my answers', exact: true }).click();
    await ambassador
      .getByRole('status')
      .filter({ hasText: /^Well done: this module is completed, and you are 25 % through the path/ })
      .waitFor();
    await ambassador.getByRole('link', { name: `Next module: ${onboarding.modules[1]!.title.en}` }).waitFor();

    await projectionSettled(session.service);
    const after = (await api.get('/api/v1/me/points')).body.points as number;
    expect(after).toBe(before + defaultPointsRules.learningModule);
    const progress = await session.service.repositories.learningProgress.get(
      onboarding.tenantId,
      `${DEMO_ONBOARDING_PATH_ID}:${AMBASSADOR_ID}`,
    );
    expect(progress?.completed.map((entry) => entry.moduleId)).toEqual([firstModule.id]);

    await ambassador.getByRole('link', { name: 'All training paths', exact: true }).click();
    await path.getByText('1 module of 4 completed', { exact: true }).waitFor();
  });
});
