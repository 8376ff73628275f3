import { expect, it } from 'vitest';
import { DEMO_AMBASSADOR_ID } from '../../bot/src/demo/demo-data';
import { describeInChromium, setUpE2eSession, waitForHeading } from '../support/e2e-session';

describeInChromium('forms that tell the truth, in Chromium', () => {
  const session = setUpE2eSession();

  it('a proposal form finds nothing wrong before anything is typed, and names a banned term once typed', async () => {
    const page = await session.signIn(DEMO_AMBASSADOR_ID);
    await page.goto(`${session.service.url}/propose`);
    await waitForHeading(page, /^(Propose a post|Proposer une publication)$/);
    const form = page.locator('form').first();
    await form
      .getByText(/^#(collaborateur|employee) (sera ajouté à la fin|will be added at the end)\.$/)
      .waitFor();
    expect(await form.getByRole('listitem').count()).toBe(0);
    expect(await form.getByText(/(Write a text|Écrivez un texte)/).count()).toBe(0);

    await form
      .getByRole('textbox', { name: /^(Your post|Votre publication)/ })
      .fill('Info confidentielle : on recrute');
    await form.getByText(/^(Remove “confidentiel”|Retirez « confidentiel »)/).waitFor();
  });
});
