import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  DEMO_ADMIN_ID,
  DEMO_AMBASSADOR_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_REVIEWER_ID,
} from '../../bot/src/demo/demo-data';
import type { TeamsThemeName } from '../../tab/src/host/teamsHost';
import { fluentThemeFor } from '../../tab/src/host/teamsTheme';
import { MISSING_TEXT } from '../../tab/src/i18n/i18n';
import { describeInChromium, expectNoSeriousAxeIssue, setUpE2eSession } from '../support/e2e-session';
import { pageStrings, stringsIn } from '../support/page-language';

const PHONE = { width: 390, height: 844 };

const walks = [
  { role: 'an ambassador', personId: DEMO_AMBASSADOR_ID },
  { role: 'an employee', personId: DEMO_EMPLOYEE_ID },
  { role: 'a programme manager', personId: DEMO_MANAGER_ID },
  { role: 'a reviewer', personId: DEMO_REVIEWER_ID },
  { role: 'an administrator', personId: DEMO_ADMIN_ID },
] as const;

/** The system settings outside Teams that choose a Teams theme; the open tab follows them. */
interface SystemTheme {
  theme: TeamsThemeName;
  media: Parameters<Page['emulateMedia']>[0];
}
const lightTheme: SystemTheme = { theme: 'default', media: { forcedColors: 'none', colorScheme: 'light' } };
const otherThemes: readonly SystemTheme[] = [
  { theme: 'dark', media: { forcedColors: 'none', colorScheme: 'dark' } },
  { theme: 'contrast', media: { forcedColors: 'active', colorScheme: 'dark' } },
];

/** Pages already read in English by an earlier walk: each is read once. */
const readInEnglish = new Set<string>();

/** Pages whose dark and high-contrast colours an earlier walk checked. */
const coloursChecked = new Set<string>();

/** The texts the tab found in neither language, as it reports them on the console. */
function missingTexts(page: Page): string[] {
  const missing: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().startsWith(MISSING_TEXT)) missing.push(message.text());
  });
  return missing;
}

/** What the Content Security Policy refused on any page, as the browser reports it to the page itself. */
async function cspViolations(page: Page): Promise<string[]> {
  const refused: string[] = [];
  await page.exposeBinding('reportCspViolation', (_source, violation: string) => refused.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation;
      report(`${event.violatedDirective} ${event.blockedURI} ${location.pathname}`);
    });
  });
  return refused;
}

/** A walk reads every page of a role's menu in three themes and two languages. */
const WALK_TIMEOUT_MS = 180_000;

const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Switches the system theme and waits until the open page has taken it on, without reloading it. */
async function switchTheme(page: Page, { theme, media }: SystemTheme) {
  await page.emulateMedia(media);
  const background = fluentThemeFor(theme).colorNeutralBackground3;
  await expect
    .poll(() =>
      page.evaluate(() =>
        getComputedStyle(document.querySelector('.fui-FluentProvider')!)
          .getPropertyValue('--colorNeutralBackground3')
          .trim(),
      ),
    )
    .toBe(background);
}

/**
 * Opens a page and waits until it shows what it loaded: its main heading, and no spinner left in the main area
 * (a loading state, a list loading more, a search under way), rather than for the network to fall silent.
 */
async function open(page: Page, url: string) {
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForFunction(() => document.querySelector('main .fui-Spinner') === null);
}

describeInChromium('every page of the tab, for each role, on a phone, in Chromium', () => {
  const session = setUpE2eSession();

  for (const { role, personId } of walks) {
    it(
      `${role}: no serious accessibility issue in the light, dark and high-contrast themes, no sideways scrolling, no English in French and no French in English on any page`,
      async () => {
        const page = await session.signIn(personId);
        const missing = missingTexts(page);
        const refused = await cspViolations(page);
        const menu = page.getByRole('navigation').first();
        await menu.getByRole('link').first().waitFor();
        const paths = await menu
          .getByRole('link')
          .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
        expect(paths.length).toBeGreaterThan(3);

        await page.setViewportSize(PHONE);
        // The demo people read French: everything on their pages is French, their data included.
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
        for (const path of paths) {
          await open(page, `${session.service.url}${path}`);
          expect(
            await page.evaluate(() => document.documentElement.scrollWidth),
            `${path} scrolls sideways`,
          ).toBeLessThanOrEqual(PHONE.width);
          // The whole check in one theme, for every role: what a page shows depends on who reads it. A theme
          // changes only colours, so the others check contrast, once a page: another role's copy of a page is
          // drawn with the same components and tokens.
          await switchTheme(page, lightTheme);
          await expectNoSeriousAxeIssue(page);
          if (!coloursChecked.has(path)) {
            for (const theme of otherThemes) {
              await switchTheme(page, theme);
              await expectNoSeriousAxeIssue(page, COLOUR_RULES);
            }
            coloursChecked.add(path);
          }
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
        expect(refused).toEqual([]);
        await page.context().close();
      },
      WALK_TIMEOUT_MS,
    );
  }
});
