/*
 * npm run bench -- tab [--json]
 *
 * What an ambassador's first screen costs on the wire: the tab built as `npm start` builds it, served by the
 * service, opened cold in headless Chromium (home, then the library), against a baseline built and served
 * the same way in the same run: a bare Fluent UI v9 page of cards with teams-js (`baseline/`). Counted: the
 * compressed bytes of script and style the browser received (Fluent writes its styles from script).
 */
import express from 'express';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { buildDemoData, DEMO_AMBASSADOR_ID } from '../../bot/src/demo/demo-data';
import { createTabFilesRouter } from '../../bot/src/http/tab-files';
import { launchChromium } from '../../tests/support/browser';
import { startTestService } from '../../tests/support/test-service';
import tabConfig from '../../vite.config';

const here = path.dirname(fileURLToPath(import.meta.url));
const DEV_TOKEN_KEY = 'ambassade.devToken';
/** Teams serves tabs over HTTPS, where browsers accept Brotli; here the pages are plain HTTP on 127.0.0.1. */
const TEAMS_ACCEPT_ENCODING = 'br, gzip, deflate';

interface Transfer {
  bytes: number;
  files: { file: string; bytes: number; encoding: string }[];
}

export async function run(_args: readonly string[], progress: (line: string) => void) {
  const work = await mkdtemp(path.join(tmpdir(), 'ambassade-tab-bench-'));
  const tabDir = path.join(work, 'tab');
  const baselineDir = path.join(work, 'baseline');
  progress('building the tab and the baseline page');
  await build({
    configFile: 'vite.config.ts',
    logLevel: 'warn',
    build: { outDir: tabDir, sourcemap: false },
  });
  await build({
    configFile: false,
    root: path.join(here, 'baseline'),
    plugins: tabConfig.plugins,
    logLevel: 'warn',
    build: { outDir: baselineDir, emptyOutDir: true },
  });

  const service = await startTestService({ env: { TAB_DIR: tabDir } });
  const baseline = await serveBaseline(baselineDir);
  const browser = await launchChromium();
  try {
    const token = await devToken(await browser.newContext(), service.url);

    progress('an ambassador opens the tab cold: home, then the library');
    const tab = await coldContext(browser, token);
    const firstScreen = await transferred(await tab.newPage(), async (page) => {
      await page.goto(`${service.url}/`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForLoadState('networkidle');
      await page.getByRole('navigation').first().getByRole('link', { name: 'Bibliothèque' }).click();
      await page.locator('main article').first().waitFor();
      await page.waitForLoadState('networkidle');
    });

    progress('the baseline page, cold');
    const bare = await transferred(await (await coldContext(browser)).newPage(), async (page) => {
      await page.goto(`${baseline.url}/`);
      await page.getByRole('button', { name: 'Share' }).first().waitFor();
      await page.waitForLoadState('networkidle');
    });

    for (const { file, bytes, encoding } of firstScreen.files.sort((a, b) => b.bytes - a.bytes).slice(0, 8))
      progress(`  ${String(bytes).padStart(8)} B  ${encoding.padEnd(8)} ${file}`);
    return {
      first_screen_bytes: firstScreen.bytes,
      first_screen_files: firstScreen.files.length,
      baseline_bytes: bare.bytes,
      baseline_files: bare.files.length,
      ratio: Math.round((firstScreen.bytes / bare.bytes) * 100) / 100,
      goal_ratio: 1.2,
    };
  } finally {
    await browser.close();
    await new Promise((resolve) => baseline.server.close(resolve));
    await service.dispose();
    await rm(work, { recursive: true, force: true });
  }
}

async function serveBaseline(directory: string) {
  const app = express();
  app.use(createTabFilesRouter(directory));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** A new browser profile (nothing cached), asking for what a browser asks over HTTPS, signed in if given a token. */
async function coldContext(browser: Awaited<ReturnType<typeof launchChromium>>, token?: string) {
  const context = await browser.newContext({
    locale: 'fr-FR',
    viewport: { width: 1280, height: 900 },
    extraHTTPHeaders: { 'accept-encoding': TEAMS_ACCEPT_ENCODING },
  });
  if (token)
    await context.addInitScript(({ key, value }) => sessionStorage.setItem(key, value), {
      key: DEV_TOKEN_KEY,
      value: token,
    });
  return context;
}

/** Signs the demo ambassador in through the dev sign-in page, and keeps the token it gave. */
async function devToken(context: BrowserContext, url: string): Promise<string> {
  const name = buildDemoData(new Date()).people.find(
    (person) => person.id === DEMO_AMBASSADOR_ID,
  )?.displayName;
  if (!name) throw new Error('the demo ambassador is missing');
  const page = await context.newPage();
  await page.goto(`${url}/`);
  await page.waitForURL(/\/dev\/signin/);
  await page.getByRole('button', { name: new RegExp(name) }).click();
  await page.getByText(name).first().waitFor();
  const token = await page.evaluate((key) => sessionStorage.getItem(key), DEV_TOKEN_KEY);
  await context.close();
  if (!token) throw new Error('the dev sign-in kept no token');
  return token;
}

/** The compressed bytes of script and style received while `visit` runs. */
async function transferred(page: Page, visit: (page: Page) => Promise<void>): Promise<Transfer> {
  const counted: Promise<Transfer['files'][number]>[] = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() !== 'script' && request.resourceType() !== 'stylesheet') return;
    counted.push(
      Promise.all([request.sizes(), request.response()]).then(([sizes, response]) => ({
        file: new URL(request.url()).pathname,
        bytes: sizes.responseBodySize,
        encoding: response?.headers()['content-encoding'] ?? 'identity',
      })),
    );
  });
  await visit(page);
  const files = await Promise.all(counted);
  await page.context().close();
  return { bytes: files.reduce((sum, file) => sum + file.bytes, 0), files };
}
