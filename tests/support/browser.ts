import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Debian's Chromium drives the end-to-end tests. Where it is missing they are skipped, saying why,
 * except in CI (`CI` or `E2E_REQUIRED` set), where a missing browser is a failure, never a silent skip.
 */
export const browserMissing = !existsSync(CHROMIUM_PATH);
export const skipReason = `Chromium not found at ${CHROMIUM_PATH} (apt-get install -y chromium)`;
if (browserMissing && (process.env['CI'] || process.env['E2E_REQUIRED'])) {
  throw new Error(`End-to-end tests need a browser: ${skipReason}`);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
