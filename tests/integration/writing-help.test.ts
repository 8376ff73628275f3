import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentPolicy } from '../../bot/src/contract/content-policy';
import type { Suggestions } from '../../bot/src/contract/writing-help';
import {
  DEMO_ADMIN_ID,
  DEMO_AMBASSADOR_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_TENANT_ID,
} from '../../bot/src/demo/demo-data';
import { adaptiveCardProblems } from '../support/adaptive-card-check';
import { apiAs } from '../support/api-client';
import { messageBot } from '../support/bot-invoke';
import { messageTables } from '../../bot/src/chat/messages';
import { SimulatedAzureOpenAI } from '../support/simulated-azure-openai';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

const DEPLOYMENT = 'ambassade-writer';
const API_KEY = 'simulated-azure-openai-key';
const TIMEOUT_MS = 1_500;

let simulator: SimulatedAzureOpenAI;
let service: TestService;
let ambassador: Awaited<ReturnType<typeof apiAs>>;
let admin: Awaited<ReturnType<typeof apiAs>>;
beforeAll(async () => {
  simulator = await SimulatedAzureOpenAI.start({ deployment: DEPLOYMENT, apiKey: API_KEY });
  service = await startTestService({
    env: {
      AZURE_OPENAI_ENDPOINT: simulator.endpoint,
      AZURE_OPENAI_DEPLOYMENT: DEPLOYMENT,
      AZURE_OPENAI_API_KEY: API_KEY,
      AZURE_OPENAI_TIMEOUT_MS: String(TIMEOUT_MS),
    },
  });
  ambassador = await apiAs(service, DEMO_AMBASSADOR_ID);
  admin = await apiAs(service, DEMO_ADMIN_ID, ['Programme.Admin']);
});
afterAll(async () => {
  await service.dispose();
  await simulator.close();
});

const ask = (
  itemId: string,
  body: object = { network: 'linkedin', language: 'en', angle: 'why-it-matters' },
) => ambassador.post(`/api/v1/library/${itemId}/suggestions`, body);

async function tokensUsed(): Promise<number> {
  return (await service.repositories.organisations.find(DEMO_TENANT_ID))?.writingHelpUsage?.tokens ?? 0;
}

