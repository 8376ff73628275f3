import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import {
  buildDemoData,
  DEMO_AMBASSADOR_ID,
  DEMO_MANAGER_ID,
  DEMO_TENANT_ID,
} from '../../bot/src/demo/demo-data';
import { DEMO_CHALLENGE_ID } from '../../bot/src/demo/demo-challenges';
import { browserMissing, launchChromium, skipReason } from '../support/browser';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

const demo = buildDemoData(new Date());
const nameOf = (id: string) => demo.people.find((person) => person.id === id)!.displayName;

const CHALLENGE = { fr: 'Défi des sondages e2e', en: 'Poll challenge e2e' };

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
  `challenges and leaderboards in Chromium${browserMissing ? ` (skipped: ${skipReason})` : ''}`,
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

    async function signIn(personId: string, width = 1280): Promise<Page> {
      const context = await browser.newContext({ locale: 'en-US', viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${service.url}/`);
      await page.waitForURL(/\/dev\/signin/);
      await page.getByRole('button', { name: new RegExp(nameOf(personId)) }).click();
      await page.getByText(nameOf(personId)).first().waitFor();
      return page;
    }

    const heading = (page: Page, name: string | RegExp) =>
      page.getByRole('heading', { level: 1, name }).waitFor();

    it('an ambassador sees the running challenge, their progress, their badges and the leaderboard', async () => {
      // The Teams side panel is about 320 px wide.
      const ambassador = await signIn(DEMO_AMBASSADOR_ID, 320);
      await ambassador.goto(`${service.url}/challenges`);
      await heading(ambassador, /Challenges & leaderboard|Défis et classement/);
      await ambassador
        .getByRole('heading', { name: /Douai is hiring challenge|Défi Douai recrute/ })
        .waitFor();
      await ambassador.getByRole('progressbar').first().waitFor();
      await ambassador.getByText(/^(First share|Premier partage)$/).waitFor();
      const people = ambassador.getByRole('table', { name: /^(Ambassadors|Ambassadeurs)$/ });
      await people.getByRole('row', { name: /(You|Vous)/ }).waitFor();
      await ambassador
        .getByRole('table', { name: /^(Groups|Groupes)$/ })
        .getByRole('row', { name: /Douai/ })
        .waitFor();
      await expectNoSeriousAxeIssue(ambassador);

      // The same challenge's own standings, with progress towards its goal.
      await ambassador.getByLabel(/^(Leaderboard of|Classement de)/).selectOption(DEMO_CHALLENGE_ID);
      await people.getByRole('columnheader', { name: /^(Progress|Progression)$/ }).waitFor();
      await ambassador.context().close();
    });

    it('a manager creates a challenge and plans it: it is live at once', async () => {
      const manager = await signIn(DEMO_MANAGER_ID);
      await manager.goto(`${service.url}/studio/challenges`);
      await heading(manager, /^(Challenges|Défis)$/);
      await expectNoSeriousAxeIssue(manager);
      await manager.getByRole('link', { name: /New challenge|Nouveau défi/ }).click();
      await heading(manager, /New challenge|Nouveau défi/);
      await manager.getByLabel(/^(Name in French|Nom en français)/).fill(CHALLENGE.fr);
      await manager.getByLabel(/^(Name in English|Nom en anglais)/).fill(CHALLENGE.en);
      await manager.getByLabel(/^(Each participant must|Chaque participant doit)/).selectOption('poll-votes');
      await manager.getByLabel(/^(How many|Combien)/).fill('3');
      await manager.getByRole('checkbox', { name: /^(Pilot group|Groupe pilote)$/ }).check();
      await expectNoSeriousAxeIssue(manager);
      await manager.getByRole('button', { name: /Create the challenge|Créer le défi/ }).click();

      await heading(manager, /^(Challenges|Défis)$/);
      const row = manager.getByRole('row', { name: new RegExp(`${CHALLENGE.fr}|${CHALLENGE.en}`) });
      await row.getByText(/^(Draft|Brouillon)$/).waitFor();
      await row.getByRole('button', { name: /^(Plan|Planifier)/ }).click();
      await row.getByText(/^(Live|En cours)$/).waitFor();
      const saved = (await service.repositories.challenges.list(DEMO_TENANT_ID)).find(
        (challenge) => challenge.name.en === CHALLENGE.en,
      );
      expect(saved).toMatchObject({ status: 'scheduled', goal: { kind: 'poll-votes', target: 3 } });
      await manager.context().close();
    });
  },
);
