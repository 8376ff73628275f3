import { afterAll, describe, expect, it } from 'vitest';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_AMBASSADOR_ID } from '../../bot/src/demo/demo-data';
import { getJson } from '../support/test-service';
import { devSignIn, spawnService } from '../support/service-process';

let dataDir: string;
const started: ChildProcessWithoutNullStreams[] = [];

afterAll(async () => {
  for (const child of started) child.kill('SIGKILL');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

async function startProcess(): Promise<{ child: ChildProcessWithoutNullStreams; url: string }> {
  const service = spawnService({ DATA_DIR: dataDir });
  started.push(service.child);
  return { child: service.child, url: await service.listening };
}

/** `signals` in a row, as an impatient orchestrator sends them: only the first one starts the shutdown. */
function stop(child: ChildProcessWithoutNullStreams, signals = 1): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
    // Apart, so that the system does not merge them into one: the second comes while the first is saving.
    for (let sent = 1; sent < signals; sent++) setTimeout(() => child.kill('SIGTERM'), 20 * sent);
  });
}

const signIn = (url: string) => devSignIn(url, DEMO_AMBASSADOR_ID);

describe('the service as a process', () => {
  it('is ready within 30 s, stops cleanly on SIGTERM, and finds its data again on the next start', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'ambassade-process-'));
    const first = await startProcess();
    expect((await getJson(`${first.url}/readyz`)).status).toBe(200);

    const token = await signIn(first.url);
    const patched = await getJson(`${first.url}/api/v1/me`, token, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ timeZone: 'America/Montreal', locale: 'en' }),
    });
    expect(patched.status).toBe(200);
    // Stopped straight after the write, with a second SIGTERM on the first's heels: the shutdown must save it.
    expect(await stop(first.child, 2)).toBe(0);

    const second = await startProcess();
    const { body } = await getJson(`${second.url}/api/v1/me`, await signIn(second.url));
    expect(body).toMatchObject({ timeZone: 'America/Montreal', locale: 'en' });
    expect(await stop(second.child)).toBe(0);
  });

  it('refuses to start in production without Entra ID, with a message naming the setting', async () => {
    const service = spawnService({ NODE_ENV: 'production' });
    let stderr = '';
    service.child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await service.exited;
    expect(code).toBe(1);
    expect(stderr).toContain('ENTRA_CLIENT_ID');
  });

  it('refuses to start in production without the bot identity, naming it', async () => {
    const service = spawnService({
      NODE_ENV: 'production',
      COSMOS_ENDPOINT: 'https://ambassade.documents.azure.com:443/',
      ENTRA_CLIENT_ID: '00000000-0000-4000-8000-0000000000e1',
      ENTRA_ALLOWED_TENANTS: '00000000-0000-4000-8000-0000000000e2',
      MEDIA_STORAGE_URL: 'https://ambassade.blob.core.windows.net/media',
    });
    let stderr = '';
    service.child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    expect(await service.exited).toBe(1);
    expect(stderr).toContain('BOT_ID');
  });
});
