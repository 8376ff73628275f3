import { expect, it } from 'vitest';
import { DEMO_AMBASSADOR_ID, DEMO_REVIEWER_ID } from '../../bot/src/demo/demo-data';
import { onePixelPng } from '../support/studio-fixtures';
import {
  chooseFile,
  describeInChromium,
  expectNoSeriousAxeIssue,
  setUpE2eSession,
  waitForHeading,
} from '../support/e2e-session';

// The demo people read the tab in French: these tests expect French and nothing else.
describeInChromium('an ambassador’s photo proposal, corrected by a reviewer, in Chromium', () => {
  const session = setUpE2eSession();

  it('an ambassador proposes a shop-floor photo without a link, with a title of their own', async () => {
    const page = await session.signIn(DEMO_AMBASSADOR_ID);
    await page.goto(`${session.service.url}/propose`);
    await waitForHeading(page, 'Proposer une publication');
    await page.getByRole('textbox', { name: /^Titre \(facultatif\)/ }).fill('L’atelier peinture, ce matin');
    await page
      .getByRole('textbox', { name: /^Votre publication/ })
      .fill('Notre atelier peinture, ce matin samdi');
    await page.getByRole('button', { name: 'Envoyer en relecture' }).click();
    // Neither a link nor a photo: the form says what it needs.
    await page.getByText('Donnez un lien, ou ajoutez une photo ou une vidéo.').waitFor();

    await chooseFile(page.getByRole('button', { name: 'Ajouter une photo ou une vidéo' }), {
      name: 'atelier.png',
      mimeType: 'image/png',
      buffer: onePixelPng,
    });
    await page.getByRole('img', { name: /Photo 1/ }).waitFor();
    await page.getByRole('button', { name: 'Envoyer en relecture' }).click();
    await page.getByText('Merci ! Votre proposition attend un relecteur.').waitFor();
    await page.getByText('L’atelier peinture, ce matin').first().waitFor();
  });

  it('the reviewer corrects the typo and approves; the ambassador sees what changed', async () => {
    const reviewer = await session.signIn(DEMO_REVIEWER_ID);
    await reviewer.goto(`${session.service.url}/studio/review`);
    await reviewer.getByRole('link', { name: 'L’atelier peinture, ce matin' }).click();
    await waitForHeading(reviewer, 'L’atelier peinture, ce matin');
    await reviewer.getByRole('switch', { name: 'Corriger un texte avant d’approuver' }).check();
    const text = reviewer.getByRole('textbox', { name: 'LinkedIn, Français' });
    await text.fill('Notre atelier peinture, ce matin samedi #collaborateur');
    await expectNoSeriousAxeIssue(reviewer);
    await reviewer.getByRole('button', { name: 'Approuver avec mes corrections' }).click();
    await reviewer.getByText(/^Décision enregistrée/).waitFor();
    // The audit log names the content by its title, and the correction in words.
    await reviewer.goto(`${session.service.url}/studio/audit`);
    const records = reviewer.getByRole('table', { name: 'Entrées du journal' });
    const corrected = records.getByRole('row', { name: /Textes corrigés avant approbation/ });
    await corrected.getByText('L’atelier peinture, ce matin').waitFor();

    const ambassador = await session.signIn(DEMO_AMBASSADOR_ID);
    await ambassador.goto(`${session.service.url}/propose`);
    await ambassador.getByText('Texte corrigé avant approbation').waitFor();
    const removed = ambassador.getByRole('deletion');
    const added = ambassador.getByRole('insertion');
    expect(await removed.allTextContents()).toEqual(['samdi']);
    expect(await added.allTextContents()).toEqual(['samedi']);
    await expectNoSeriousAxeIssue(ambassador);
  });
});
