import { expect, it } from 'vitest';
import { buildDemoData, DEMO_EMPLOYEE_ID, DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';
import {
  describeInChromium,
  expectNoSeriousAxeIssue,
  setUpE2eSession,
  waitForHeading,
} from '../support/e2e-session';

const employee = buildDemoData(new Date()).people.find((person) => person.id === DEMO_EMPLOYEE_ID)!;

describeInChromium('privacy by default in Chromium', () => {
  const session = setUpE2eSession();

  it('asks before showing anyone on leaderboards, and says where the time zone comes from', async () => {
    const page = await session.signIn(DEMO_EMPLOYEE_ID);
    await page.goto(`${session.service.url}/charter`);
    // The charter is long: one button brings the form to join into view, its first field focused.
    await page.getByRole('button', { name: /aller au formulaire/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
    const leaderboards = page.getByRole('switch', {
      name: /^M’afficher dans les classements$/,
    });
    await leaderboards.waitFor();
    expect(await leaderboards.isChecked()).toBe(false);
    await page.getByText(/^Proposé d’après votre appareil/).waitFor();
    await page.context().close();
  });

  it('after erasure leaves only the receipt: no greeting, no menu, and no profile made again', async () => {
    const page = await session.signIn(DEMO_EMPLOYEE_ID);
    await page.goto(`${session.service.url}/my-data`);
    await page.getByRole('button', { name: /^Effacer mes données$/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox').fill('EFFACER');
    await dialog.getByRole('button', { name: /^Effacer définitivement$/ }).click();
    await waitForHeading(page, /^Vos données sont effacées$/);

    expect(await page.getByText(employee.displayName).count()).toBe(0);
    expect(await page.getByRole('navigation').count()).toBe(0);
    await expectNoSeriousAxeIssue(page);
    await page.waitForLoadState('networkidle');
    expect(await session.service.repositories.people.get(DEMO_TENANT_ID, DEMO_EMPLOYEE_ID)).toBeUndefined();
    // Signed out: coming back starts at sign-in, not in a fresh empty profile.
    await page.reload();
    await page.waitForURL(/\/dev\/signin/);
    expect(await session.service.repositories.people.get(DEMO_TENANT_ID, DEMO_EMPLOYEE_ID)).toBeUndefined();
  });
});
