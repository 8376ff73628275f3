import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoSeriousAxeIssue } from '../support/e2e-session';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildDemoData, DEMO_EMPLOYEE_ID, DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';
import { textChoices } from '../../tab/src/pages/library/shareTexts';
import { browserMissing, launchChromium, skipReason } from '../support/browser';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

const demo = buildDemoData(new Date());
const employee = demo.people.find((person) => person.id === DEMO_EMPLOYEE_ID)!;
const ARTICLE = 'https://www.aurore-demo.example/carrieres/douai-200-postes';
const LINKEDIN_PREVIEW =
  'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)';

describe.skipIf(browserMissing)(
  `the ambassador's journey in Chromium${browserMissing ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let service: TestService;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      service = await startTestService({ env: { TAB_DIR: inject('tabDir') } });
      browser = await launchChromium();
      context = await browser.newContext({ locale: 'en-US' });
      // Network share pages are outside this machine: record what the tab opens instead of opening it.
      await context.addInitScript(() => {
        window.open = (url?: string | URL) => {
          (window as unknown as { opened: string[] }).opened = [
            ...((window as unknown as { opened?: string[] }).opened ?? []),
            String(url),
          ];
          return null;
        };
      });
      page = await context.newPage();
      await page.goto(`${service.url}/`);
      await page.waitForURL(/\/dev\/signin/);
      await page.getByRole('button', { name: new RegExp(employee.displayName) }).click();
      await page.getByText(employee.displayName).first().waitFor();
    });
    afterAll(async () => {
      await browser?.close();
      await service?.dispose();
    });

    const clicksOnMyImpact = async () => {
      await service.settleClicks();
      const response = await page.evaluate(async () => {
        const token = JSON.parse(sessionStorage.getItem('ambassade.devToken') ?? '{}') as { token?: string };
        const answer = await fetch('/api/v1/me/impact', {
          headers: { authorization: `Bearer ${token.token}` },
        });
        return (await answer.json()) as { totals: { clicks: number } };
      });
      return response.totals.clicks;
    };

    it('an employee reads the charter and joins the programme', async () => {
      await page.getByRole('link', { name: /^Charte$/ }).click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await expectNoSeriousAxeIssue(page);
      await page.getByRole('checkbox', { name: /j’accepte la charte v1\.0/i }).check();
      await page.getByRole('checkbox', { name: 'X', exact: true }).check();
      await page.getByRole('button', { name: /^Rejoindre le programme$/ }).click();
      await expect
        .poll(
          async () =>
            (await service.repositories.people.get(DEMO_TENANT_ID, DEMO_EMPLOYEE_ID))?.enrolment.status,
        )
        .toBe('ambassador');
    });

    it('opens an item, starts from one of LinkedIn’s suggested texts, edits the X text and shares: X’s intent carries the edited text and a tracked link', async () => {
      await page.getByRole('link', { name: /^Bibliothèque$/ }).click();
      await page
        .getByRole('searchbox')
        .or(page.getByRole('textbox', { name: /rechercher/i }))
        .first()
        .waitFor();
      // A library looks like one: every card has its picture, and the pictures in view have loaded.
      await page.locator('article').first().waitFor();
      const cards = await page.locator('article').count();
      expect(await page.locator('article img').count()).toBe(cards);
      await expect
        .poll(() =>
          page
            .locator('article img')
            .evaluateAll((images) =>
              images.slice(0, 3).every((image) => (image as HTMLImageElement).naturalWidth > 0),
            ),
        )
        .toBe(true);
      await expectNoSeriousAxeIssue(page);

      await page.goto(`${service.url}/library/item-01`);
      // LinkedIn, first, suggests three texts: all offered, in this person's own order; a choice, by keyboard
      // too, puts its text in the editor.
      const text = page.getByRole('textbox', { name: /^Votre texte$/ });
      const starts = page.getByRole('radiogroup', { name: /^Texte de départ/ }).getByRole('radio');
      const offered = textChoices(
        demo.content.find((item) => item.id === 'item-01')!,
        'linkedin',
        'fr',
        employee.id,
      );
      expect(offered).toHaveLength(3);
      await expect
        .poll(() =>
          starts.evaluateAll((radios) =>
            radios.map((radio) => (radio as HTMLInputElement).labels?.[0]?.textContent),
          ),
        )
        .toEqual(offered.map((suggestion) => suggestion.text));
      expect(await starts.first().isChecked()).toBe(true);
      expect(await text.inputValue()).toBe(offered[0]!.text);
      await starts.first().focus();
      await page.keyboard.press('ArrowDown');
      expect(await starts.nth(1).isChecked()).toBe(true);
      expect(await text.inputValue()).toBe(offered[1]!.text);
      await expectNoSeriousAxeIssue(page);

      await page.getByRole('radio', { name: 'X', exact: true }).check();
      await text.fill('Douai recrute : 200 postes, venez construire les voitures électriques avec nous !');
      await expectNoSeriousAxeIssue(page);
      await page.getByRole('button', { name: /^Partager sur X$/ }).click();
      await page.getByText(/Votre partage est enregistré/).waitFor();

      const opened = await page.evaluate(() => (window as unknown as { opened?: string[] }).opened ?? []);
      expect(opened).toHaveLength(1);
      const intent = new URL(opened[0]!);
      expect(intent.origin + intent.pathname).toBe('https://twitter.com/intent/tweet');
      expect(intent.searchParams.get('text')).toContain(
        'Douai recrute : 200 postes, venez construire les voitures électriques avec nous !',
      );
      expect(intent.searchParams.get('url')).toMatch(
        new RegExp(`^http://localhost:${service.port}/r/[A-Za-z0-9]{12}$`),
      );
    });

    it('a visitor following the link lands on the article with UTM parameters; one click is counted, once', async () => {
      const [share] = await service.repositories.shares.ofPerson(DEMO_TENANT_ID, DEMO_EMPLOYEE_ID);
      const trackedUrl = `${service.url}/r/${share!.code}`;
      expect(await clicksOnMyImpact()).toBe(0);

      // The article's site is not reachable from here: what matters is where the browser was sent.
      const visitor = await browser.newContext();
      const visit = await visitor.newPage();
      const follow = async () => {
        const articleRequest = visit.waitForRequest((request) => request.url().startsWith(ARTICLE));
        await visit.goto(trackedUrl).catch(() => undefined);
        return new URL((await articleRequest).url());
      };
      const landed = await follow();
      expect(landed.origin + landed.pathname).toBe(ARTICLE);
      expect(Object.fromEntries(landed.searchParams)).toEqual({
        utm_source: 'x',
        utm_medium: 'employee_advocacy',
        utm_campaign: 'douai-recrute',
        utm_content: 'item-01',
      });
      expect(await clicksOnMyImpact()).toBe(1);

      await follow();
      expect(await clicksOnMyImpact()).toBe(1);

      await fetch(trackedUrl, { redirect: 'manual', headers: { 'user-agent': LINKEDIN_PREVIEW } });
      expect(await clicksOnMyImpact()).toBe(1);
      await visitor.close();
    });

    it('My impact shows the share and its click', async () => {
      await page.getByRole('link', { name: /^Mon impact$/ }).click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      const totals = page.getByRole('region', { name: /^Vos totaux$/ });
      const figure = (label: RegExp) => totals.locator('div', { has: page.getByText(label) }).locator('dd');
      await expect.poll(() => figure(/^Clics$/).textContent()).toBe('1');
      expect(await figure(/^Partages$/).textContent()).toBe('1');
      await expectNoSeriousAxeIssue(page);
    });

    it('after a new major charter version, sharing is refused with a way to the charter, where it is accepted again', async () => {
      const current = (await service.repositories.charters.get(DEMO_TENANT_ID, 'charter-1.0'))!;
      await service.repositories.charters.upsert({
        ...current,
        id: 'charter-2.0',
        version: '2.0',
        major: 2,
        minor: 0,
      });
      await page.goto(`${service.url}/library/item-02`);
      await page.getByRole('radio', { name: 'X', exact: true }).check();
      await page.getByRole('button', { name: /^Partager sur X$/ }).click();
      await page.getByRole('link', { name: /^Lire et accepter$/ }).click();
      await page.waitForURL(/\/charter$/);
      await page.getByRole('button', { name: /Accepter la version 2\.0/ }).click();
      await expect
        .poll(
          async () =>
            (await service.repositories.people.get(DEMO_TENANT_ID, DEMO_EMPLOYEE_ID))?.enrolment
              .charterVersion,
        )
        .toBe('2.0');
    });
  },
);
