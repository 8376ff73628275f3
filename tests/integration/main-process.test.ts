import { afterAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_AMBASSADOR_ID } from '../../bot/src/demo/demo-data';
import { getJson } from '../support/test-service';

const READY_WITHIN_MS = 30_000;
let dataDir: string;
const started: ChildProcessWithoutNullStreams[] = [];

afterAll(async () => {
  for (const child of started) child.kill('SIGKILL');
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Starts the service as its own process, the way `npm start` does, and waits for its "listening" log line. */
async function startProcess(): Promise<{ child: ChildProcessWithoutNullStreams; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/src/main.ts'], {
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, NODE_ENV: 'development', LOG_LEVEL: 'info' },
  });
  started.push(child);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no "listening" line in time')), READY_WITHIN_MS);
    let buffered = '';
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const line = buffered.split('\n').find((text) => text.includes('Ambassade is listening'));
      if (line) {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { url: string }).url);
      }
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
  });
  return { child, url };
}

function stop(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/dev/signin`, {
    method: 'POST',
    redirect: 'manual',
    body: new URLSearchParams({ objectId: DEMO_AMBASSADOR_ID }),
  });
  return new URLSearchParams(new URL(response.headers.get('location')!, url).hash.slice(1)).get(
    'access_token',
  )!;
}

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
    // Stopped straight after the write: the shutdown itself must save it.
    expect(await stop(first.child)).toBe(0);

    const second = await startProcess();
    const { body } = await getJson(`${second.url}/api/v1/me`, await signIn(second.url));
    expect(body).toMatchObject({ timeZone: 'America/Montreal', locale: 'en' });
    expect(await stop(second.child)).toBe(0);
  });

  it('refuses to start in production without Entra ID, with a message naming the setting', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bot/src/main.ts'], {
      env: { ...process.env, NODE_ENV: 'production', PORT: '0' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain('ENTRA_CLIENT_ID');
  });
});
