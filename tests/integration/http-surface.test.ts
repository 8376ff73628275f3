import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, writeFile } from 'node:fs/promises';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { DEMO_AMBASSADOR_ID, DEMO_MANAGER_ID } from '../../bot/src/demo/demo-data';
import { getJson, startTestService, TAB_FIXTURE_HTML } from '../support/test-service';
import type { TestService } from '../support/test-service';

/** A GET whose answer is read as sent: fetch would decode it and hide the encoding chosen. */
function getRaw(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      http
        .get(url, { headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              body: Buffer.concat(chunks),
            }),
          );
        })
        .on('error', reject);
    },
  );
}

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service.dispose());

describe('probes', () => {
  it('/healthz says the process is up', async () => {
    const { status, body } = await getJson(`${service.url}/healthz`);
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ok' });
  });

  it('/readyz says the store answers', async () => {
    const { status, body } = await getJson(`${service.url}/readyz`);
    expect(status).toBe(200);
    expect(body).toEqual({ status: 'ready' });
  });
});

describe('the tab', () => {
  it('/ serves the tab with a CSP that lets only Teams and Microsoft 365 frame it', async () => {
    const response = await fetch(`${service.url}/`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(TAB_FIXTURE_HTML);
    const csp = response.headers.get('content-security-policy') ?? '';
    const frameAncestors = csp.split(';').find((directive) => directive.trim().startsWith('frame-ancestors'));
    expect(frameAncestors).toContain('https://teams.microsoft.com');
    expect(frameAncestors).toContain('https://*.cloud.microsoft');
    expect(frameAncestors).toContain('https://*.sharepoint.com');
    expect(frameAncestors).not.toContain('*;');
    expect(csp).toContain("script-src 'self'");
    expect(response.headers.get('x-frame-options')).toBeNull();
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('a page address the tab routes in the browser also gets the tab, never cached', async () => {
    const response = await fetch(`${service.url}/studio/people`, {
      headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' },
    });
    expect(await response.text()).toBe(TAB_FIXTURE_HTML);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('a fingerprinted asset is cached for good', async () => {
    await mkdir(path.join(service.dataDir, 'tab', 'assets'), { recursive: true });
    await writeFile(path.join(service.dataDir, 'tab', 'assets', 'main-abc123.js'), 'export {};');
    const response = await fetch(`${service.url}/assets/main-abc123.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('javascript');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  describe('a script the build compressed', () => {
    const script = `export const text = ${JSON.stringify('Bonjour. '.repeat(400))};`;
    const address = () => `${service.url}/assets/compressed-def456.js`;
    beforeAll(async () => {
      const assets = path.join(service.dataDir, 'tab', 'assets');
      await mkdir(assets, { recursive: true });
      await writeFile(path.join(assets, 'compressed-def456.js'), script);
      await writeFile(path.join(assets, 'compressed-def456.js.br'), brotliCompressSync(script));
      await writeFile(path.join(assets, 'compressed-def456.js.gz'), gzipSync(script));
    });

    it('is sent as the Brotli copy to a browser that accepts it, typed and cached as the script', async () => {
      const response = await getRaw(address(), { 'accept-encoding': 'gzip, deflate, br' });
      expect(response.status).toBe(200);
      expect(response.headers['content-encoding']).toBe('br');
      expect(response.headers['content-type']).toContain('javascript');
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.headers.vary).toContain('Accept-Encoding');
      expect(brotliDecompressSync(response.body).toString()).toBe(script);
      expect(response.body.length).toBeLessThan(script.length / 10);
    });

    it('is sent as the gzip copy where Brotli is not accepted, and as it is where nothing is', async () => {
      const gzip = await getRaw(address(), { 'accept-encoding': 'gzip' });
      expect(gzip.headers['content-encoding']).toBe('gzip');
      const identity = await getRaw(address(), { 'accept-encoding': 'identity' });
      expect(identity.headers['content-encoding']).toBeUndefined();
      expect(identity.body.toString()).toBe(script);
      expect(identity.headers.vary).toContain('Accept-Encoding');
      const refused = await getRaw(address(), { 'accept-encoding': 'br;q=0, gzip' });
      expect(refused.headers['content-encoding']).toBe('gzip');
    });
  });

  it('the tab page is compressed when the build compressed it, and never cached for good', async () => {
    const page = `<!doctype html><title>Ambassade</title>${'<p>Bonjour</p>'.repeat(200)}`;
    await writeFile(path.join(service.dataDir, 'tab', 'index.html.br'), brotliCompressSync(page));
    const response = await getRaw(`${service.url}/library`, { accept: 'text/html', 'accept-encoding': 'br' });
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toContain('text/html');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(brotliDecompressSync(response.body).toString()).toBe(page);
  });

  it.each([
    ['a missing script', '/assets/nope.js', '*/*'],
    ['a missing picture', '/demo/images/nope.svg', 'image/avif,image/webp,*/*'],
    ['a missing file asked for as a page', '/assets/nope.js', 'text/html'],
    ['a page address asked for as data', '/studio/people', 'application/json'],
  ])('%s is a 404 problem, not the tab', async (_what, address, accept) => {
    const response = await fetch(`${service.url}${address}`, { headers: { accept } });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await response.json()).toMatchObject({ status: 404 });
  });
});

describe('API answers', () => {
  it('a long answer is compressed for a client that accepts it; a short one goes as it is', async () => {
    const token = await service.token({ objectId: DEMO_AMBASSADOR_ID });
    const authorization = `Bearer ${token}`;
    const library = await getRaw(`${service.url}/api/v1/library`, { authorization, 'accept-encoding': 'br' });
    expect(library.status).toBe(200);
    expect(library.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(library.body).toString()).items.length).toBeGreaterThan(0);
    const config = await getRaw(`${service.url}/api/v1/client-config`, { 'accept-encoding': 'br' });
    expect(config.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(config.body.toString())).toHaveProperty('signIn');
  });
});

describe('API errors are problem JSON', () => {
  it('an unknown API route → 404 problem', async () => {
    const { status, contentType, body } = await getJson(`${service.url}/api/v1/nothing-here`);
    expect(status).toBe(404);
    expect(contentType).toContain('application/problem+json');
    expect(body).toMatchObject({ status: 404, title: 'Not Found' });
    expect(body.instance).toMatch(/^urn:request:/);
  });

  it('echoes a caller-supplied request id, and makes one otherwise', async () => {
    const given = await fetch(`${service.url}/healthz`, {
      headers: { 'x-request-id': 'support-ticket-1234' },
    });
    expect(given.headers.get('x-request-id')).toBe('support-ticket-1234');
    const made = await fetch(`${service.url}/healthz`, { headers: { 'x-request-id': 'bad id with spaces' } });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('what is not HTTP at all is answered as a problem too', () => {
  /** Writes bytes straight to the port and reads everything the service answers before it closes. */
  function sendBytes(bytes: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const socket = net.connect(service.port, '127.0.0.1', () => socket.end(bytes));
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk.toString()));
      socket.on('close', () => resolve(answer));
      socket.on('error', reject);
    });
  }
  const problemOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));

  it('a request line that does not parse → 400 problem, then the connection closes', async () => {
    const answer = await sendBytes('NOT HTTP AT ALL\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(answer).toContain('Content-Type: application/problem+json');
    expect(answer).toContain('Connection: close');
    expect(problemOf(answer)).toMatchObject({ status: 400, title: 'Bad Request' });
  });

  it('headers past the limit → 431 problem', async () => {
    const answer = await sendBytes(
      `GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(problemOf(answer)).toMatchObject({ status: 431, code: 'request.headersTooLarge' });
  });
});

describe('client configuration', () => {
  it('tells the tab to use the dev sign-in on a local run', async () => {
    const { status, body } = await getJson(`${service.url}/api/v1/client-config`);
    expect(status).toBe(200);
    expect(body).toEqual({ signIn: 'dev', signInUrl: '/dev/signin' });
  });
});

describe('organisation and studio', () => {
  it('an employee reads the organisation with its brands and groups and their sizes', async () => {
    const token = await service.token({ objectId: DEMO_AMBASSADOR_ID });
    const { status, body } = await getJson(`${service.url}/api/v1/organisation`, token);
    expect(status).toBe(200);
    expect(body.brands).toHaveLength(2);
    expect(body.groups).toHaveLength(3);
    const pilot = body.groups.find((group: { kind: string }) => group.kind === 'pilot');
    expect(pilot.name.en).toBe('Pilot group');
    expect(pilot.memberCount).toBeGreaterThan(0);
  });

  it('a manager pages through all 40 demo people without repeats', async () => {
    const token = await service.token({ objectId: DEMO_MANAGER_ID, roles: ['Programme.Manager'] });
    const seen: string[] = [];
    let continuationToken: string | undefined;
    let pages = 0;
    do {
      const query = new URLSearchParams({ limit: '15', ...(continuationToken ? { continuationToken } : {}) });
      const { status, body } = await getJson(`${service.url}/api/v1/studio/people?${query}`, token);
      expect(status).toBe(200);
      expect(body.items.length).toBeLessThanOrEqual(15);
      seen.push(...body.items.map((person: { id: string }) => person.id));
      continuationToken = body.continuationToken;
      pages += 1;
    } while (continuationToken && pages < 10);
    expect(seen).toHaveLength(40);
    expect(new Set(seen).size).toBe(40);
    expect(pages).toBe(3);
  });

  it.each(['-1', '999999999', '{"offset":-5}', 'not.a.token'])(
    'a continuation token the service did not issue (%s) → 400 naming query.continuationToken',
    async (continuationToken) => {
      const token = await service.token({ objectId: DEMO_MANAGER_ID, roles: ['Programme.Manager'] });
      const query = new URLSearchParams({ continuationToken });
      const { status, contentType, body } = await getJson(
        `${service.url}/api/v1/studio/people?${query}`,
        token,
      );
      expect(status).toBe(400);
      expect(contentType).toContain('application/problem+json');
      expect(body.errors.map((e: { field: string }) => e.field)).toEqual(['query.continuationToken']);
    },
  );

  it('a continuation token is only good for the list and filters it came with', async () => {
    const token = await service.token({ objectId: DEMO_MANAGER_ID, roles: ['Programme.Manager'] });
    const first = await getJson(`${service.url}/api/v1/studio/people?limit=5`, token);
    const { continuationToken } = first.body as { continuationToken: string };
    const again = (path: string) =>
      getJson(
        `${service.url}${path}${path.includes('?') ? '&' : '?'}${new URLSearchParams({ continuationToken })}`,
        token,
      );
    expect((await again('/api/v1/studio/people?limit=5')).status).toBe(200);
    expect((await again('/api/v1/studio/people?limit=10')).status).toBe(200);
    expect((await again('/api/v1/studio/people?limit=5&q=ma')).status).toBe(400);
    expect((await again('/api/v1/studio/groups/group-pilot/members?limit=5')).status).toBe(400);
  });
});
