import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../bot/src/config';
import { createLogger } from '../../bot/src/logger';
import { startService } from '../../bot/src/service';
import type { RunningService } from '../../bot/src/service';
import type { DevTokenOverrides } from '../../bot/src/identity/dev-issuer';
import type { AppRole } from '../../bot/src/contract/roles';
import { DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';

export interface TestService extends RunningService {
  dataDir: string;
  /** Signs a token for a demo-tenant person through the service's own dev issuer. */
  token(
    person: { objectId: string; roles?: AppRole[]; name?: string },
    overrides?: DevTokenOverrides,
  ): Promise<string>;
  /** Stops the service and removes its data folder. */
  dispose(): Promise<void>;
}

export const TAB_FIXTURE_HTML = '<!doctype html><html><body><div id="root">tab fixture</div></body></html>';

/**
 * Starts the real service (HTTP, embedded Cosmos over the wire protocol, dev issuer) on a random port
 * with its own data folder. Pass `dataDir` to start again on the data a previous instance left.
 */
export async function startTestService(
  options: { dataDir?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<TestService> {
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'ambassade-test-')));
  const tabDirectory = path.join(dataDir, 'tab');
  await mkdir(tabDirectory, { recursive: true });
  await writeFile(path.join(tabDirectory, 'index.html'), TAB_FIXTURE_HTML);

  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: '0',
    DATA_DIR: dataDir,
    TAB_DIR: tabDirectory,
    LOG_LEVEL: 'silent',
    ...options.env,
  });
  const service = await startService(config, createLogger(config.logLevel));
  return {
    ...service,
    dataDir,
    async token(person, overrides) {
      const { token } = await service.devIssuer!.issue(
        {
          tenantId: DEMO_TENANT_ID,
          objectId: person.objectId,
          name: person.name ?? 'Test Person',
          username: 'test.person@aurore-demo.example',
          roles: person.roles ?? [],
        },
        overrides,
      );
      return token;
    },
    async dispose() {
      await service.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

export async function getJson(url: string, token?: string, init: RequestInit = {}) {
  const response = await fetch(url, {
    ...init,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(init.headers as Record<string, string>),
    },
  });
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  return {
    response,
    status: response.status,
    contentType,
    body: text && /application\/([\w.-]+\+)?json\b/.test(contentType) ? JSON.parse(text) : text,
  };
}
