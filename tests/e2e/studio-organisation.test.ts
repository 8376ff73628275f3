import { expect, it } from 'vitest';
import { buildDemoData, DEMO_ADMIN_ID, DEMO_MANAGER_ID, DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';
import {
  chooseFile,
  describeInChromium,
  expectNoSeriousAxeIssue,
  setUpE2eSession,
} from '../support/e2e-session';

const demo = buildDemoData(new Date());
const [fatou, lucas] = demo.people.filter((person) =>
  ['Fatou Diallo', 'Lucas Bernard'].includes(person.displayName),
);

describeInChromium('organising the programme in the studio, in Chromium', () => {
  const session = setUpE2eSession();

  const csvFile = (text: string) => ({
    name: 'members.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(text),
  });

  it('a manager imports a CSV with a bad row (sees it, nothing imported), fixes it and imports it', async () => {
    const page = await session.signIn(DEMO_MANAGER_ID);
    await page.getByRole('link', { name: /^Groupes$/ }).click();
    await page.getByRole('table', { name: /^Groupes$/ }).waitFor();
    await expectNoSeriousAxeIssue(page);

    await page.getByRole('textbox', { name: /^Nom en français/ }).fill('Pilote Valenciennes');
    await page.getByRole('textbox', { name: /^Nom en anglais/ }).fill('Valenciennes pilot');
    await page.getByRole('button', { name: /^Créer le groupe$/ }).click();
    await page.getByRole('heading', { level: 1, name: /Valenciennes/ }).waitFor();
    const groupId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);

    const file = page.getByRole('button', { name: 'Choisir le fichier CSV', exact: true });
    const importButton = page.getByRole('button', { name: /^Importer$/ });
    await chooseFile(file, csvFile(`\uFEFFemail;nom\r\n${fatou!.email};Fatou\r\nfatou.diallo@;Lucas\r\n`));
    // The file chosen is named beside the button, in the tab's words, not the browser's.
    await page.getByText('members.csv', { exact: true }).waitFor();
    await importButton.click();
    const rowsToCorrect = page.getByRole('table', { name: /^Lignes à corriger$/ });
    await rowsToCorrect.waitFor();
    expect(await rowsToCorrect.getByRole('row').nth(1).getByRole('cell').allTextContents()).toEqual([
      '3',
      'email',
      expect.stringMatching(/adresse e-mail/),
    ]);
    expect(await session.service.repositories.people.memberIds(DEMO_TENANT_ID, groupId)).toEqual([]);
    await expectNoSeriousAxeIssue(page);

    await chooseFile(file, csvFile(`\uFEFFemail;nom\r\n${fatou!.email};Fatou\r\n${lucas!.email};Lucas\r\n`));
    await importButton.click();
    await page.getByText(/Import terminé.*2/).waitFor();
    expect((await session.service.repositories.people.memberIds(DEMO_TENANT_ID, groupId)).sort()).toEqual(
      [fatou!.id, lucas!.id].sort(),
    );
    await page
      .getByRole('table', { name: /^Membres du groupe$/ })
      .getByText(lucas!.displayName)
      .waitFor();

    // The Teams side panel is about 320 px wide: nothing may overflow sideways.
    await page.setViewportSize({ width: 320, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoSeriousAxeIssue(page);

    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('link', { name: /^Flux intranet$/ }).click();
    await page.getByRole('textbox', { name: /^Adresse du flux/ }).waitFor();
    await expectNoSeriousAxeIssue(page);
    await page.context().close();
  });

  it('an administrator publishes a minor charter version, then finds it in the audit log', async () => {
    const page = await session.signIn(DEMO_ADMIN_ID);
    await page.getByRole('link', { name: /^Versions de la charte$/ }).click();
    const english = page.getByRole('group', { name: /^Anglais$/ });
    await english.getByRole('textbox', { name: /^Titre/ }).fill('Ambassador charter, clarified');
    await expectNoSeriousAxeIssue(page);

    await page.getByRole('button', { name: /^Publier la version 1\.1$/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: /^Publier$/ }).click();
    await page.getByText(/La version 1\.1 est publiée/).waitFor();
    expect(await session.service.repositories.charters.get(DEMO_TENANT_ID, 'charter-1.1')).toMatchObject({
      version: '1.1',
      title: { en: 'Ambassador charter, clarified' },
    });
    await page.getByRole('row', { name: /^1\.1/ }).waitFor();
    await expectNoSeriousAxeIssue(page);

    await page.getByRole('link', { name: /^Journal d’audit$/ }).click();
    // In words, with the code beside it for whoever searches the log by action.
    const records = page.getByRole('table', { name: /^Entrées du journal$/ });
    await records
      .getByText(/^Charte publiée$/)
      .first()
      .waitFor();
    await records.getByText('charter.published').first().waitFor();
    await expectNoSeriousAxeIssue(page);
    await page.context().close();
  });
});