describe('help with writing a post', () => {
  it('tells the tab the help is on', async () => {
    expect((await ambassador.get('/api/v1/organisation')).body.writingHelp).toBe(true);
  });

  it('flags a banned term the model wrote and adds the missing disclosure, each said as a finding', async () => {
    simulator.answerNext({
      kind: 'variants',
      variants: [
        'Our Douai plant is hiring, a guaranteed return on your career! #employee',
        'Six years at Douai taught me a trade. Now 200 people can join us.',
        'Who do you know near Douai looking for a hands-on job? #employee',
      ],
    });
    const { status, body } = await ask('item-01');
    expect(status).toBe(200);
    const { suggestions } = body as Suggestions;
    expect(suggestions).toHaveLength(3);
    // Flagged, not hidden nor quietly rewritten: the person sees the term and why it cannot go out.
    expect(suggestions[0]).toEqual({
      text: 'Our Douai plant is hiring, a guaranteed return on your career! #employee',
      findings: [{ kind: 'banned-term', term: 'guaranteed return' }],
    });
    expect(suggestions[1]).toEqual({
      text: 'Six years at Douai taught me a trade. Now 200 people can join us. #employee',
      findings: [{ kind: 'disclosure-added', disclosure: '#employee' }],
    });
    expect(suggestions[2]!.findings).toEqual([]);
  });

  it('sends Azure OpenAI the item, its suggested text, the guardrails and the charter, authenticated with the key', async () => {
    await ask('item-01', { network: 'x', language: 'fr', angle: 'question' });
    const request = simulator.received.at(-1)!;
    expect(request).toMatchObject({
      deployment: DEPLOYMENT,
      auth: 'api-key',
      apiVersion: '2024-10-21',
      body: { n: 1, response_format: { type: 'json_object' } },
    });
    const prompt = simulator.lastPrompt();
    expect(prompt).toContain('Write in French only.');
    // X: 280, less the tracked link (23 + a space) and the disclosure with its space.
    expect(prompt).toContain(`at most ${280 - 24 - '#collaborateur'.length - 1} characters`);
    expect(prompt).toContain('"#collaborateur"');
    expect(prompt).toContain('"rendement garanti"');
    expect(prompt).toContain('Charte des ambassadeurs');
    expect(prompt).toContain('Vous pouvez partir à tout moment.');
    expect(prompt).toContain('L’usine de Douai ouvre 200 postes');
    expect(prompt).toContain('200 postes ouverts à l’usine de Douai');
  });

  it('helps a proposer too, from their campaign and draft', async () => {
    const campaignId = 'campaign-douai-recrute';
    const { status } = await ambassador.post('/api/v1/proposals/suggestions', {
      campaignId,
      network: 'linkedin',
      language: 'en',
      angle: 'what-i-did',
      title: 'Our apprentices’ first week',
      draft: 'Met the new apprentices today.',
    });
    expect(status).toBe(200);
    expect(simulator.lastPrompt()).toContain('Our apprentices’ first week');
    expect(simulator.lastPrompt()).toContain('Met the new apprentices today.');
    const elsewhere = await ambassador.post('/api/v1/proposals/suggestions', {
      campaignId: 'campaign-of-nobody',
      network: 'linkedin',
      language: 'en',
      angle: 'invitation',
    });
    expect(elsewhere.body.errors[0]).toMatchObject({ field: 'body.campaignId' });
  });

  it('is for those who may share the item: not for an employee who has not joined, nor for an item they cannot see', async () => {
    const asked = simulator.received.length;
    const employee = await apiAs(service, DEMO_EMPLOYEE_ID);
    const notAmbassador = await employee.post('/api/v1/library/item-01/suggestions', {
      network: 'linkedin',
      language: 'en',
      angle: 'invitation',
    });
    expect(notAmbassador.status).toBe(409);
    expect(notAmbassador.body.code).toBe('enrolment.notAmbassador');
    expect((await ask('no-such-item')).status).toBe(404);
    expect(simulator.received.length).toBe(asked);
  });

  it('answers a content-filter refusal, of the prompt or of the answer, with a kind message', async () => {
    simulator.answerNext({ kind: 'prompt-filtered' }, { kind: 'answer-filtered' });
    for (let attempt = 0; attempt < 2; attempt++) {
      const { status, body } = await ask('item-01');
      expect(status).toBe(422);
      expect(body.code).toBe('writingHelp.contentFiltered');
    }
  });

  it('says when Azure is busy, failing or silent, and how long to wait, without hanging', async () => {
    simulator.answerNext(
      { kind: 'rate-limited', retryAfterSeconds: 7 },
      { kind: 'server-error' },
      { kind: 'silent' },
    );
    const busy = await ask('item-01');
    expect(busy.status).toBe(503);
    expect(busy.body).toMatchObject({ code: 'writingHelp.busy', params: { retryAfterSeconds: 7 } });
    const failing = await ask('item-01');
    expect(failing.status).toBe(502);
    expect(failing.body.code).toBe('writingHelp.unavailable');
    const started = Date.now();
    const silent = await ask('item-01');
    expect(silent.status).toBe(504);
    expect(silent.body.code).toBe('writingHelp.timedOut');
    expect(Date.now() - started).toBeLessThan(TIMEOUT_MS + 3_000);
  });

  it('counts every request’s tokens exactly, even when they arrive together', async () => {
    const before = await tokensUsed();
    simulator.answerNext(
      ...Array.from({ length: 6 }, () => ({ kind: 'variants' as const, variants: ['Hi'], totalTokens: 100 })),
    );
    const answers = await Promise.all(Array.from({ length: 6 }, () => ask('item-01')));
    expect(answers.map((answer) => answer.status)).toEqual(Array(6).fill(200));
    expect(await tokensUsed()).toBe(before + 600);
  });

  it('stops at the monthly cap an administrator sets, and shows them what was used', async () => {
    const used = await tokensUsed();
    const policy = (await admin.get('/api/v1/studio/content-policy')).body as ContentPolicy;
    expect(policy.writingHelp).toEqual({ monthlyTokens: 1_000_000, usedThisMonth: used });
    const capped = await admin.put('/api/v1/admin/content-policy', {
      fourEyes: policy.fourEyes,
      guardrails: [],
      writingHelpMonthlyTokens: used + 3_000,
    });
    expect(capped.body.writingHelp).toEqual({ monthlyTokens: used + 3_000, usedThisMonth: used });

    simulator.answerNext({ kind: 'variants', variants: ['Hi'], totalTokens: 3_000 });
    expect((await ask('item-01')).status).toBe(200);
    const asked = simulator.received.length;
    const refused = await ask('item-01');
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({
      code: 'writingHelp.monthlyCapReached',
      params: { cap: used + 3_000 },
    });
    expect(simulator.received.length).toBe(asked);

    // Without a cap of their own, the default applies again.
    await admin.put('/api/v1/admin/content-policy', { fourEyes: policy.fourEyes, guardrails: [] });
    expect((await ask('item-01')).status).toBe(200);
  });
});

