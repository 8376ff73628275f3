import { expect, it } from 'vitest';
import { DEMO_ADMIN_ID, DEMO_AMBASSADOR_ID, DEMO_REVIEWER_ID } from '../../bot/src/demo/demo-data';
import { apiAs } from '../support/api-client';
import {
  describeInChromium,
  expectNoSeriousAxeIssue,
  setUpE2eSession,
  waitForHeading,
} from '../support/e2e-session';

describeInChromium('compliance in Chromium: supervision and retention', () => {
  const session = setUpE2eSession();

  it('a reviewer sees what an ambassador changed, notes a follow-up and exports the archive', async () => {
    const ambassador = await apiAs(session.service, DEMO_AMBASSADOR_ID);
    const shared = await ambassador.post('/api/v1/library/item-01/shares', {
      network: 'linkedin',
      language: 'en',
      text: 'My plant is hiring! We have 200 open positions at Douai in production, maintenance, quality and logistics. Come and meet us!',
    });
    expect(shared.status).toBe(201);

    const page = await session.signIn(DEMO_REVIEWER_ID);
    await page.goto(`${session.service.url}/studio/supervision`);
    await waitForHeading(page, 'Ce que les ambassadeurs ont partagé');
    const card = page.getByRole('article', { name: /Partage de Julien Moreau/ }).first();
    await card.waitFor();
    await expect.poll(() => card.locator('ins').count()).toBeGreaterThan(0);
    expect((await card.locator('ins').allTextContents()).join(' ')).toContain('Come');
    await expectNoSeriousAxeIssue(page);

    await card.getByRole('button', { name: 'Assurer un suivi' }).click();
    const dialog = page.getByRole('dialog', { name: /Suivi du partage de Julien Moreau/ });
    await dialog.getByRole('button', { name: 'Enregistrer la note' }).click();
    await dialog.getByText('Écrivez une note.').waitFor();
    await dialog.getByRole('textbox', { name: /Note privée/ }).fill('A warm, personal post.');
    await dialog.getByRole('checkbox', { name: /Envoyer un conseil à Julien Moreau/ }).check();
    await dialog.getByRole('textbox', { name: /Votre conseil/ }).fill('Lovely post: keep your own voice!');
    await dialog.getByRole('button', { name: 'Enregistrer et envoyer' }).click();
    await card.getByText(/A warm, personal post\./).waitFor();
    await card.getByText('Conseil envoyé : « Lovely post: keep your own voice! »').waitFor();

    await card.getByRole('button', { name: 'Voir seulement les partages de Julien Moreau' }).click();
    await page.getByText('Personne : Julien Moreau').waitFor();

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Exporter' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.jsonl$/);
    await page.getByRole('button', { name: 'Vérifier l’intégrité' }).click();
    await page.getByText('Archive intacte').waitFor();
  });

  it('an administrator sets retention and places a legal hold on a person', async () => {
    const page = await session.signIn(DEMO_ADMIN_ID, 390);
    await page.goto(`${session.service.url}/studio/retention`);
    await waitForHeading(page, 'Conservation et gel des données');
    const archiveYears = page.getByRole('textbox', { name: 'Archive de conformité (années)' });
    await archiveYears.fill('2');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Un nombre entier de 3 à 10.').waitFor();
    await archiveYears.fill('5');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Durées enregistrées.').waitFor();

    await page.getByRole('searchbox', { name: /Personne/ }).fill('Julien');
    await page.getByRole('button', { name: 'Choisir Julien Moreau' }).click();
    await page.getByRole('textbox', { name: /Motif/ }).fill('Inquiry 2026-14');
    await page.getByRole('button', { name: 'Poser le gel' }).click();
    await page.getByRole('row', { name: /Personne : Julien Moreau.*Inquiry 2026-14/ }).waitFor();
    await expectNoSeriousAxeIssue(page);

    await page.getByRole('button', { name: 'Lever le gel : Personne : Julien Moreau' }).click();
    await page
      .getByRole('dialog', { name: 'Lever ce gel ?' })
      .getByRole('button', { name: 'Lever le gel' })
      .click();
    await page.getByText('Aucun gel en cours.').waitFor();
  });
});
