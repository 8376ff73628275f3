import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_MANAGER_ID, DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';
import type { PersonDoc } from '../../bot/src/domain/documents';
import { messagesFor } from '../../bot/src/chat/messages';
import { apiAs } from '../support/api-client';
import { browserMissing, launchChromium, skipReason } from '../support/browser';
import { inDays } from '../support/studio-fixtures';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

const PLAYGROUND_PORT = 56150;
const PLAYGROUND_URL = `http://127.0.0.1:${PLAYGROUND_PORT}`;
/** The Playground's own user (its built-in configuration), which the test makes an ambassador of the demo tenant. */
const PLAYGROUND_USER = { aadObjectId: '00000000-0000-0000-0000-0000000000020', name: 'Alex Wilber' };

/**
 * The Playground's built-in configuration, but in the demo tenant: the manager who creates the poll (through the
 * API, signed in by the dev issuer) and the Playground's user must be in the same organisation.
 */
const playgroundConfig = `version: "0.1.1"
tenantId: ${DEMO_TENANT_ID}
bot:
  id: 00000000-0000-0000-0000-00000000000011
  name: Ambassade
currentUser:
  id: user-id-0
  name: ${PLAYGROUND_USER.name}
  userPrincipleName: alexw@example.com
  aadObjectId: ${PLAYGROUND_USER.aadObjectId}
  givenName: Alex
  surname: Wilber
  email: alexw@example.com
users:
  - id: user-id-1
    name: Megan Bowen
    userPrincipleName: megan@example.com
    aadObjectId: 00000000-0000-0000-0000-0000000000021
    givenName: Megan
    surname: Bowen
    email: megan@example.com
  - id: user-id-2
    name: Adele Vance
    userPrincipleName: adele@example.com
    aadObjectId: 00000000-0000-0000-0000-0000000000022
    givenName: Adele
    surname: Vance
    email: adele@example.com
  - id: user-id-3
    name: Isaiah Langer
    userPrincipleName: isaiah@example.com
    aadObjectId: 00000000-0000-0000-0000-0000000000023
    givenName: Isaiah
    surname: Langer
    email: isaiah@example.com
  - id: user-id-4
    name: Patti Fernandez
    userPrincipleName: patti@example.com
    aadObjectId: 00000000-0000-0000-0000-0000000000024
    givenName: Patti
    surname: Fernandez
    email: patti@example.com
  - id: user-id-5
    name: Lynne Robbins
    userPrincipleName: lynne@example.com
    aadObjectId: 00000000-0000-0000-0000-0000000000025
    givenName: Lynne
    surname: Robbins
    email: lynne@example.com
personalChat:
  id: __PERSONAL_CHAT_ID__
groupChat:
  id: __GROUP_CHAT_ID__
  name: Group Chat
team:
  id: team-id
  name: My Team
  aadGroupId: 00000000-0000-0000-0000-000000000031
  channels:
    - id: channel-announcements-id
      name: Announcements
`;

function ambassador(now: string): PersonDoc {
  return {
    id: PLAYGROUND_USER.aadObjectId,
    tenantId: DEMO_TENANT_ID,
    displayName: PLAYGROUND_USER.name,
    email: 'alexw@example.com',
    locale: 'en',
    timeZone: 'UTC',
    groupIds: [],
    enrolment: { status: 'ambassador', since: now, networks: [], languages: ['en'] },
    createdAt: now,
    updatedAt: now,
  };
}

