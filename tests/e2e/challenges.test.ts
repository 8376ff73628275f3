import { expect, it } from 'vitest';
import { DEMO_AMBASSADOR_ID, DEMO_MANAGER_ID, DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';
import { DEMO_CHALLENGE_ID } from '../../bot/src/demo/demo-challenges';
import {
  describeInChromium,
  expectNoSeriousAxeIssue,
  setUpE2eSession,
  waitForHeading,
} from '../support/e2e-session';

const CHALLENGE = { fr: 'Défi des sondages e2e', en: 'Poll challenge e2e' };

describeInChromium('challenges and leaderboards in Chromium', () => {
  const session = setUpE2eSession();

  it('an ambassador sees the running challenge, their progress, their badges and the leaderboard', async () => {
    // The Teams side panel is about 320 px wide.
    const ambassador = await session.signIn(DEMO_AMBASSADOR_ID, 320);
    await ambassador.goto(`${session.service.url}/challenges`);
    await waitForHeading(ambassador, /Défis et classement/);
    await ambassador.getByRole('heading', { name: /Défi Douai recrute/ }).waitFor();
    await ambassador.getByRole('progressbar').first().waitFor();
    // The demo ambassador has shared nothing yet: the challenge says so, as My impact does.
    await ambassador.getByText('0 sur 5').waitFor();
    await ambassador.getByText('Pas encore de badge.').waitFor();
    const people = ambassador.getByRole('table', { name: 'Ambassadeurs' });
    await people.getByRole('row', { name: /Vous/ }).waitFor();
    // Every other ambassador who may appear is listed, with or without points (the viewer's row is "Vous").
    const eligible = (await session.service.repositories.people.ambassadors(DEMO_TENANT_ID)).filter(
      (person) =>
        person.id !== DEMO_AMBASSADOR_ID && person.enrolment.preferences?.showOnLeaderboards !== false,
    );
    for (const person of eligible) {
      await people.getByRole('row', { name: new RegExp(person.displayName) }).waitFor();
    }
    await ambassador
      .getByRole('table', { name: /^Groupes$/ })
      .getByRole('row', { name: /Douai/ })
      .waitFor();
    await expectNoSeriousAxeIssue(ambassador);

    // The same challenge's own standings, with progress towards its goal.
    await ambassador.getByLabel(/^Classement de/).selectOption(DEMO_CHALLENGE_ID);
    await people.getByRole('columnheader', { name: /^Progression$/ }).waitFor();
    await ambassador.context().close();
  });

  it('a manager creates a challenge and plans it: it is live at once', async () => {
    const manager = await session.signIn(DEMO_MANAGER_ID);
    await manager.goto(`${session.service.url}/studio/challenges`);
    await waitForHeading(manager, /^Défis$/);
    await expectNoSeriousAxeIssue(manager);
    await manager.getByRole('link', { name: /Nouveau défi/ }).click();
    await waitForHeading(manager, /Nouveau défi/);
    await manager.getByLabel(/^Nom en français/).fill(CHALLENGE.fr);
    await manager.getByLabel(/^Nom en anglais/).fill(CHALLENGE.en);
    await manager.getByLabel(/^Chaque participant doit/).selectOption('poll-votes');
    await manager.getByLabel(/^Combien/).fill('3');
    await manager.getByRole('checkbox', { name: /^Groupe pilote \(/ }).check();
    await expectNoSeriousAxeIssue(manager);
    await manager.getByRole('button', { name: /Créer le défi/ }).click();

    await waitForHeading(manager, /^Défis$/);
    const row = manager.getByRole('row', { name: new RegExp(CHALLENGE.fr) });
    await row.getByText(/^Brouillon$/).waitFor();
    await row.getByRole('button', { name: /^Planifier/ }).click();
    await row.getByText(/^En cours$/).waitFor();
    const saved = (await session.service.repositories.challenges.list(DEMO_TENANT_ID)).find(
      (challenge) => challenge.name.en === CHALLENGE.en,
    );
    expect(saved).toMatchObject({ status: 'scheduled', goal: { kind: 'poll-votes', target: 3 } });
    await manager.context().close();
  });
});