describe('help with writing in chat', () => {
  interface Card {
    body: { type: string; text?: string; items?: { type: string; text?: string }[] }[];
  }
  const cardOf = (replies: Awaited<ReturnType<typeof messageBot>>) => {
    expect(replies).toHaveLength(1);
    return replies[0]!.attachments![0]!.content as Card;
  };
  const variantTexts = (card: Card) =>
    card.body.flatMap((element) => (element.type === 'Container' ? [element.items![1]!.text] : []));

  it('"écris-moi un post sur …" answers with the variants of the item whose title matches, as a card', async () => {
    simulator.answerNext({
      kind: 'variants',
      variants: ['Mon usine recrute 200 personnes !', 'Un tuyau d’initié : Douai recrute #collaborateur'],
    });
    const card = cardOf(
      await messageBot(service.url, {
        personId: DEMO_AMBASSADOR_ID,
        text: 'Écris-moi un post sur les 200 postes de Douai',
        locale: 'fr-FR',
      }),
    );
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(card.body[0]!.text).toBe(messageTables.fr.writeTitle);
    expect(variantTexts(card)).toEqual([
      'Mon usine recrute 200 personnes ! #collaborateur',
      'Un tuyau d’initié : Douai recrute #collaborateur',
    ]);
    expect(simulator.lastPrompt()).toContain('L’usine de Douai ouvre 200 postes');
    expect(simulator.lastPrompt()).toContain('Write in French only.');
  });

  it('asks again from another angle when a card button says so', async () => {
    await messageBot(service.url, {
      personId: DEMO_AMBASSADOR_ID,
      value: { command: 'write', itemId: 'item-01', angle: 'question' },
    });
    expect(simulator.lastPrompt()).toContain('Ask the author’s network an open question');
  });

  it('says so when no title matches, or no item is named', async () => {
    const asked = simulator.received.length;
    const [noMatch] = await messageBot(service.url, {
      personId: DEMO_AMBASSADOR_ID,
      text: 'write me a post about the cafeteria menu',
    });
    expect(noMatch!.text).toBe(messageTables.en.writeNoMatch.replace('{subject}', 'the cafeteria menu'));
    const [noSubject] = await messageBot(service.url, {
      personId: DEMO_AMBASSADOR_ID,
      text: 'write me a post about',
    });
    expect(noSubject!.text).toBe(messageTables.en.writeWhichItem);
    expect(simulator.received.length).toBe(asked);
  });

  it('answers a content-filter refusal kindly', async () => {
    simulator.answerNext({ kind: 'prompt-filtered' });
    const [reply] = await messageBot(service.url, {
      personId: DEMO_AMBASSADOR_ID,
      text: 'write me a post about the Douai plant',
    });
    expect(reply!.text).toBe(messageTables.en.writeContentFiltered);
  });
});

describe('without Azure OpenAI configured', () => {
  let plain: TestService;
  beforeAll(async () => {
    plain = await startTestService();
  });
  afterAll(() => plain.dispose());

  it('the help is off: the tab hides it, and the API says why', async () => {
    const person = await apiAs(plain, DEMO_AMBASSADOR_ID);
    expect((await person.get('/api/v1/organisation')).body.writingHelp).toBe(false);
    const { status, body } = await person.post('/api/v1/library/item-01/suggestions', {
      network: 'linkedin',
      language: 'en',
      angle: 'invitation',
    });
    expect(status).toBe(409);
    expect(body.code).toBe('writingHelp.notConfigured');
  });
});
