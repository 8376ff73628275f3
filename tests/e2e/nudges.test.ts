import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildDemoData, DEMO_MANAGER_ID, DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';
import {
  describeInChromium,
  expectNoSeriousAxeIssue,
  setUpE2eSession,
  waitForHeading,
} from '../support/e2e-session';

const demo = buildDemoData(new Date());
const douai = demo.groups.find((group) => group.name.en === 'Douai plant')!;
const douaiAmbassadors = demo.people.filter(
  (person) => person.enrolment.status === 'ambassador' && person.groupIds.includes(douai.id),
);
/** The manager reads the tab in French: each nudge shows by its French title. */
const TITLE = /Portes ouvertes samedi/;
const LATER = /Le webinaire de la semaine prochaine/;

describeInChromium('nudges in the studio, in Chromium', () => {
  const session = setUpE2eSession();
  let manager: Page;

  beforeAll(async () => {
    const { service } = session;
    // The Douai ambassadors installed the bot and want each nudge (the Bot Connector is not reachable here:
    // deliveries wait in the outbox, which is what the progress shows).
    for (const person of douaiAmbassadors) {
      await service.repositories.people.update(DEMO_TENANT_ID, person.id, (current) => ({
        ...current,
        enrolment: {
          ...current.enrolment,
          preferences: {
            nudges: 'immediate',
            timeZone: 'Europe/Paris',
            showOnLeaderboards: true,
          },
        },
      }));
      await service.repositories.conversations.upsert({
        id: person.id,
        tenantId: DEMO_TENANT_ID,
        teamsUserId: `29:${person.id}`,
        conversationId: `a:${person.id}`,
        serviceUrl: 'http://127.0.0.1:9/',
        installedAt: new Date().toISOString(),
      });
    }
    manager = await session.signIn(DEMO_MANAGER_ID);
  });

  const heading = (name: string | RegExp) => waitForHeading(manager, name);
  const compose = async (title: { fr: string; en: string }) => {
    await manager.getByRole('link', { name: /Écrire une relance/ }).click();
    await heading(/Écrire une relance/);
    await manager.getByLabel(/^Titre en français/).fill(title.fr);
    await manager.getByLabel(/^Titre en anglais/).fill(title.en);
    await manager.getByLabel(/^Message en français/).fill('Venez nombreux à Douai.');
    await manager.getByLabel(/^Message en anglais/).fill('Come and visit Douai.');
    await manager.getByRole('checkbox', { name: /^Usine de Douai/ }).check();
  };

  it('a manager writes a nudge for the Douai plant and follows its delivery', async () => {
    await manager.getByRole('link', { name: /^Relances$/ }).click();
    await heading(/^Relances$/);
    await expectNoSeriousAxeIssue(manager);

    await compose({ fr: 'Portes ouvertes samedi', en: 'Open day on Saturday' });
    // The card as ambassadors will read it, in both languages.
    const preview = manager.getByRole('region', { name: /Aperçu de la carte/ });
    await preview.getByText('Portes ouvertes samedi').waitFor();
    await preview.getByText('Open day on Saturday').waitFor();
    await expectNoSeriousAxeIssue(manager);
    await manager.getByRole('button', { name: /Envoyer la relance/ }).click();

    await heading(/^Relances$/);
    const row = manager.getByRole('row').filter({ hasText: TITLE });
    await row.getByText(/^Envoyée$/).waitFor();
    const bar = row.getByRole('progressbar', { name: /Distribution de/ });
    await bar.waitFor();
    // Every Douai ambassador's delivery is counted, whatever came of it so far.
    const figures = await row
      .getByText(/en attente/)
      .first()
      .innerText();
    const total = figures
      .match(/\d+/g)!
      .map(Number)
      .reduce((sum, value) => sum + value, 0);
    expect(total).toBe(douaiAmbassadors.length);
    await expectNoSeriousAxeIssue(manager);
  });

  it('schedules another for later, then cancels it after confirming', async () => {
    await compose({ fr: 'Le webinaire de la semaine prochaine', en: 'Next week’s webinar' });
    await manager.getByRole('radio', { name: /Envoyer plus tard/ }).check();
    await manager.getByRole('button', { name: /Programmer la relance/ }).click();

    await heading(/^Relances$/);
    const row = manager.getByRole('row').filter({ hasText: LATER });
    await row.getByText(/^Programmée$/).waitFor();
    await row.getByRole('button', { name: /^Annuler$/ }).click();
    const dialog = manager.getByRole('dialog');
    await dialog.getByText(/Personne ne la recevra/).waitFor();
    await expectNoSeriousAxeIssue(manager);
    await dialog.getByRole('button', { name: /^Annuler cette relance$/ }).click();
    await row.getByText(/^Annulée$/).waitFor();
  });
});
