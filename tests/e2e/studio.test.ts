import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  DEMO_ADMIN_ID,
  DEMO_AMBASSADOR_ID,
  DEMO_MANAGER_ID,
  DEMO_REVIEWER_ID,
  DEMO_TENANT_ID,
} from '../../bot/src/demo/demo-data';
import {
  describeInChromium,
  expectNoSeriousAxeIssue,
  setUpE2eSession,
  waitForHeading,
} from '../support/e2e-session';

const CAMPAIGN = { fr: 'Portes ouvertes à Douai (e2e)', en: 'Douai open day (e2e)' };
const ITEM = { fr: 'Visitez notre ligne électrique (e2e)', en: 'Visit our electric line (e2e)' };

describeInChromium('the programme studio in Chromium', () => {
  const session = setUpE2eSession();
  let manager: Page;
  let itemUrl: string;

  beforeAll(async () => {
    manager = await session.signIn(DEMO_MANAGER_ID);
  });

  it('a manager creates a campaign for the Douai plant and plans it: it is live at once', async () => {
    await manager.getByRole('link', { name: /^Campagnes$/ }).click();
    await waitForHeading(manager, /^Campagnes$/);
    await expectNoSeriousAxeIssue(manager);

    await manager.getByRole('link', { name: /Nouvelle campagne/ }).click();
    await waitForHeading(manager, /Nouvelle campagne/);
    await expectNoSeriousAxeIssue(manager);
    await manager.getByLabel(/^Nom en français/).fill(CAMPAIGN.fr);
    await manager.getByLabel(/^Nom en anglais/).fill(CAMPAIGN.en);
    await manager.getByRole('checkbox', { name: /^Usine de Douai/ }).check();
    await manager.getByRole('button', { name: /Créer la campagne/ }).click();

    await waitForHeading(manager, CAMPAIGN.fr);
    await manager.getByRole('button', { name: /Planifier la campagne/ }).click();
    // Launching asks first, saying how many ambassadors it will reach.
    const confirm = manager.getByRole('dialog', { name: /Planifier la campagne \?/ });
    await confirm.getByText(/Elle atteindra \d+ ambassad/).waitFor();
    await confirm.getByRole('button', { name: /^Planifier$/ }).click();
    await manager
      .getByRole('status')
      .filter({ hasText: /En cours/ })
      .waitFor();
    await expectNoSeriousAxeIssue(manager);
  });

  it('writes an item with two LinkedIn texts and an X text, with live guardrails, and submits it; no approving it', async () => {
    await manager.getByRole('link', { name: /Ajouter un contenu/ }).click();
    await waitForHeading(manager, /Nouveau contenu/);
    await manager.getByLabel(/^Titre en français/).fill(ITEM.fr);
    await manager.getByLabel(/^Titre en anglais/).fill(ITEM.en);
    await manager
      .getByRole('textbox', { name: /^Lien\s*\*?$/ })
      .fill('https://www.aurore-demo.example/carrieres/portes-ouvertes');

    await manager.getByLabel(/^Réseau du texte 1$/).selectOption('linkedin');
    await manager
      .getByRole('textbox', { name: /^Texte 1$/ })
      .fill('Samedi, je vous fais visiter ma ligne de montage électrique à Douai. Venez nombreux !');
    await manager.getByRole('button', { name: /Ajouter un texte/ }).click();
    await manager.getByLabel(/^Réseau du texte 2$/).selectOption('x');
    const xText = manager.getByRole('textbox', { name: /^Texte 2$/ });
    await xText.fill('Info confidentielle : portes ouvertes samedi à Douai');
    // The guardrails answer while typing, as the API will at submission.
    await manager.getByText(/Retirez « confidentiel »/).waitFor();
    await xText.fill('Portes ouvertes samedi à Douai : venez voir nos voitures électriques !');
    await expect.poll(() => manager.getByText(/Retirez « confidentiel »/).count()).toBe(0);
    // A second LinkedIn text in French, an alternative for ambassadors (with a typo for the reviewer).
    await manager.getByRole('button', { name: /Ajouter un texte/ }).click();
    await manager.getByLabel(/^Réseau du texte 3$/).selectOption('linkedin');
    await manager
      .getByRole('textbox', { name: /^Texte 3$/ })
      .fill('Ma ligne électrique, samdi à Douai : je vous la fais visiter !');
    await expectNoSeriousAxeIssue(manager);

    await manager.getByRole('button', { name: /^Soumettre à relecture$/ }).click();
    await manager.getByText(/^Soumis à relecture\.$/).waitFor();
    // The mandatory disclosure was missing from both texts: the author is told it was added.
    await manager.getByText(/mention obligatoire a été ajoutée/).waitFor();
    itemUrl = manager.url();
    expect(itemUrl).toMatch(/\/studio\/content\/[0-9a-f-]{36}$/);
    await manager.getByText(/En attente de la décision/).waitFor();
    expect(await manager.getByRole('button', { name: /^Approuver$/ }).count()).toBe(0);

    // The review queue is not a manager's page.
    await manager.goto(`${session.service.url}/studio/review`);
    await waitForHeading(manager, /Vous n’avez pas accès/);
  });

  it('a reviewer corrects each LinkedIn text on its own and approves it from the review queue, which publishes it', async () => {
    const reviewer = await session.signIn(DEMO_REVIEWER_ID);
    await reviewer.getByRole('link', { name: /^File de relecture$/ }).click();
    await waitForHeading(reviewer, /^File de relecture$/);
    await expectNoSeriousAxeIssue(reviewer);
    await reviewer.getByRole('link', { name: ITEM.fr }).click();
    await waitForHeading(reviewer, ITEM.fr);
    await expectNoSeriousAxeIssue(reviewer);
    await reviewer.getByLabel(/Commentaire pour l’auteur/).fill('Parfait, merci !');

    await reviewer.getByRole('switch', { name: 'Corriger un texte avant d’approuver' }).check();
    const linkedinText = (number: number) =>
      reviewer.getByRole('textbox', { name: `LinkedIn, Français, texte ${number} sur 2`, exact: true });
    const [first, second] = [linkedinText(1), linkedinText(2)];
    const [firstAsWritten, secondAsWritten] = [await first.inputValue(), await second.inputValue()];
    expect([firstAsWritten, secondAsWritten]).toEqual([
      expect.stringContaining('Venez nombreux'),
      expect.stringContaining('samdi'),
    ]);
    const secondCorrected = secondAsWritten.replace('samdi', 'samedi');
    await second.fill(secondCorrected);
    expect(await first.inputValue()).toBe(firstAsWritten);
    const firstCorrected = firstAsWritten.replace('Venez nombreux', 'Venez nombreuses et nombreux');
    await first.fill(firstCorrected);
    expect(await second.inputValue()).toBe(secondCorrected);
    await expectNoSeriousAxeIssue(reviewer);
    await reviewer.getByRole('button', { name: 'Approuver avec mes corrections' }).click();
    await reviewer.getByText(/Décision enregistrée/).waitFor();
    const id = itemUrl.split('/').at(-1)!;
    const approved = await session.service.repositories.content.get(DEMO_TENANT_ID, id);
    expect(approved?.status).toBe('published');
    expect(approved?.texts.filter((text) => text.network === 'linkedin').map((text) => text.text)).toEqual([
      firstCorrected,
      secondCorrected,
    ]);
    await reviewer.context().close();
  });

  it('an ambassador of the Douai plant finds it in the library; once withdrawn, it is gone', async () => {
    // The Teams side panel is about 320 px wide.
    const ambassador = await session.signIn(DEMO_AMBASSADOR_ID, 320);
    await ambassador.goto(`${session.service.url}/library`);
    await ambassador.getByRole('link', { name: ITEM.fr }).waitFor();

    await manager.goto(itemUrl);
    await waitForHeading(manager, ITEM.fr);
    await manager.getByRole('button', { name: /^Retirer$/ }).click();
    const dialog = manager.getByRole('dialog');
    await dialog.getByRole('button', { name: /^Retirer$/ }).click();
    await manager.getByText(/n’est plus dans la bibliothèque/).waitFor();

    await ambassador.reload();
    await ambassador.getByRole('heading', { level: 1 }).first().waitFor();
    await ambassador.getByRole('link', { name: /Douai/ }).first().waitFor();
    expect(await ambassador.getByRole('link', { name: ITEM.fr }).count()).toBe(0);

    await ambassador.goto(`${session.service.url}/propose`);
    await waitForHeading(ambassador, /Proposer une publication/);
    await ambassador.getByLabel(/^Votre publication/).waitFor();
    await expectNoSeriousAxeIssue(ambassador);
    await ambassador.context().close();
  });

  it('an administrator sets the guardrails and four-eyes approval', async () => {
    const admin = await session.signIn(DEMO_ADMIN_ID);
    await admin.getByRole('link', { name: /^Paramètres$/ }).click();
    await waitForHeading(admin, /^Paramètres$/);
    await expectNoSeriousAxeIssue(admin);
    await admin.getByLabel(/^Réseau$/).selectOption('x');
    await admin.getByLabel(/^Termes interdits/).fill('rumeur');
    await admin.getByRole('button', { name: /Enregistrer les paramètres/ }).click();
    await admin.getByText(/Paramètres enregistrés/).waitFor();
    const policy = (await session.service.repositories.organisations.find(DEMO_TENANT_ID))?.contentPolicy;
    expect(policy?.fourEyes).toBe(true);
    expect(
      policy?.guardrails.find((rule) => rule.network === 'x' && rule.language === 'fr')?.bannedTerms,
    ).toEqual(['rumeur']);
    await admin.context().close();
  });

  it('a manager editing a campaign another manager changed meanwhile is told so, and overwrites nothing', async () => {
    const editor = `${session.service.url}/studio/campaigns/campaign-douai-recrute/edit`;
    const [first, second] = [await session.signIn(DEMO_MANAGER_ID), await session.signIn(DEMO_ADMIN_ID)];
    for (const page of [first, second]) {
      await page.goto(editor);
      await waitForHeading(page, 'Modifier la campagne');
    }
    await first.getByLabel(/^Nom en anglais/).fill('Douai is hiring (first tab)');
    await first.getByRole('button', { name: 'Enregistrer la campagne' }).click();
    await waitForHeading(first, /Douai/);

    await second.getByLabel(/^Nom en anglais/).fill('Douai is hiring (second tab)');
    await second.getByRole('button', { name: 'Enregistrer la campagne' }).click();
    await second.getByText('Rechargez pour voir les siens, puis refaites les vôtres.').waitFor();
    await second.getByRole('button', { name: 'Recharger la page' }).waitFor();
    const saved = await session.service.repositories.campaigns.get(DEMO_TENANT_ID, 'campaign-douai-recrute');
    expect(saved?.name.en).toBe('Douai is hiring (first tab)');
    await first.context().close();
    await second.context().close();
  });
});
