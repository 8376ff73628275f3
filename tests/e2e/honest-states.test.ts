import { expect, it } from 'vitest';
import { DEMO_MANAGER_ID, DEMO_REVIEWER_ID, demoPersonId } from '../../bot/src/demo/demo-data';
import { campaignInput, contentInput } from '../support/studio-fixtures';
import { apiAs } from '../support/api-client';
import {
  describeInChromium,
  expectNoSeriousAxeIssue,
  setUpE2eSession,
  waitForHeading,
} from '../support/e2e-session';
import { pageStrings, stringsIn } from '../support/page-language';

describeInChromium('forms and reports that tell the truth, in Chromium', () => {
  const session = setUpE2eSession();

  it('a proposal form finds nothing wrong before anything is typed, and names a banned term once typed', async () => {
    // Priya Raman, an ambassador who reads English: her post is in English, and so are its rules.
    const page = await session.signIn(demoPersonId(15));
    await page.goto(`${session.service.url}/propose`);
    await waitForHeading(page, /^Propose a post$/);
    const form = page.locator('form').first();
    await form.getByText(/^#employee will be added at the end\.$/).waitFor();
    expect(await form.getByRole('listitem').count()).toBe(0);
    expect(await form.getByText(/Write a text/).count()).toBe(0);

    await form.getByRole('textbox', { name: /^Your post/ }).fill('Confidential news: we are hiring');
    await form.getByText(/^Remove “confidential”/).waitFor();
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
    await page.getByText(/^Personne n’a reçu ce message$/).waitFor();
    await page.getByText(/n’ont pas l’application Ambassade dans Teams/).waitFor();
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
    await page.getByText(/^Publié · invisible tant que la campagne n’est pas planifiée$/).waitFor();
    await expectNoSeriousAxeIssue(page);
  });

  it('a refusal from the server reads in the person’s French, with no English on the page', async () => {
    const manager = await apiAs(session.service, DEMO_MANAGER_ID, ['Programme.Manager']);
    const campaign = (await manager.post('/api/v1/studio/campaigns', campaignInput())).body as { id: string };
    const page = await session.signIn(DEMO_MANAGER_ID);
    await page.goto(`${session.service.url}/studio/campaigns/${campaign.id}`);
    const remove = page.getByRole('button', { name: 'Supprimer', exact: true });
    await remove.waitFor();
    // Content added from elsewhere meanwhile: the page still offers to delete the draft, the API refuses (409).
    const input = contentInput(campaign.id, [{ network: 'linkedin', language: 'fr', text: 'Bientôt !' }]);
    expect((await manager.post('/api/v1/studio/content', input)).status).toBe(201);
    await remove.click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Supprimer', exact: true }).click();
    await dialog.getByText('Cette campagne a du contenu : archivez-la au lieu de la supprimer.').waitFor();
    expect(stringsIn('en', await pageStrings(page, { withText: true }))).toEqual([]);
  });

  it('a time typed in the studio is the time shown, in the profile’s time zone, across a summer-time change', async () => {
    // The device is in New York; the manager's profile is in Paris, whose clocks move on 28 March 2027.
    const page = await session.signIn(DEMO_MANAGER_ID, 1280, 'America/New_York');
    await page.goto(`${session.service.url}/studio/campaigns/new`);
    await waitForHeading(page, /Nouvelle campagne/);
    await page.getByLabel(/^Nom en français/).fill('Semaine de l’heure d’été');
    await page.getByLabel(/^Nom en anglais/).fill('Summer time week');
    await page
      .getByText(/^Heure de Europe\/Paris/)
      .first()
      .waitFor();
    await page.getByLabel(/^Début/).fill('2027-03-26T09:00');
    await page.getByLabel(/^Fin/).fill('2027-03-30T18:00');
    await page.getByRole('button', { name: /Créer la campagne/ }).click();
    await waitForHeading(page, /Semaine de l’heure d’été/);

    const id = page.url().split('/').pop()!;
    const manager = await apiAs(session.service, DEMO_MANAGER_ID, ['Programme.Manager']);
    const { campaign } = (await manager.get(`/api/v1/studio/campaigns/${id}`)).body as {
      campaign: { startsAt: string; endsAt: string };
    };
    expect(campaign).toMatchObject({
      startsAt: '2027-03-26T08:00:00.000Z',
      endsAt: '2027-03-30T16:00:00.000Z',
    });
    await page.getByText(/26 mars.*09:00.*30 mars.*18:00/).waitFor();
  });
});
