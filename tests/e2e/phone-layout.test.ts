import { expect, it } from 'vitest';
import { DEMO_AMBASSADOR_ID, DEMO_MANAGER_ID } from '../../bot/src/demo/demo-data';
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
    await expect.poll(() => page.getByRole('link', { name: /^Charte$/ }).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectNoSeriousAxeIssue(page);

    const menu = page.getByRole('button', { name: 'Menu' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    await page.getByRole('link', { name: /^Charte$/ }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    // Choosing a page folds the menu again.
    await expect.poll(() => page.getByRole('link', { name: /^Bibliothèque$/ }).isVisible()).toBe(false);
    await expect.poll(() => menu.getAttribute('aria-expanded')).toBe('false');
  });

  it('turns a studio table into a list of cards, each value beside its column’s name, keeping the table for screen readers', async () => {
    const page = await session.signIn(DEMO_MANAGER_ID, PHONE.width);
    await page.setViewportSize(PHONE);
    await page.goto(`${session.service.url}/studio/content`);
    const table = page.getByRole('table', { name: 'Contenus', exact: true });
    await table.waitFor();
    // Native semantics kept: the headers are still there for assistive technologies, only out of sight.
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Titre',
      'Statut',
      'Campagne',
      'Réseaux',
      'Créé le',
    ]);
    const header = await table.locator('thead').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(1);

    const firstRow = table.getByRole('row').nth(1);
    const cells = firstRow.getByRole('cell');
    const boxes = await cells.evaluateAll((elements) =>
      elements.map((element) => {
        const { top, bottom, width } = element.getBoundingClientRect();
        const caption = getComputedStyle(element, '::before').content;
        return { top, bottom, width, caption };
      }),
    );
    expect(boxes.map((box) => box.caption)).toEqual([
      '"Titre" / ""',
      '"Statut" / ""',
      '"Campagne" / ""',
      '"Réseaux" / ""',
      '"Créé le" / ""',
    ]);
    // One value under the other, each across the card, none of them hidden.
    for (let index = 1; index < boxes.length; index += 1)
      expect(boxes[index]!.top).toBeGreaterThanOrEqual(boxes[index - 1]!.bottom);
    const row = await firstRow.boundingBox();
    for (const box of boxes) expect(box.width).toBeGreaterThan(row!.width * 0.8);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // On a desktop the same rows are table rows again: their cells side by side.
    await page.setViewportSize({ width: 1280, height: 900 });
    const tops = await cells.evaluateAll((elements) =>
      elements.map((element) => element.getBoundingClientRect().top),
    );
    expect(new Set(tops).size).toBe(1);
  });

  it('keeps Insights readable on a phone: bars with room beside their shortened names, figures as cards', async () => {
    const page = await session.signIn(DEMO_MANAGER_ID, PHONE.width);
    await page.setViewportSize(PHONE);
    await page.goto(`${session.service.url}/insights`);
    const byCampaign = page.getByRole('region', { name: 'Par campagne', exact: true });
    const bars = byCampaign.locator('svg rect[fill]');
    await bars.first().waitFor();
    // The longest campaign name once took the whole width and left its bar a sliver.
    const chart = await byCampaign.locator('svg').first().boundingBox();
    const widest = Math.max(
      ...(await bars.evaluateAll((rects) => rects.map((rect) => rect.getBoundingClientRect().width))),
    );
    expect(widest).toBeGreaterThan(chart!.width * 0.3);

    const topContent = page.getByRole('table', { name: 'Contenus les plus partagés', exact: true });
    const cells = topContent.getByRole('row').nth(1).getByRole('cell');
    const tops = await cells.evaluateAll((elements) =>
      elements.map((element) => element.getBoundingClientRect().top),
    );
    expect(tops.length).toBeGreaterThan(3);
    for (let index = 1; index < tops.length; index += 1)
      expect(tops[index]!).toBeGreaterThan(tops[index - 1]!);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });
});
