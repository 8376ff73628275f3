import { afterAll, describe, expect, it } from 'vitest';
import { rm } from 'node:fs/promises';
import { DEMO_AMBASSADOR_ID, DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';
import { getJson, startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

let dataDir: string | undefined;
afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function patchTimeZone(service: TestService, timeZone: string) {
  const token = await service.token({ objectId: DEMO_AMBASSADOR_ID });
  return getJson(`${service.url}/api/v1/me`, token, {
    method: 'PATCH',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ timeZone }),
  });
}

describe('the embedded store keeps data across restarts', () => {
  it('a change made through the API is there after the service stops and starts again', async () => {
    const first = await startTestService();
    dataDir = first.dataDir;
    expect((await patchTimeZone(first, 'Asia/Singapore')).status).toBe(200);
    await first.stop();

    const second = await startTestService({ dataDir });
    try {
      const token = await second.token({ objectId: DEMO_AMBASSADOR_ID });
      const { body } = await getJson(`${second.url}/api/v1/me`, token);
      expect(body.timeZone).toBe('Asia/Singapore');
    } finally {
      await second.stop();
    }
  });

  it('the demo data is created once, not again on the next start', async () => {
    const third = await startTestService({ dataDir });
    try {
      // The change from the previous test would have been overwritten by a second seed.
      const person = await third.repositories.people.get(DEMO_TENANT_ID, DEMO_AMBASSADOR_ID);
      expect(person?.timeZone).toBe('Asia/Singapore');
    } finally {
      await third.stop();
    }
  });

  it('a person signed in before a restart stays signed in (the dev issuer keeps its key)', async () => {
    const before = await startTestService({ dataDir });
    const token = await before.token({ objectId: DEMO_AMBASSADOR_ID });
    await before.stop();
    const after = await startTestService({ dataDir });
    try {
      expect((await getJson(`${after.url}/api/v1/me`, token)).status).toBe(200);
    } finally {
      await after.stop();
    }
  });
});
