import { expect, it } from 'vitest';
import { DEMO_AMBASSADOR_ID, DEMO_MANAGER_ID } from '../../bot/src/demo/demo-data';
import { apiAs } from '../support/api-client';
import {
  describeInChromium,
  expectNoSeriousAxeIssue,
  setUpE2eSession,
  waitForHeading,
} from '../support/e2e-session';

describeInChromium('forms and reports that tell the truth, in Chromium', () => {
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

  it('a poll that reached nobody says why, and what to do about it', async () => {
    const api = await apiAs(session.service, DEMO_MANAGER_ID, ['Programme.Manager']);
    const created = await api.post('/api/v1/studio/polls', {
      question: { fr: 'Un café jeudi ?', en: 'Coffee on Thursday?' },
      options: [{ label: { fr: 'Oui', en: 'Yes' } }, { label: { fr: 'Non', en: 'No' } }],
      choice: 'single',
      anonymous: false,
      resultsVisibility: 'after-vote',
      closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      audience: { groupIds: [], brandIds: [], languages: [] },
      send: true,
    });
    expect(created.status).toBe(201);
    // Nobody in the demo installed the bot: every ambassador of the audience is out of its reach.
    expect(created.body.outcome).toMatchObject({ queued: 0 });
    expect(created.body.outcome.unreachable).toBeGreaterThan(0);

    const page = await session.signIn(DEMO_MANAGER_ID);
    await page.goto(`${session.service.url}/studio/polls/${created.body.id}`);
    await page.getByText(/^(Nobody received this message|Personne n’a reçu ce message)$/).waitFor();
    await page
      .getByText(/(do not have the Ambassade app in Teams|n’ont pas l’application Ambassade dans Teams)/)
      .waitFor();
    await expectNoSeriousAxeIssue(page);
  });
});
