import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { buildDemoData, DEMO_AMBASSADOR_ID, DEMO_MANAGER_ID } from '../../bot/src/demo/demo-data';
import { buildDemoEvents } from '../../bot/src/demo/demo-events';
import { browserMissing, launchChromium, skipReason } from '../support/browser';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

const demo = buildDemoData(new Date());
const nameOf = (id: string) => demo.people.find((person) => person.id === id)!.displayName;
const demoEvent = buildDemoEvents(new Date(), demo.people)[0]!;

/** The demo people read French; the tests accept either language. */
const either = (en: string, fr: string) => new RegExp(`^(${escape(en)}|${escape(fr)})$`);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const demoTitle = new RegExp(`^(${escape(demoEvent.title.en)}|${escape(demoEvent.title.fr)})$`);
const seatsLeft = /9 seats left out of 12|Il reste 9 places sur 12/;

const EVENT = { fr: 'Petit-déjeuner des ambassadeurs (e2e)', en: 'Ambassadors’ breakfast (e2e)' };

async function expectNoSeriousAxeIssue(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(serious.map((violation) => `${page.url()} ${violation.id}: ${violation.nodes[0]?.target}`)).toEqual(
    [],
  );
}

describe.skipIf(browserMissing)(
  `exclusive events in Chromium${browserMissing ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let service: TestService;
    let browser: Browser;

    beforeAll(async () => {
      service = await startTestService({ env: { TAB_DIR: inject('tabDir') } });
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await service?.dispose();
    });

    async function signIn(personId: string): Promise<Page> {
      const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${service.url}/`);
      await page.waitForURL(/\/dev\/signin/);
      await page.getByRole('button', { name: new RegExp(nameOf(personId)) }).click();
      await page.getByText(nameOf(personId)).first().waitFor();
      return page;
    }

    const heading = (page: Page, name: string | RegExp) =>
      page.getByRole('heading', { level: 1, name }).waitFor();

    it('an ambassador registers for the demo event from the tab, then cancels after confirming', async () => {
      const ambassador = await signIn(DEMO_AMBASSADOR_ID);
      await ambassador.getByRole('link', { name: /^(Events|Événements)$/ }).click();
      await heading(ambassador, /^(Events|Événements)$/);
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

      const stored = await service.repositories.events.get(demoEvent.tenantId, demoEvent.id);
      expect(stored?.registered.map((entry) => entry.personId)).not.toContain(DEMO_AMBASSADOR_ID);
    });

    it('a manager creates an event, publishes it after confirming, and sees its attendees', async () => {
      const manager = await signIn(DEMO_MANAGER_ID);
      await manager.getByRole('link', { name: /^(Manage events|Gérer les événements)$/ }).click();
      await heading(manager, /^(Events|Événements)$/);
      await manager.getByRole('link', { name: /New event|Nouvel événement/ }).click();
      await heading(manager, /New event|Nouvel événement/);
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

      await heading(manager, either(EVENT.en, EVENT.fr));
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
  },
);
