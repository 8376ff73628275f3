import { expect, it } from 'vitest';
import { DEMO_AMBASSADOR_ID, DEMO_MANAGER_ID } from '../../bot/src/demo/demo-data';
import {
  describeInChromium,
  expectNoSeriousAxeIssue,
  setUpE2eSession,
  waitForHeading,
} from '../support/e2e-session';

// The demo people read the tab in French: these tests expect French and nothing else.
describeInChromium('the post previewed as the network shows it, in Chromium', () => {
  const session = setUpE2eSession();

  it('an item page links to the article and draws the post live, per network', async () => {
    const page = await session.signIn(DEMO_AMBASSADOR_ID);
    await page.goto(`${session.service.url}/library`);
    await page.locator('article h2 a').first().click();
    await page.getByRole('heading', { level: 2, name: 'Partagez-le à votre façon' }).waitFor();

    const original = page.getByRole('link', { name: /^Lire l’original sur aurore-demo\.example/ });
    expect(await original.getAttribute('href')).toMatch(/^https:\/\/www\.aurore-demo\.example\//);
    expect(await original.getAttribute('target')).toBe('_blank');

    const text = page.getByRole('textbox', { name: /^Votre texte/ });
    await text.fill('Fière de notre usine de Douai');
    const linkedin = page.getByRole('figure', { name: 'Votre post sur LinkedIn' });
    // The disclosure the charter adds, the article's card with its site, no link in the text.
    await expect.poll(() => linkedin.innerText()).toMatch(/Fière de notre usine de Douai #collaborateur/);
    expect(await linkedin.innerText()).toMatch(/aurore-demo\.example/);
    expect(await linkedin.innerText()).not.toMatch(/\/r\//);

    await text.fill(`${'Une longue histoire. '.repeat(15)}Fin`);
    await linkedin.getByText('… voir plus').waitFor();

    await page.getByRole('radio', { name: 'X' }).check();
    await page.getByRole('textbox', { name: /^Votre texte/ }).fill('Sur X');
    const x = page.getByRole('figure', { name: 'Votre post sur X' });
    // X carries the tracked link in the post, shortened the way X prints links.
    await expect.poll(() => x.innerText()).toMatch(/Sur X #collaborateur 127\.0\.0\.1:\d+\/r\/…/);
    await expectNoSeriousAxeIssue(page);
  });

  it('the content editor previews each suggested text beside it', async () => {
    const page = await session.signIn(DEMO_MANAGER_ID);
    await page.goto(`${session.service.url}/studio/content/new`);
    await waitForHeading(page, 'Nouveau contenu');
    await page.getByRole('textbox', { name: /^Lien/ }).fill('https://www.aurore-demo.example/douai');
    await page.getByRole('textbox', { name: /^Texte 1/ }).fill('Portes ouvertes à Douai');
    const preview = page.getByRole('figure', { name: 'Votre post sur LinkedIn' });
    await expect
      .poll(() => preview.innerText())
      .toMatch(/Un ambassadeur[\s\S]*Portes ouvertes à Douai #collaborateur/);
    expect(await preview.innerText()).toMatch(/aurore-demo\.example/);
  });
});
