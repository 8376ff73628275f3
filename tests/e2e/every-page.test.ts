import { expect, it } from 'vitest';
import {
  DEMO_ADMIN_ID,
  DEMO_AMBASSADOR_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_REVIEWER_ID,
} from '../../bot/src/demo/demo-data';
import { describeInChromium, expectNoSeriousAxeIssue, setUpE2eSession } from '../support/e2e-session';

const PHONE = { width: 390, height: 844 };

/** Each role walks its whole menu in one theme, so every theme is walked by people who see different pages. */
const walks = [
  { role: 'an ambassador', personId: DEMO_AMBASSADOR_ID, theme: 'light' },
  { role: 'an employee', personId: DEMO_EMPLOYEE_ID, theme: 'high-contrast' },
  { role: 'a programme manager', personId: DEMO_MANAGER_ID, theme: 'dark' },
  { role: 'a reviewer', personId: DEMO_REVIEWER_ID, theme: 'high-contrast' },
  { role: 'an administrator', personId: DEMO_ADMIN_ID, theme: 'dark' },
] as const;

describeInChromium('every page of the tab, for each role, on a phone, in Chromium', () => {
  const session = setUpE2eSession();

  for (const { role, personId, theme } of walks) {
    it(`${role} (${theme}): no serious accessibility issue and no sideways scrolling on any page`, async () => {
      const page = await session.signIn(personId);
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
      for (const path of paths) {
        await page.goto(`${session.service.url}${path}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page.waitForLoadState('networkidle');
        expect(
          await page.evaluate(() => document.documentElement.scrollWidth),
          `${path} scrolls sideways`,
        ).toBeLessThanOrEqual(PHONE.width);
        await expectNoSeriousAxeIssue(page);
      }
      await page.context().close();
    });
  }
});
