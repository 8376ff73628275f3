import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileCoaching } from '../../bot/src/contract/profile-coaching';
import { DEMO_AMBASSADOR_ID, DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';
import { apiAs } from '../support/api-client';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

let service: TestService;
let ambassador: Awaited<ReturnType<typeof apiAs>>;
beforeAll(async () => {
  service = await startTestService();
  ambassador = await apiAs(service, DEMO_AMBASSADOR_ID);
});
afterAll(() => service.dispose());

const donePoints = (coaching: ProfileCoaching) =>
  coaching.points.filter((point) => point.done).map((point) => point.point);

describe('the LinkedIn profile self-check', () => {
  it('starts with every point to do, keeps what the person ticks, and refuses a point that does not exist', async () => {
    const first = (await ambassador.get('/api/v1/me/profile-coaching')).body as ProfileCoaching;
    expect(first.points.map((point) => point.point)).toEqual([
      'photo',
      'headline',
      'about',
      'featured',
      'activity',
    ]);
    expect(donePoints(first)).toEqual([]);

    const saved = await ambassador.put('/api/v1/me/profile-coaching', { done: ['headline', 'photo'] });
    expect(saved.status).toBe(200);
    expect(donePoints(saved.body)).toEqual(['photo', 'headline']);
    expect(donePoints((await ambassador.get('/api/v1/me/profile-coaching')).body)).toEqual([
      'photo',
      'headline',
    ]);

    const refused = await ambassador.put('/api/v1/me/profile-coaching', { done: ['skills'] });
    expect(refused.status).toBe(400);
  });

  it('is not written to the audit log, which reviewers read', async () => {
    const audit = await service.repositories.audit.page(DEMO_TENANT_ID, { entityId: DEMO_AMBASSADOR_ID }, 50);
    expect(JSON.stringify(audit.items)).not.toMatch(/profile|coaching|headline/i);
  });

  it('is in the person’s own data export, and goes with their erasure', async () => {
    const exported = (await ambassador.get('/api/v1/me/data')).body;
    expect(Object.keys(exported.profile.profileCoaching.done).sort()).toEqual(['headline', 'photo']);

    expect((await ambassador.delete('/api/v1/me')).status).toBe(200);
    // Signing in again makes a fresh profile: nothing of the self-check came back with it.
    const after = (await ambassador.get('/api/v1/me/profile-coaching')).body as ProfileCoaching;
    expect(donePoints(after)).toEqual([]);
    expect(after.updatedAt).toBeUndefined();
  });
});
