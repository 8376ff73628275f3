import { expect, it } from 'vitest';
import { DEMO_AMBASSADOR_ID } from '../../bot/src/demo/demo-data';
import { describeInChromium, expectNoSeriousAxeIssue, setUpE2eSession } from '../support/e2e-session';

const PHONE = { width: 390, height: 844 };

describeInChromium('Teams on a phone (390 × 844) in Chromium', () => {
  const session = setUpE2eSession();

  it('folds the menu behind a button, so the library’s first card shows without scrolling', async () => {
    const page = await session.signIn(DEMO_AMBASSADOR_ID, PHONE.width);
    await page.setViewportSize(PHONE);
    await page.goto(`${session.service.url}/library`);
    const firstCard = page.locator('main article').first();
    await firstCard.waitFor();
    const box = await firstCard.boundingBox();
    expect(box!.y).toBeLessThan(PHONE.height);
    await expect.poll(() => page.getByRole('link', { name: /^(Charter|Charte)$/ }).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectNoSeriousAxeIssue(page);

    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    await page.getByRole('link', { name: /^(Charter|Charte)$/ }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Choosing a page folds the menu again.
    await expect
      .poll(() => page.getByRole('link', { name: /^(Library|Bibliothèque)$/ }).isVisible())
      .toBe(false);
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
  });
});
