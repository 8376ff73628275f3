import { afterAll, describe, expect, it } from 'vitest';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
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

describe('local data saved by earlier versions', () => {
  it('a whole-store snapshot (cosmos-snapshot.json, format 1) is loaded once and saved in the new form', async () => {
    const earlier = await startTestService();
    const legacyDir = earlier.dataDir;
    await earlier.stop();
    // The file as earlier versions wrote it: every container's documents, in one JSON object.
    const cosmosDir = path.join(legacyDir, 'cosmos');
    const containers: Record<string, Record<string, unknown>[]> = {};
    for (const name of await readdir(cosmosDir)) {
      const snapshot = JSON.parse(await readFile(path.join(cosmosDir, name), 'utf8'));
      containers[snapshot.container] = snapshot.documents;
    }
    const ambassador = containers.people!.find((person) => person.id === DEMO_AMBASSADOR_ID)!;
    ambassador.timeZone = 'Pacific/Auckland';
    await rm(cosmosDir, { recursive: true });
    const legacyFile = path.join(legacyDir, 'cosmos-snapshot.json');
    await writeFile(legacyFile, JSON.stringify({ format: 1, savedAt: new Date().toISOString(), containers }));

    const migrated = await startTestService({ dataDir: legacyDir });
    try {
      const person = await migrated.repositories.people.get(DEMO_TENANT_ID, DEMO_AMBASSADOR_ID);
      expect(person?.timeZone).toBe('Pacific/Auckland');
      await expect(readFile(legacyFile)).rejects.toMatchObject({ code: 'ENOENT' });
    } finally {
      await migrated.stop();
    }
    const again = await startTestService({ dataDir: legacyDir });
    try {
      const person = await again.repositories.people.get(DEMO_TENANT_ID, DEMO_AMBASSADOR_ID);
      expect(person?.timeZone).toBe('Pacific/Auckland');
    } finally {
      await again.dispose();
    }
  });
});
