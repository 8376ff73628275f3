import { afterAll, describe, expect, it } from 'vitest';
import { once } from 'node:events';
import http from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_MANAGER_ID } from '../../bot/src/demo/demo-data';
import { devSignIn, freePort, spawnService } from '../support/service-process';
import type { ServiceProcess } from '../support/service-process';

/** A request that gets no answer within this long counts as hung. */
const ANSWER_WITHIN_MS = 1_000;

const dataDirs: string[] = [];
const processes: ServiceProcess[] = [];
afterAll(async () => {
  for (const { child } of processes) child.kill('SIGKILL');
  await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function start(port: number): Promise<ServiceProcess> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ambassade-lifecycle-'));
  dataDirs.push(dataDir);
  const service = spawnService({ DATA_DIR: dataDir, PORT: String(port) });
  processes.push(service);
  return service;
}

type Outcome =
  | { kind: 'answered'; status: number; contentType: string; retryAfter: string | undefined; body: string }
  | { kind: 'refused' }
  | { kind: 'hung' };

/** One GET on a fresh connection: answered, refused (nothing listening yet), or hung. */
function probe(port: number, pathname: string): Promise<Outcome> {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: pathname, agent: false }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () =>
        resolve({
          kind: 'answered',
          status: response.statusCode ?? 0,
          contentType: response.headers['content-type'] ?? '',
          retryAfter: response.headers['retry-after'],
          body,
        }),
      );
    });
    request.setTimeout(ANSWER_WITHIN_MS, () => {
      resolve({ kind: 'hung' });
      request.destroy();
    });
    request.on('error', () => resolve({ kind: 'refused' }));
  });
}

describe('the service starting and stopping', () => {
  it('answers every request from the instant its process starts: 503 with Retry-After until ready', async () => {
    const port = await freePort();
    const service = await start(port);
    let ready = false;
    void service.listening.then(() => (ready = true));

    const outcomes: Outcome[] = [];
    // Bounded: a round of probes every 10 ms until the service says it is wired, then a few more rounds.
    for (let round = 0, roundsAfterReady = 0; round < 3_000 && roundsAfterReady < 10; round += 1) {
      if (ready) roundsAfterReady += 1;
      outcomes.push(
        ...(await Promise.all([
          probe(port, '/readyz'),
          probe(port, '/healthz'),
          probe(port, '/api/v1/library'),
        ])),
      );
      await new Promise((resolve) => setTimeout(resolve, 10));
    }

    const answered = outcomes.filter((outcome) => outcome.kind === 'answered');
    expect(outcomes.filter((outcome) => outcome.kind === 'hung')).toEqual([]);
    const unavailable = answered.filter((outcome) => outcome.status === 503);
    // The port opens before the store is restored, so the window of 503s is always there.
    expect(unavailable.length).toBeGreaterThan(0);
    for (const outcome of unavailable) {
      expect(outcome.contentType).toContain('application/problem+json');
      expect(outcome.retryAfter).toBe('1');
      expect(JSON.parse(outcome.body)).toMatchObject({ status: 503, title: 'Service Unavailable' });
    }
    // Before ready: only 503s; once open, the probe says ready and the API asks for a sign-in.
    expect(answered.every((outcome) => [200, 401, 503].includes(outcome.status))).toBe(true);
    expect(await probe(port, '/readyz')).toMatchObject({ kind: 'answered', status: 200 });
    expect(await probe(port, '/api/v1/library')).toMatchObject({ kind: 'answered', status: 401 });
  });

  it('on SIGTERM, refuses new requests with 503 while the one in flight finishes, then exits 0', async () => {
    const port = await freePort();
    const service = await start(port);
    const url = await service.listening;
    const token = await devSignIn(url, DEMO_MANAGER_ID);
    // Signed in and already served once: the service has fetched its sign-in keys, as it has for anyone
    // whose request is in flight when a stop begins (it no longer serves them once stopping).
    const signedIn = await fetch(`${url}/api/v1/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(signedIn.status).toBe(200);

    // An upload whose body is still arriving when the stop begins.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
      'base64',
    );
    const upload = http.request({
      host: '127.0.0.1',
      port,
      path: '/api/v1/media',
      method: 'POST',
      agent: false,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'image/png',
        'content-length': png.length,
        // The service answers 100 Continue as it hands the request to its handler: from then on it is in flight.
        expect: '100-continue',
      },
    });
    const uploaded = new Promise<{ status: number; body: string }>((resolve, reject) => {
      upload.on('response', (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
      });
      upload.on('error', reject);
    });
    upload.flushHeaders();
    await once(upload, 'continue');
    upload.write(png.subarray(0, 10));

    service.child.kill('SIGTERM');
    // The stop has begun once readiness turns 503.
    await expect.poll(() => probe(port, '/readyz')).toMatchObject({ kind: 'answered', status: 503 });
    const refused = await probe(port, '/api/v1/library');
    expect(refused).toMatchObject({ kind: 'answered', status: 503, retryAfter: '1' });
    expect(await probe(port, '/healthz')).toMatchObject({ kind: 'answered', status: 200 });
    expect(await probe(port, '/readyz')).toMatchObject({ kind: 'answered', status: 503 });

    upload.end(png.subarray(10));
    const finished = await uploaded;
    expect(finished.status).toBe(201);
    expect(JSON.parse(finished.body)).toMatchObject({ contentType: 'image/png', size: png.length });
    expect(await service.exited).toBe(0);
  });
});
