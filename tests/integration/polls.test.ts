import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AMBASSADOR_ID, DEMO_MANAGER_ID, DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';
import type { PersonDoc } from '../../bot/src/domain/documents';
import { pollClosingJob } from '../../bot/src/jobs/poll-closing-job';
import { createLogger } from '../../bot/src/logger';
import type { AdaptiveCard } from '../../bot/src/chat/cards/adaptive-card';
import { apiAs } from '../support/api-client';
import { pressCardAction } from '../support/card-action';
import { inDays } from '../support/studio-fixtures';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';
import { runJobOnce } from '../support/run-job';

let service: TestService;
let manager: Awaited<ReturnType<typeof apiAs>>;
beforeAll(async () => {
  service = await startTestService();
  manager = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Manager']);
});
afterAll(() => service.dispose());

const pollInput = (overrides: Record<string, unknown> = {}) => ({
  question: { fr: 'Quel format préférez-vous ?', en: 'Which format do you prefer?' },
  options: [
    { label: { fr: 'Vidéo', en: 'Video' } },
    { label: { fr: 'Article', en: 'Article' } },
    { label: { fr: 'Podcast', en: 'Podcast' } },
  ],
  choice: 'single',
  anonymous: false,
  resultsVisibility: 'after-vote',
  closesAt: inDays(7),
  audience: { groupIds: [], brandIds: [], languages: [] },
  send: true,
  ...overrides,
});

const createPoll = async (overrides: Record<string, unknown> = {}) => {
  const { status, body } = await manager.post('/api/v1/studio/polls', pollInput(overrides));
  expect(status).toBe(201);
  return body as { id: string; status: string };
};

interface Tally {
  voters: number;
  options: { optionId: string; votes: number }[];
}
const resultsOf = async (pollId: string) => {
  const { status, body } = await manager.get(`/api/v1/studio/polls/${pollId}`);
  expect(status).toBe(200);
  return body as { poll: { status: string }; results: Tally; delivery: Record<string, number> };
};

const pressOnCard = (personId: string, verb: string, data: Record<string, string>) =>
  pressCardAction(service.url, personId, { verb, data });
const vote = (personId: string, pollId: string, optionIds: string) =>
  pressOnCard(personId, 'poll.vote', { pollId, optionIds });
const cardText = (card: AdaptiveCard) => JSON.stringify(card.body);

/** Ambassadors of the demo tenant who installed the bot, made up for the test. */
async function addAmbassadors(count: number, prefix: string): Promise<PersonDoc[]> {
  const now = new Date().toISOString();
  const people: PersonDoc[] = Array.from({ length: count }, (_, index) => ({
    id: `${prefix}-${index}`,
    tenantId: DEMO_TENANT_ID,
    displayName: `Voter ${prefix} ${index}`,
    email: `${prefix}.${index}@aurore-demo.example`,
    locale: index % 2 === 0 ? 'fr' : 'en',
    timeZone: 'Europe/Paris',
    groupIds: [],
    enrolment: { status: 'ambassador', networks: [], languages: [] },
    createdAt: now,
    updatedAt: now,
  }));
  for (const person of people) await service.repositories.people.upsert(person);
  return people;
}

