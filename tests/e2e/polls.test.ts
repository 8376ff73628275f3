import { beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildDemoData, DEMO_MANAGER_ID } from '../../bot/src/demo/demo-data';
import { pressCardAction } from '../support/card-action';
import {
  describeInChromium,
  expectNoSeriousAxeIssue,
  setUpE2eSession,
  waitForHeading,
} from '../support/e2e-session';

const demo = buildDemoData(new Date());
/** The manager reads the tab in French: the poll shows by its French question. */
const QUESTION = /^Quel format préférez-vous \?$/;
const ambassadors = demo.people.filter((person) => person.enrolment.status === 'ambassador');

describeInChromium('polls in the studio, in Chromium', () => {
  const session = setUpE2eSession();
  let manager: Page;

  beforeAll(async () => {
    manager = await session.signIn(DEMO_MANAGER_ID);
  });

  const heading = (name: string | RegExp) => waitForHeading(manager, name);

  it('a manager creates a poll, ambassadors vote on the card, the manager sees the results and closes it', async () => {
    await manager.getByRole('link', { name: /^Sondages$/ }).click();
    await heading(/^Sondages$/);
    await manager.getByText(/Aucun sondage/).waitFor();
    await expectNoSeriousAxeIssue(manager);

    await manager.getByRole('link', { name: /Nouveau sondage/ }).click();
    await heading(/Nouveau sondage/);
    // Live validation: a field left empty says so at once, and stops saying so once filled.
    const questionFr = manager.getByLabel(/^Question en français/);
    await questionFr.focus();
    await questionFr.blur();
    await manager.getByText(/^Renseignez ce champ\.$/).waitFor();
    await questionFr.fill('Quel format préférez-vous ?');
    await expect.poll(() => manager.getByText(/^Renseignez ce champ\.$/).count()).toBe(0);
    await manager.getByLabel(/^Question en anglais/).fill('Which format do you prefer?');
    await manager.getByLabel(/^Option 1 en français/).fill('Vidéo');
    await manager.getByLabel(/^Option 1 en anglais/).fill('Video');
    await manager.getByLabel(/^Option 2 en français/).fill('Article');
    await manager.getByLabel(/^Option 2 en anglais/).fill('Article');
    await manager.getByRole('button', { name: /Ajouter une option/ }).click();
    await manager.getByLabel(/^Option 3 en français/).fill('vidéo');
    await manager.getByLabel(/^Option 3 en anglais/).fill('Podcast');
    await manager.getByRole('button', { name: /Créer et envoyer/ }).click();
    await manager.getByText(/Une autre option a le même libellé/).waitFor();
    await manager.getByLabel(/^Option 3 en français/).fill('Podcast');
    await expectNoSeriousAxeIssue(manager);
    await manager.getByRole('button', { name: /Créer et envoyer/ }).click();

    await heading(QUESTION);
    await manager.getByText(/Aucun vote/).waitFor();
    const pollId = manager.url().split('/').pop()!;

    // Two ambassadors vote from their card in the chat (the bot's invoke, as Teams sends it).
    await pressCardAction(session.service.url, ambassadors[0]!.id, {
      verb: 'poll.vote',
      data: { pollId, optionIds: 'o2' },
    });
    await pressCardAction(session.service.url, ambassadors[1]!.id, {
      verb: 'poll.vote',
      data: { pollId, optionIds: 'o2' },
    });
    await manager.reload();
    await heading(QUESTION);
    await manager.getByText(/^2 votants$/).waitFor();
    const table = manager.getByRole('table', { name: /Votes par option/ });
    const rows = async () =>
      (await table.getByRole('row').allInnerTexts()).map((row) => row.replace(/\s+/g, ' ').trim());
    await expect.poll(rows).toHaveLength(4);
    expect((await rows()).slice(1)).toEqual(['Vidéo 0 0 %', 'Article 2 100 %', 'Podcast 0 0 %']);
    expect(await manager.getByTestId('poll-chart').isVisible()).toBe(true);
    await expectNoSeriousAxeIssue(manager);

    const download = manager.waitForEvent('download');
    await manager.getByRole('button', { name: /Télécharger les résultats/ }).click();
    expect((await download).suggestedFilename()).toBe(`poll-${pollId}.csv`);

    await manager.getByRole('button', { name: /^Clore le sondage$/ }).click();
    const dialog = manager.getByRole('dialog');
    await dialog.getByText(/ne pourront plus voter/).waitFor();
    await dialog.getByRole('button', { name: /^Clore le sondage$/ }).click();
    await manager
      .getByRole('status')
      .filter({ hasText: /Le sondage est clos/ })
      .waitFor();
    // The third ambassador (Emily Carter) reads English: the bot answers her in English.
    const late = await pressCardAction(session.service.url, ambassadors[2]!.id, {
      verb: 'poll.vote',
      data: { pollId, optionIds: 'o1' },
    });
    expect(ambassadors[2]!.locale).toBe('en');
    expect(JSON.stringify(late.body)).toMatch(/closed/);

    await manager.getByRole('link', { name: /Tous les sondages/ }).click();
    await manager.getByRole('link', { name: QUESTION }).waitFor();
    await manager.getByText(/^1 sondage affiché$/).waitFor();
  });
});
