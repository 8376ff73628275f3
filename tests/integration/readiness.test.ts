import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readinessQuestions } from '../../bot/src/contract/readiness';
import type { ReadinessAnswers } from '../../bot/src/contract/readiness';
import {
  DEMO_AMBASSADOR_ID,
  DEMO_MANAGER_ID,
  DEMO_REVIEWER_ID,
  DEMO_TENANT_ID,
} from '../../bot/src/demo/demo-data';
import { apiAs } from '../support/api-client';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

let service: TestService;
let manager: Awaited<ReturnType<typeof apiAs>>;
beforeAll(async () => {
  service = await startTestService();
  manager = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Manager']);
});
afterAll(() => service.dispose());

const allAnswered = (value: number): ReadinessAnswers =>
  Object.fromEntries(readinessQuestions.map(({ id }) => [id, value])) as ReadinessAnswers;

const stateOf = async (key: string) => {
  const plan = await manager.get('/api/v1/studio/programme-plan');
  expect(plan.status).toBe(200);
  return (plan.body.steps as { key: string; state: string }[]).find((step) => step.key === key)?.state;
};

describe('the readiness diagnostic', () => {
  it('is empty until taken, then keeps each take by date with its scores, newest first', async () => {
    const before = await manager.get('/api/v1/studio/diagnostic');
    expect(before.body).toEqual({ latest: null, history: [] });

    const first = await manager.post('/api/v1/studio/diagnostic', { answers: allAnswered(1) });
    expect(first.status).toBe(200);
    expect(first.body.latest.overall).toBe(25);

    const retake = await manager.post('/api/v1/studio/diagnostic', {
      answers: { ...allAnswered(3), 'constraints-listed': null, 'constraints-regulated': null },
    });
    expect(retake.body.latest.answers['constraints-listed']).toBeNull();
    expect(retake.body.latest.scores).toContainEqual({ dimension: 'constraints', score: null });
    expect(retake.body.latest.overall).toBe(75);

    const now = await manager.get('/api/v1/studio/diagnostic');
    expect(now.body.history.map((take: { overall: number }) => take.overall)).toEqual([75, 25]);
    expect(now.body.latest.id).toBe(now.body.history[0].id);

    const audit = await service.repositories.audit.page(DEMO_TENANT_ID, { action: 'diagnostic.taken' }, 10);
    expect(audit.items).toHaveLength(2);
    expect(audit.items[0]?.actor.id).toBe(DEMO_MANAGER_ID);
  });

  it('refuses a take with a statement unanswered, out of the scale, unknown, or wrongly not applicable', async () => {
    const unanswered: Partial<ReadinessAnswers> = allAnswered(2);
    delete unanswered['pilot-volunteers'];
    const takes = [
      unanswered,
      { ...allAnswered(2), 'pilot-volunteers': 5 },
      { ...allAnswered(2), 'pilot-volunteers': 1.5 },
      { ...allAnswered(2), 'pilot-mood': 2 },
      { ...allAnswered(2), 'charter-written': null },
    ];
    for (const answers of takes) {
      const refused = await manager.post('/api/v1/studio/diagnostic', { answers });
      expect(refused.status).toBe(400);
      expect(refused.body.code).toBe('request.invalid');
    }
    const kept = await manager.get('/api/v1/studio/diagnostic');
    expect(kept.body.history).toHaveLength(2);
  });

  it('is for programme managers and administrators only', async () => {
    for (const [id, roles] of [
      [DEMO_REVIEWER_ID, ['Programme.Reviewer']],
      [DEMO_AMBASSADOR_ID, []],
    ] as const) {
      const other = await apiAs(service, id, [...roles]);
      expect((await other.get('/api/v1/studio/diagnostic')).status).toBe(403);
      expect((await other.post('/api/v1/studio/diagnostic', { answers: allAnswered(4) })).status).toBe(403);
      expect((await other.get('/api/v1/studio/programme-plan')).status).toBe(403);
    }
    const admin = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Admin']);
    expect((await admin.get('/api/v1/studio/programme-plan')).status).toBe(200);
  });
});

describe('the programme plan', () => {
  it('lists the eleven steps, the diagnostic done once taken', async () => {
    const plan = await manager.get('/api/v1/studio/programme-plan');
    expect(plan.body.steps).toHaveLength(11);
    expect(await stateOf('diagnostic')).toBe('done');
  });

  it('ticks the pilot group step itself: to do without one, started once created, done with members', async () => {
    // The demo's pilot group becomes a team: the organisation has no pilot group left.
    const renamed = await manager.put('/api/v1/studio/groups/group-pilot', {
      name: { fr: 'Équipe', en: 'Team' },
      kind: 'team',
    });
    expect(renamed.status).toBe(200);
    expect(await stateOf('pilot')).toBe('todo');

    const created = await manager.post('/api/v1/studio/groups', {
      name: { fr: 'Pilote', en: 'Pilot' },
      kind: 'pilot',
    });
    expect(await stateOf('pilot')).toBe('in-progress');

    await manager.post(`/api/v1/studio/groups/${created.body.id}/members`, {
      personIds: [DEMO_AMBASSADOR_ID],
    });
    expect(await stateOf('pilot')).toBe('done');
  });

  it('takes the steps it cannot see as ticked by hand, audited with the state before and after', async () => {
    expect(await stateOf('leadership')).toBe('todo');
    const ticked = await manager.put('/api/v1/studio/programme-plan/steps/leadership', {
      state: 'in-progress',
    });
    expect(ticked.status).toBe(200);
    await manager.put('/api/v1/studio/programme-plan/steps/leadership', { state: 'done' });
    expect(await stateOf('leadership')).toBe('done');

    const audit = await service.repositories.audit.page(DEMO_TENANT_ID, { entityId: 'leadership' }, 10);
    expect(audit.items.map(({ action, before, after }) => ({ action, before, after }))).toEqual([
      { action: 'programme-step.updated', before: { state: 'in-progress' }, after: { state: 'done' } },
      { action: 'programme-step.updated', before: { state: 'todo' }, after: { state: 'in-progress' } },
    ]);
  });

  it('refuses to tick a step the product computes, or an unknown state', async () => {
    const computed = await manager.put('/api/v1/studio/programme-plan/steps/pilot', { state: 'done' });
    expect(computed.status).toBe(400);
    const unknown = await manager.put('/api/v1/studio/programme-plan/steps/training', { state: 'started' });
    expect(unknown.status).toBe(400);
    expect(await stateOf('training')).toBe('todo');
  });
});
