import { afterAll, beforeAll, describe, expect, inject } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, FileChooser, Locator, Page } from 'playwright-core';
import type { Locale } from '../../bot/src/contract/locale';
import { buildDemoData } from '../../bot/src/demo/demo-data';
import { browserMissing, launchChromium, skipReason } from './browser';
import { startTestService } from './test-service';
import type { TestService } from './test-service';

const demo = buildDemoData(new Date());
const personOf = (id: string) => demo.people.find((person) => person.id === id)!;
const nameOf = (id: string) => personOf(id).displayName;

/** The language a demo person reads the tab in: their profile's, whatever their device says. */
export const languageOf = (personId: string): Locale => personOf(personId).locale;

/** A `describe` that runs in Chromium, or is skipped (saying why) where the browser is missing. */
export function describeInChromium(title: string, body: () => void) {
  describe.skipIf(browserMissing)(`${title}${browserMissing ? ` (skipped: ${skipReason})` : ''}`, body);
}

export interface E2eSession {
  /** The service serving the built tab, started before the suite's tests. */
  readonly service: TestService;
  readonly browser: Browser;
  /**
   * A demo person in their own browser context, signed in through the dev sign-in page, once the tab speaks
   * their language (`languageOf`); the device may be in another time zone than the person's profile.
   */
  signIn(personId: string, width?: number, timezoneId?: string): Promise<Page>;
}

/**
 * Inside a `describe`: starts the service (with the built tab) and Chromium before its tests, and stops
 * both after them. Later `beforeAll` hooks of the suite run once both are up.
 */
export function setUpE2eSession(): E2eSession {
  let service: TestService | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    service = await startTestService({ env: { TAB_DIR: inject('tabDir') } });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await service?.dispose();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error('The end-to-end session has not started (use it in a test or hook)');
    return value;
  };
  return {
    get service() {
      return started(service);
    },
    get browser() {
      return started(browser);
    },
    async signIn(personId, width = 1280, timezoneId) {
      const language = languageOf(personId);
      const context = await started(browser).newContext({
        // The device speaks the other language: what the tab shows proves it follows the person's profile.
        locale: language === 'fr' ? 'en-US' : 'fr-FR',
        viewport: { width, height: 900 },
        ...(timezoneId ? { timezoneId } : {}),
      });
      const page = await context.newPage();
      await page.goto(`${started(service).url}/`);
      await page.waitForURL(/\/dev\/signin/);
      await page.getByRole('button', { name: new RegExp(nameOf(personId)) }).click();
      await page.getByText(nameOf(personId)).first().waitFor();
      expect(await page.evaluate(() => document.documentElement.lang), `the tab of ${nameOf(personId)}`).toBe(
        language,
      );
      return page;
    },
  };
}

/** Clicks a button that opens the file dialog, and chooses `files` in it, as a person would. */
export async function chooseFile(button: Locator, files: Parameters<FileChooser['setFiles']>[0]) {
  const [chooser] = await Promise.all([button.page().waitForEvent('filechooser'), button.click()]);
  await chooser.setFiles(files);
}

/** Waits for the page's main heading (level 1) to read `name`. */
export const waitForHeading = (page: Page, name: string | RegExp) =>
  page.getByRole('heading', { level: 1, name }).waitFor();

/**
 * Fails on any serious or critical axe-core finding on the page once its transitions have ended: a button
 * caught halfway from its busy colours to its own would otherwise read as a contrast failure. `rules`
 * limits the check to those axe rules.
 */
export async function expectNoSeriousAxeIssue(page: Page, rules?: readonly string[]) {
  // Spinners run for ever, and a transition cut short is cancelled: wait only for what will end.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const axe = new AxeBuilder({ page });
  const { violations } = await (rules ? axe.withRules([...rules]) : axe).analyze();
  const serious = violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(serious.map((violation) => `${page.url()} ${violation.id}: ${violation.nodes[0]?.target}`)).toEqual(
    [],
  );
}