/** Starts `agentsplayground` in its own process group, talking to the bot on 127.0.0.1, and waits until it serves. */
async function startPlayground(botUrl: string, workDir: string): Promise<ChildProcess> {
  const configPath = path.join(workDir, '.m365agentsplayground.yml');
  await writeFile(configPath, playgroundConfig);
  const child = spawn(
    path.resolve('node_modules/.bin/agentsplayground'),
    [
      'start',
      '--channel-id',
      'msteams',
      '--app-endpoint',
      `${botUrl}/api/messages`,
      '--port',
      String(PLAYGROUND_PORT),
      '--service-url',
      `${PLAYGROUND_URL}/_connector`,
      '--disable-telemetry',
    ],
    {
      cwd: workDir,
      detached: true,
      stdio: 'ignore',
      env: {
        ...process.env,
        TEAMSAPPTESTER_BROWSER: 'none',
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
        M365_AGENTS_PLAYGROUND_LOGFILE: path.join(workDir, 'playground.log'),
      },
    },
  );
  // Up to 60 s: on two busy cores, with the rest of the suite running, its first start has taken over 30 s.
  for (let attempt = 0; attempt < 240; attempt++) {
    if (child.exitCode !== null) throw new Error(`agentsplayground exited with ${child.exitCode}`);
    try {
      if ((await fetch(PLAYGROUND_URL)).ok) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  // Detached: nothing else would ever stop it.
  if (child.pid) process.kill(-child.pid, 'SIGTERM');
  throw new Error('agentsplayground did not start');
}

describe.skipIf(browserMissing)(
  `the bot in the Microsoft 365 Agents Playground${browserMissing ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let service: TestService;
    let workDir: string;
    let playground: ChildProcess | undefined;
    let browser: Browser;
    let chat: Page;

    beforeAll(async () => {
      // The dispatcher looks at the outbox often, so the poll card arrives within the test's patience.
      service = await startTestService({ env: { BOT_SEND_INTERVAL_MS: '200' } });
      await service.repositories.people.upsert(ambassador(new Date().toISOString()));
      workDir = await mkdtemp(path.join(tmpdir(), 'ambassade-playground-'));
      playground = await startPlayground(service.url, workDir);
      browser = await launchChromium();
      chat = await (await browser.newContext({ locale: 'en-US' })).newPage();
    }, 90_000);
    afterAll(async () => {
      await browser?.close();
      // The Playground runs in its own process group: stop all of it, and only it.
      if (playground?.pid && playground.exitCode === null) process.kill(-playground.pid, 'SIGTERM');
      await service?.dispose();
      if (workDir) await rm(workDir, { recursive: true, force: true });
    });

    it('welcomes on install, answers help, delivers a poll card, takes the vote and shows the results', async () => {
      const en = messagesFor('en');
      await chat.goto(PLAYGROUND_URL);
      // Opening the Playground installs the bot in the personal chat: the welcome card arrives.
      await chat.getByText(en.welcomeTitle).first().waitFor();

      const compose = chat.locator('[data-lexical-editor="true"][role="textbox"]');
      await compose.click();
      await compose.pressSequentially('help');
      await compose.press('Enter');
      await chat.getByText(en.helpTitle).first().waitFor();

      // A manager sends a poll to every ambassador; the real dispatcher delivers it to the Playground's user.
      const manager = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Manager']);
      const { status, body } = await manager.post('/api/v1/studio/polls', {
        question: { fr: 'Quel format préférez-vous ?', en: 'Which format do you prefer?' },
        options: [{ label: { fr: 'Vidéo', en: 'Video' } }, { label: { fr: 'Article', en: 'Article' } }],
        choice: 'single',
        anonymous: false,
        resultsVisibility: 'after-vote',
        closesAt: inDays(1),
        audience: { groupIds: [], brandIds: [], languages: [] },
        send: true,
      });
      expect(status).toBe(201);
      const pollId = (body as { id: string }).id;
      await chat.getByText('Which format do you prefer?').first().waitFor({ timeout: 30_000 });

      await chat.getByRole('radio', { name: 'Article' }).check();
      await chat.getByRole('button', { name: 'Vote', exact: true }).click();
      await chat.getByText('Your vote: Article').waitFor();
      await chat.getByText('Results (voters: 1)').waitFor();

      const results = await manager.get(`/api/v1/studio/polls/${pollId}`);
      expect(results.body.results).toEqual({
        voters: 1,
        options: [
          { optionId: 'o1', votes: 0 },
          { optionId: 'o2', votes: 1 },
        ],
      });
    }, 120_000);
  },
);
