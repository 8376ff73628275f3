import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    tabDir: string;
  }
}

/** Global setup of the end-to-end suite: builds the tab from the current sources, once, into a temporary folder. */
export default async function setup(project: TestProject) {
  const outDir = await mkdtemp(path.join(tmpdir(), 'ambassade-tab-'));
  await build({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
  project.provide('tabDir', outDir);
  return async () => {
    await rm(outDir, { recursive: true, force: true });
  };
}
