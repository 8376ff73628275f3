import { expect, it } from 'vitest';
import { DEMO_AMBASSADOR_ID, DEMO_MANAGER_ID, DEMO_REVIEWER_ID } from '../../bot/src/demo/demo-data';
import { campaignInput, contentInput } from '../support/studio-fixtures';
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

  it('content approved in a campaign still in draft says ambassadors cannot see it yet', async () => {
    const manager = await apiAs(session.service, DEMO_MANAGER_ID, ['Programme.Manager']);
    const reviewer = await apiAs(session.service, DEMO_REVIEWER_ID, ['Programme.Reviewer']);
    const campaign = (await manager.post('/api/v1/studio/campaigns', campaignInput())).body as { id: string };
    const input = contentInput(campaign.id, [
      { network: 'linkedin', language: 'fr', text: 'Portes ouvertes samedi !' },
    ]);
    const item = (await manager.post('/api/v1/studio/content', input)).body as { id: string };
    expect((await manager.post(`/api/v1/studio/content/${item.id}/submission`, input)).status).toBe(200);
    const approved = await reviewer.post(`/api/v1/studio/review/${item.id}/decisions`, {
      decision: 'approve',
    });
    expect(approved.body).toMatchObject({ status: 'published', reach: 'waiting-for-campaign' });

    const page = await session.signIn(DEMO_MANAGER_ID);
    await page.goto(`${session.service.url}/studio/campaigns/${campaign.id}`);
    await page
      .getByText(
        /^(Published · hidden until the campaign is planned|Publié · invisible tant que la campagne n’est pas planifiée)$/,
      )
      .waitFor();
    await expectNoSeriousAxeIssue(page);
  });
});
