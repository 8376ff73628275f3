import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  DEMO_ADMIN_ID,
  DEMO_AMBASSADOR_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_REVIEWER_ID,
} from '../../bot/src/demo/demo-data';
import { MISSING_TEXT } from '../../tab/src/i18n/i18n';
import { describeInChromium, expectNoSeriousAxeIssue, setUpE2eSession } from '../support/e2e-session';
import { pageStrings, stringsIn } from '../support/page-language';

const PHONE = { width: 390, height: 844 };

/** Each role walks its whole menu in one theme, so every theme is walked by people who see different pages. */
const walks = [
  { role: 'an ambassador', personId: DEMO_AMBASSADOR_ID, theme: 'light' },
  { role: 'an employee', personId: DEMO_EMPLOYEE_ID, theme: 'high-contrast' },
  { role: 'a programme manager', personId: DEMO_MANAGER_ID, theme: 'dark' },
  { role: 'a reviewer', personId: DEMO_REVIEWER_ID, theme: 'high-contrast' },
  { role: 'an administrator', personId: DEMO_ADMIN_ID, theme: 'dark' },
] as const;

/** Pages already read in English by an earlier walk: each is read once. */
const readInEnglish = new Set<string>();

/** The texts the tab found in neither language, as it reports them on the console. */
function missingTexts(page: Page): string[] {
  const missing: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().startsWith(MISSING_TEXT)) missing.push(message.text());
  });
  return missing;
}

async function open(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForLoadState('networkidle');
}

describeInChromium('every page of the tab, for each role, on a phone, in Chromium', () => {
  const session = setUpE2eSession();

  for (const { role, personId, theme } of walks) {
    it(`${role} (${theme}): no serious accessibility issue, no sideways scrolling, no English in French and no French in English on any page`, async () => {
      const page = await session.signIn(personId);
      const missing = missingTexts(page);
      const menu = page.getByRole('navigation').first();
      await menu.getByRole('link').first().waitFor();
      const paths = await menu
        .getByRole('link')
        .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
      expect(paths.length).toBeGreaterThan(3);

      await page.setViewportSize(PHONE);
      await page.emulateMedia(
        theme === 'high-contrast'
          ? { forcedColors: 'active', colorScheme: 'dark' }
          : { forcedColors: 'none', colorScheme: theme },
      );
      // The demo people read French: everything on their pages is French, their data included.
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
      for (const path of paths) {
        await open(page, `${session.service.url}${path}`);
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
          `${path} scrolls sideways`,
        ).toBeLessThanOrEqual(PHONE.width);
        await expectNoSeriousAxeIssue(page);
        expect(stringsIn('en', await pageStrings(page, { withText: true })), `English on ${path}`).toEqual(
          [],
        );
      }

      // In English, what the tab writes is English; the French data (names, job titles, texts) stays French.
      await page.getByRole('button', { name: /^EN\b/ }).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
      for (const path of paths.filter((candidate) => !readInEnglish.has(candidate))) {
        await open(page, `${session.service.url}${path}`);
        expect(stringsIn('fr', await pageStrings(page, { withText: false })), `French on ${path}`).toEqual(
          [],
        );
        readInEnglish.add(path);
      }
      expect(missing).toEqual([]);
      await page.context().close();
    });
  }
});
