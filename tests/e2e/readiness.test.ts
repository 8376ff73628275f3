import { expect, it } from 'vitest';
import { DEMO_AMBASSADOR_ID, DEMO_MANAGER_ID } from '../../bot/src/demo/demo-data';
import { apiAs } from '../support/api-client';
import {
  describeInChromium,
  expectNoSeriousAxeIssue,
  setUpE2eSession,
  waitForHeading,
} from '../support/e2e-session';

describeInChromium('readiness diagnostic and programme plan in Chromium', () => {
  const session = setUpE2eSession();

  it('a manager takes the diagnostic, reads the scores and the plan, whose pilot step ticks itself', async () => {
    // The demo's pilot group becomes a team, and an empty pilot group takes its place.
    const api = await apiAs(session.service, DEMO_MANAGER_ID, ['Programme.Manager']);
    await api.put('/api/v1/studio/groups/group-pilot', { name: { fr: 'Équipe', en: 'Team' }, kind: 'team' });
    const pilot = await api.post('/api/v1/studio/groups', {
      name: { fr: 'Pilote', en: 'Pilot' },
      kind: 'pilot',
    });

    const manager = await session.signIn(DEMO_MANAGER_ID);
    await manager.getByRole('link', { name: 'Diagnostic de maturité', exact: true }).click();
    await waitForHeading(manager, 'Diagnostic de maturité');
    await manager.getByText(/Le diagnostic n’a pas encore été fait/).waitFor();
    await manager.getByRole('link', { name: 'Faire le diagnostic', exact: true }).click();
    await waitForHeading(manager, 'Faire le diagnostic de maturité');

    const largely = manager.getByRole('radio', { name: 'Largement', exact: true });
    for (let index = 0; index < (await largely.count()) - 1; index++) await largely.nth(index).check();
    await manager.getByRole('button', { name: 'Enregistrer les réponses', exact: true }).click();
    await manager.getByText('1 affirmation attend encore sa réponse.', { exact: true }).waitFor();
    await expectNoSeriousAxeIssue(manager);
    await manager
      .getByRole('radiogroup', { name: /^Secteur réglementé/ })
      .getByRole('radio', { name: 'Sans objet', exact: true })
      .check();
    await manager.getByRole('button', { name: 'Enregistrer les réponses', exact: true }).click();

    await waitForHeading(manager, 'Diagnostic de maturité');
    await manager.getByText('Maturité globale : 75 sur 100', { exact: true }).waitFor();
    await manager.getByRole('button', { name: 'Tableau', exact: true }).click();
    const scores = manager.getByRole('table', { name: 'Scores par condition du succès', exact: true });
    await expect.poll(() => scores.getByRole('row', { name: /^Objectifs et KPI 75$/ }).count()).toBe(1);
    await expectNoSeriousAxeIssue(manager);

    await manager.getByRole('link', { name: 'Plan du programme', exact: true }).first().click();
    await waitForHeading(manager, 'Plan du programme');
    const step = (title: string) => manager.getByRole('row', { name: new RegExp(title) });
    await step('Faire un diagnostic').getByText('Fait', { exact: true }).waitFor();
    await step('Constituer un groupe pilote').getByText('En cours', { exact: true }).waitFor();
    await expectNoSeriousAxeIssue(manager);

    await api.post(`/api/v1/studio/groups/${pilot.body.id}/members`, { personIds: [DEMO_AMBASSADOR_ID] });
    await manager.getByRole('link', { name: 'Diagnostic de maturité', exact: true }).click();
    await waitForHeading(manager, 'Diagnostic de maturité');
    await manager.getByRole('link', { name: 'Plan du programme', exact: true }).first().click();
    await step('Constituer un groupe pilote').getByText('Fait', { exact: true }).waitFor();
  });
});
