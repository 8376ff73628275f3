import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    serverEntry: string;
  }
}

/**
 * Global setup of the integration suite: bundles the service once, as `npm start` runs it, for the tests that
 * start it as a process. Under dist/, so that its dependencies resolve from node_modules.
 */
export default async function setup(project: TestProject) {
  await mkdir('dist', { recursive: true });
  const outDir = await mkdtemp(path.join('dist', 'test-server-'));
  const entry = path.resolve(outDir, 'main.js');
  await promisify(execFile)(process.execPath, ['scripts/build-server.mjs', entry]);
  project.provide('serverEntry', entry);
  return async () => {
    await rm(outDir, { recursive: true, force: true });
  };
}
