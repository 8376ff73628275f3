import { expect, it } from 'vitest';
import { buildDemoData, DEMO_MANAGER_ID, demoPersonId } from '../../bot/src/demo/demo-data';
import { buildDemoEvents } from '../../bot/src/demo/demo-events';
import {
  describeInChromium,
  expectNoSeriousAxeIssue,
  setUpE2eSession,
  waitForHeading,
} from '../support/e2e-session';

const demo = buildDemoData(new Date());
const demoEvent = buildDemoEvents(new Date(), demo.people)[0]!;

/** Priya Raman reads English; she is not among the demo event's registrants. */
const AMBASSADOR_ID = demoPersonId(15);
const seatsLeft = /9 seats left out of 12/;

const EVENT = { fr: 'Petit-déjeuner des ambassadeurs (e2e)', en: 'Ambassadors’ breakfast (e2e)' };

describeInChromium('exclusive events in Chromium', () => {
  const session = setUpE2eSession();

  it('an ambassador registers for the demo event from the tab, then cancels after confirming', async () => {
    const ambassador = await session.signIn(AMBASSADOR_ID);
    await ambassador.getByRole('link', { name: 'Events', exact: true }).click();
    await waitForHeading(ambassador, /^Events$/);
    const card = ambassador.getByRole('article', { name: demoEvent.title.en, exact: true });
    await card.getByText(seatsLeft).waitFor();
    await expectNoSeriousAxeIssue(ambassador);

    await card.getByRole('button', { name: /^Register for / }).click();
    await card
      .getByRole('status')
      .filter({ hasText: /^You are registered\.$/ })
      .waitFor();
    const summary = ambassador.getByRole('region', { name: 'My registrations', exact: true });
    await summary.getByText(demoEvent.title.en, { exact: true }).waitFor();
    await card.getByRole('button', { name: 'Cancel my registration', exact: true }).click();
    const dialog = ambassador.getByRole('dialog', { name: 'Cancel your registration?', exact: true });
    await dialog.waitFor();
    await expectNoSeriousAxeIssue(ambassador);
    await dialog.getByRole('button', { name: 'Yes, cancel', exact: true }).click();
    await card.getByText(seatsLeft).waitFor();
    await expect.poll(() => summary.getByText(demoEvent.title.en, { exact: true }).count()).toBe(0);

    const stored = await session.service.repositories.events.get(demoEvent.tenantId, demoEvent.id);
    expect(stored?.registered.map((entry) => entry.personId)).not.toContain(AMBASSADOR_ID);
  });

  it('a manager creates an event, publishes it after confirming, and sees its attendees', async () => {
    const manager = await session.signIn(DEMO_MANAGER_ID);
    await manager.getByRole('link', { name: /^Gérer les événements$/ }).click();
    await waitForHeading(manager, /^Événements$/);
    await manager.getByRole('link', { name: /Nouvel événement/ }).click();
    await waitForHeading(manager, /Nouvel événement/);
    await manager.getByLabel(/^Titre \(français\)/).fill(EVENT.fr);
    await manager.getByLabel(/^Titre \(anglais\)/).fill(EVENT.en);
    await manager.getByLabel(/^Description \(français\)/).fill('Un café avec la direction.');
    await manager.getByLabel(/^Description \(anglais\)/).fill('Coffee with the leadership team.');
    await manager.getByLabel(/^Lien en ligne/).fill('not a link');
    await manager.getByRole('button', { name: 'Créer l’événement', exact: true }).click();
    await manager
      .getByText('Saisissez une adresse commençant par https:// ou http://.', { exact: true })
      .waitFor();
    await manager.getByLabel(/^Lien en ligne/).fill('https://meet.aurore-demo.example/breakfast');
    await manager.getByLabel(/^Places/).fill('20');
    await expectNoSeriousAxeIssue(manager);
    await manager.getByRole('button', { name: 'Créer l’événement', exact: true }).click();

    await waitForHeading(manager, EVENT.fr);
    await manager.getByText('Personne ne s’est encore inscrit.', { exact: true }).waitFor();
    await manager.getByRole('button', { name: 'Publier et inviter', exact: true }).click();
    const dialog = manager.getByRole('dialog', { name: 'Publier cet événement ?', exact: true });
    await dialog.getByRole('button', { name: 'Publier', exact: true }).click();
    await manager
      .getByRole('status')
      .filter({ hasText: /^Publié : \d+ invitations en file/ })
      .waitFor();
    await expectNoSeriousAxeIssue(manager);

    await manager.getByRole('link', { name: /^Gérer les événements$/ }).click();
    await manager.getByRole('link', { name: EVENT.fr, exact: true }).waitFor();
    await manager.getByRole('link', { name: demoEvent.title.fr, exact: true }).click();
    await manager.getByRole('table', { name: 'Participants à l’événement', exact: true }).waitFor();
    expect(await manager.getByRole('row').count()).toBe(4);
    await expectNoSeriousAxeIssue(manager);
  });
});