describe('polls in the studio', () => {
  it('refuse invalid input with a problem naming each field', async () => {
    const oneOption = await manager.post(
      '/api/v1/studio/polls',
      pollInput({ options: [pollInput().options[0]] }),
    );
    expect(oneOption.status).toBe(400);
    expect(oneOption.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'body.options', code: 'field.tooFew', params: { minimum: 2 } }),
      ]),
    );
    const past = await manager.post('/api/v1/studio/polls', pollInput({ closesAt: inDays(-1) }));
    expect(past.status).toBe(400);
    expect(past.body.errors).toEqual([
      { field: 'body.closesAt', code: 'field.mustBeInFuture', message: 'must be in the future' },
    ]);
    const unknownGroup = await manager.post(
      '/api/v1/studio/polls',
      pollInput({ audience: { groupIds: ['no-such-group'], brandIds: [], languages: [] } }),
    );
    expect(unknownGroup.status).toBe(400);
    expect(unknownGroup.body.errors).toEqual([
      { field: 'body.audience.groupIds.0', code: 'field.noSuchGroup', message: 'no such group' },
    ]);
    const ambassador = await apiAs(service, DEMO_AMBASSADOR_ID);
    expect((await ambassador.post('/api/v1/studio/polls', pollInput())).status).toBe(403);
  });

  it('send the card to each reachable ambassador of the audience in their language, and list polls by page', async () => {
    const [french, english] = await addAmbassadors(2, 'reach');
    for (const person of [french!, english!]) {
      await service.repositories.conversations.upsert({
        id: person.id,
        tenantId: DEMO_TENANT_ID,
        teamsUserId: `29:${person.id}`,
        conversationId: `a:${person.id}`,
        serviceUrl: 'https://smba.trafficmanager.net/emea/',
        installedAt: new Date().toISOString(),
      });
    }
    const poll = await createPoll();
    expect(poll.status).toBe('open');
    const outbox = (personId: string) =>
      service.repositories.outbox.get(DEMO_TENANT_ID, `${poll.id}:${personId}`);
    const [toFrench, toEnglish] = await Promise.all([outbox(french!.id), outbox(english!.id)]);
    expect(toFrench).toMatchObject({
      kind: 'poll',
      status: 'pending',
      message: { summary: 'Quel format préférez-vous ?' },
    });
    expect(JSON.stringify(toEnglish!.message.card)).toContain('Which format do you prefer?');
    expect((await resultsOf(poll.id)).delivery.pending).toBeGreaterThanOrEqual(2);

    const draft = await createPoll({ send: false });
    expect(draft.status).toBe('draft');
    const firstPage = await manager.get('/api/v1/studio/polls?limit=1');
    expect(firstPage.body.items).toHaveLength(1);
    expect(firstPage.body.continuationToken).toEqual(expect.any(String));
    const sent = await manager.post(`/api/v1/studio/polls/${draft.id}/sending`);
    expect(sent.body.status).toBe('open');
    expect(await service.repositories.outbox.get(DEMO_TENANT_ID, `${draft.id}:${french!.id}`)).toBeDefined();
    expect((await manager.post(`/api/v1/studio/polls/${draft.id}/sending`)).status).toBe(409);
  });

  it('take votes from the card, replace the voter’s card with the results, and let them change their vote', async () => {
    const [, voter] = await addAmbassadors(2, 'card'); // the second reads English
    const poll = await createPoll();
    const before = await pressOnCard(voter!.id, 'poll.refresh', { pollId: poll.id });
    expect(cardText(before)).not.toContain('Results');

    const first = await vote(voter!.id, poll.id, 'o2');
    expect(cardText(first)).toContain('Your vote: Article');
    expect(cardText(first)).toContain('Results (voters: 1)');
    expect(first.actions?.[0]).toMatchObject({ verb: 'poll.vote', title: 'Change my vote' });

    const changed = await vote(voter!.id, poll.id, 'o3');
    expect(cardText(changed)).toContain('Your vote: Podcast');
    expect((await resultsOf(poll.id)).results).toEqual({
      voters: 1,
      options: [
        { optionId: 'o1', votes: 0 },
        { optionId: 'o2', votes: 0 },
        { optionId: 'o3', votes: 1 },
      ],
    });
    const invalid = await vote(voter!.id, poll.id, 'o1,o2');
    expect(cardText(invalid)).toContain('Choose an answer among the options');
  });

  it('keep exact tallies under 200 concurrent votes, some of them changed', async () => {
    const voters = await addAmbassadors(200, 'crowd');
    const poll = await createPoll({ choice: 'multiple' });
    const options = ['o1', 'o2', 'o3'];
    // Everyone votes at once; every fourth voter changes their mind right after, still concurrently with the rest.
    const finalChoice = (index: number) => (index % 4 === 0 ? 'o3' : options[index % 2]!);
    await Promise.all(
      voters.map(async (voter, index) => {
        await vote(voter.id, poll.id, index % 4 === 0 ? 'o1,o2' : options[index % 2]!);
        if (index % 4 === 0) await vote(voter.id, poll.id, finalChoice(index));
      }),
    );
    const expected = new Map(options.map((id) => [id, 0]));
    voters.forEach((_, index) => expected.set(finalChoice(index), expected.get(finalChoice(index))! + 1));
    expect((await resultsOf(poll.id)).results).toEqual({
      voters: 200,
      options: options.map((optionId) => ({ optionId, votes: expected.get(optionId) })),
    });
  });

  it('close early with an audit trail: later votes are refused and the card says closed', async () => {
    const [voter, late] = await addAmbassadors(2, 'close');
    const poll = await createPoll();
    await vote(voter!.id, poll.id, 'o1');
    const closed = await manager.post(`/api/v1/studio/polls/${poll.id}/closure`);
    expect(closed.body.status).toBe('closed');
    expect((await manager.post(`/api/v1/studio/polls/${poll.id}/closure`)).status).toBe(409);

    const refused = await vote(late!.id, poll.id, 'o2');
    expect(cardText(refused)).toContain('This poll is closed.');
    expect(cardText(refused)).toContain('it was not counted');
    expect(refused.actions).toBeUndefined();
    expect((await resultsOf(poll.id)).results.voters).toBe(1);

    const audit = await apiAs(service, DEMO_MANAGER_ID, ['Programme.Admin']);
    const records = (await audit.get(`/api/v1/audit?entityType=poll&entityId=${poll.id}`)).body.items as {
      action: string;
    }[];
    expect(records.map((record) => record.action).sort()).toEqual([
      'poll.closed',
      'poll.created',
      'poll.queued',
    ]);
  });

  it('are closed by the closing job once their closing time has come', async () => {
    const poll = await createPoll({ closesAt: inDays(1) });
    const job = pollClosingJob(service.repositories, createLogger('silent'), () => new Date(inDays(2)));
    await runJobOnce(job);
    const stored = await service.repositories.polls.get(DEMO_TENANT_ID, poll.id);
    expect(stored).toMatchObject({ status: 'closed', closedAt: stored!.closesAt });
  });

  it('export named results with the voters, and anonymous ones without anyone’s identity', async () => {
    const [voter] = await addAmbassadors(1, 'csv');
    const named = await createPoll();
    const anonymous = await createPoll({ anonymous: true });
    await vote(voter!.id, named.id, 'o2');
    await vote(voter!.id, anonymous.id, 'o2');

    const namedCsv = await fetch(`${service.url}/api/v1/studio/polls/${named.id}/results.csv`, {
      headers: { authorization: `Bearer ${manager.token}` },
    });
    expect(namedCsv.headers.get('content-type')).toContain('text/csv');
    const namedText = await namedCsv.text();
    expect(namedText.split('\r\n')[0]).toBe('person_id,display_name,email,option_ids,options,voted_at');
    expect(namedText).toContain(`${voter!.id},${voter!.displayName},${voter!.email},o2,Article / Article,`);

    const anonymousText = await (
      await fetch(`${service.url}/api/v1/studio/polls/${anonymous.id}/results.csv`, {
        headers: { authorization: `Bearer ${manager.token}` },
      })
    ).text();
    expect(anonymousText).toBe(
      'option_id,option,votes\r\no1,Video / Vidéo,0\r\no2,Article / Article,1\r\no3,Podcast / Podcast,0\r\n',
    );
    expect(anonymousText).not.toContain(voter!.id);
  });

  it('keep an erased voter’s vote in the tally, under a pseudonym, and forget how to reach them', async () => {
    const [voter] = await addAmbassadors(1, 'erased');
    const poll = await createPoll();
    await vote(voter!.id, poll.id, 'o3');
    const before = (await resultsOf(poll.id)).results;
    await service.repositories.conversations.upsert({
      id: voter!.id,
      tenantId: DEMO_TENANT_ID,
      teamsUserId: `29:${voter!.id}`,
      conversationId: `a:${voter!.id}`,
      serviceUrl: 'http://127.0.0.1:9/',
      installedAt: new Date().toISOString(),
    });

    const erasure = await (await apiAs(service, voter!.id)).delete('/api/v1/me');
    expect(erasure.status).toBe(200);

    expect((await resultsOf(poll.id)).results).toEqual(before);
    const csv = await (
      await fetch(`${service.url}/api/v1/studio/polls/${poll.id}/results.csv`, {
        headers: { authorization: `Bearer ${manager.token}` },
      })
    ).text();
    expect(csv).not.toContain(voter!.id);
    expect(csv.split('\r\n').filter((line) => line.includes(',o3,'))).toHaveLength(1);
    expect(await service.repositories.conversations.get(DEMO_TENANT_ID, voter!.id)).toBeUndefined();
  });
});
