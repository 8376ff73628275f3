import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoSeriousAxeIssue } from '../support/e2e-session';
import type { Browser } from 'playwright-core';
import { buildDemoData, DEMO_AMBASSADOR_ID, DEMO_MANAGER_ID } from '../../bot/src/demo/demo-data';
import { browserMissing, launchChromium, skipReason } from '../support/browser';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

const demo = buildDemoData(new Date());
const personOf = (id: string) => demo.people.find((person) => person.id === id)!;
const nameOf = (id: string) => personOf(id).displayName;

describe.skipIf(browserMissing)(
  `signing in to the tab in Chromium${browserMissing ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let service: TestService;
    let browser: Browser;

    beforeAll(async () => {
      service = await startTestService({ env: { TAB_DIR: inject('tabDir') } });
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await service?.dispose();
    });

    async function signInAs(name: string, locale: string) {
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      await page.goto(`${service.url}/`);
      await page.waitForURL(/\/dev\/signin/);
      await page.getByRole('button', { name: new RegExp(name) }).click();
      return page;
    }

    it('a demo ambassador picks themself and the tab greets them by name, in their saved language', async () => {
      const name = nameOf(DEMO_AMBASSADOR_ID);
      const page = await signInAs(name, 'en-US');
      await expect.poll(() => page.getByText(name).first().isVisible(), { timeout: 15_000 }).toBe(true);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(
        personOf(DEMO_AMBASSADOR_ID).locale,
      );
      expect(page.url()).not.toContain('access_token');
      // Ambassadors do not see the studio.
      expect(await page.getByRole('link', { name: /personnes/i }).count()).toBe(0);
      await page.context().close();
    });

    it('a manager sees the studio’s people list, and the page passes axe without serious issues', async () => {
      const page = await signInAs(nameOf(DEMO_MANAGER_ID), 'en-US');
      await page.getByRole('link', { name: /^Personnes$/ }).click();
      await expect
        .poll(() => page.getByText(nameOf(DEMO_AMBASSADOR_ID)).first().isVisible(), { timeout: 15_000 })
        .toBe(true);
      await expectNoSeriousAxeIssue(page);
      await page.context().close();
    });

    it('the channel tab’s configuration page needs no sign-in and, outside Teams, says where to use it', async () => {
      const context = await browser.newContext({ locale: 'en-US' });
      const page = await context.newPage();
      await page.goto(`${service.url}/config`);
      await page.getByRole('heading', { name: 'Add Ambassade to this channel' }).waitFor();
      expect(page.url()).toBe(`${service.url}/config`);
      expect(await page.getByText(/add the tab to a channel or chat there/).isVisible()).toBe(true);
      await context.close();
    });
  },
);
