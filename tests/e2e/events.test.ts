import { expect, it } from 'vitest';
import { buildDemoData, DEMO_AMBASSADOR_ID, DEMO_MANAGER_ID } from '../../bot/src/demo/demo-data';
import { buildDemoEvents } from '../../bot/src/demo/demo-events';
import {
  describeInChromium,
  expectNoSeriousAxeIssue,
  setUpE2eSession,
  waitForHeading,
} from '../support/e2e-session';

const demo = buildDemoData(new Date());
const demoEvent = buildDemoEvents(new Date(), demo.people)[0]!;

/** The demo people read French; the tests accept either language. */
const either = (en: string, fr: string) => new RegExp(`^(${escape(en)}|${escape(fr)})$`);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const demoTitle = new RegExp(`^(${escape(demoEvent.title.en)}|${escape(demoEvent.title.fr)})$`);
const seatsLeft = /9 seats left out of 12|Il reste 9 places sur 12/;

const EVENT = { fr: 'Petit-déjeuner des ambassadeurs (e2e)', en: 'Ambassadors’ breakfast (e2e)' };

describeInChromium('exclusive events in Chromium', () => {
  const session = setUpE2eSession();

  it('an ambassador registers for the demo event from the tab, then cancels after confirming', async () => {
    const ambassador = await session.signIn(DEMO_AMBASSADOR_ID);
    await ambassador.getByRole('link', { name: /^(Events|Événements)$/ }).click();
    await waitForHeading(ambassador, /^(Events|Événements)$/);
    const card = ambassador.getByRole('article', { name: demoTitle });
    await card.getByText(seatsLeft).waitFor();
    await expectNoSeriousAxeIssue(ambassador);

    await card.getByRole('button', { name: /^(Register for|S’inscrire à) / }).click();
    await card
      .getByRole('status')
      .filter({ hasText: either('You are registered.', 'Vous êtes inscrit(e).') })
      .waitFor();
    const summary = ambassador.getByRole('region', {
      name: either('My registrations', 'Mes inscriptions'),
    });
    await summary.getByText(demoTitle).waitFor();
    await card
      .getByRole('button', { name: either('Cancel my registration', 'Annuler mon inscription') })
      .click();
    const dialog = ambassador.getByRole('dialog', {
      name: either('Cancel your registration?', 'Annuler votre inscription ?'),
    });
    await dialog.waitFor();
    await expectNoSeriousAxeIssue(ambassador);
    await dialog.getByRole('button', { name: either('Yes, cancel', 'Oui, annuler') }).click();
    await card.getByText(seatsLeft).waitFor();
    await expect.poll(() => summary.getByText(demoTitle).count()).toBe(0);

    const stored = await session.service.repositories.events.get(demoEvent.tenantId, demoEvent.id);
    expect(stored?.registered.map((entry) => entry.personId)).not.toContain(DEMO_AMBASSADOR_ID);
  });

  it('a manager creates an event, publishes it after confirming, and sees its attendees', async () => {
    const manager = await session.signIn(DEMO_MANAGER_ID);
    await manager.getByRole('link', { name: /^(Manage events|Gérer les événements)$/ }).click();
    await waitForHeading(manager, /^(Events|Événements)$/);
    await manager.getByRole('link', { name: /New event|Nouvel événement/ }).click();
    await waitForHeading(manager, /New event|Nouvel événement/);
    await manager.getByLabel(/^(Title \(French\)|Titre \(français\))/).fill(EVENT.fr);
    await manager.getByLabel(/^(Title \(English\)|Titre \(anglais\))/).fill(EVENT.en);
    await manager.getByLabel(/^Description \((French|français)\)/).fill('Un café avec la direction.');
    await manager.getByLabel(/^Description \((English|anglais)\)/).fill('Coffee with the leadership team.');
    await manager.getByLabel(/^(Online link|Lien en ligne)/).fill('not a link');
    await manager.getByRole('button', { name: either('Create the event', 'Créer l’événement') }).click();
    await manager
      .getByText(
        either(
          'Enter an address starting with https:// or http://.',
          'Saisissez une adresse commençant par https:// ou http://.',
        ),
      )
      .waitFor();
    await manager
      .getByLabel(/^(Online link|Lien en ligne)/)
      .fill('https://meet.aurore-demo.example/breakfast');
    await manager.getByLabel(/^(Seats|Places)/).fill('20');
    await expectNoSeriousAxeIssue(manager);
    await manager.getByRole('button', { name: either('Create the event', 'Créer l’événement') }).click();

    await waitForHeading(manager, either(EVENT.en, EVENT.fr));
    await manager
      .getByText(either('Nobody has registered yet.', 'Personne ne s’est encore inscrit.'))
      .waitFor();
    await manager.getByRole('button', { name: either('Publish and invite', 'Publier et inviter') }).click();
    const dialog = manager.getByRole('dialog', {
      name: either('Publish this event?', 'Publier cet événement ?'),
    });
    await dialog.getByRole('button', { name: either('Publish', 'Publier') }).click();
    await manager
      .getByRole('status')
      .filter({ hasText: /^(Published: \d+ invitations queued|Publié : \d+ invitations en file)/ })
      .waitFor();
    await expectNoSeriousAxeIssue(manager);

    await manager.getByRole('link', { name: /^(Manage events|Gérer les événements)$/ }).click();
    await manager.getByRole('link', { name: either(EVENT.en, EVENT.fr) }).waitFor();
    await manager.getByRole('link', { name: demoTitle }).click();
    await manager
      .getByRole('table', { name: either('Attendees of the event', 'Participants à l’événement') })
      .waitFor();
    expect(await manager.getByRole('row').count()).toBe(4);
    await expectNoSeriousAxeIssue(manager);
  });
});
