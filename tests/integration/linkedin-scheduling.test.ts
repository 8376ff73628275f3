import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { createHttpServer } from '@vercel/cosmosdb-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AMBASSADOR_ID, DEMO_EMPLOYEE_ID, DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';
import { seedDemoData } from '../../bot/src/demo/seed-demo-data';
import { createLogger } from '../../bot/src/logger';
import type { ScheduledPostList } from '../../bot/src/contract/scheduled-posts';
import type { ScheduledShare } from '../../bot/src/contract/share';
import { loadConfig } from '../../bot/src/config';
import type { PersonDoc, ScheduledPostDoc } from '../../bot/src/domain/documents';
import { createLinkedIn } from '../../bot/src/linkedin/linkedin-connections';
import { createMediaStore } from '../../bot/src/media/create-media-store';
import { MediaDigests } from '../../bot/src/media/media-digest';
import { ABANDONED_AFTER_MS, postDueScheduledPosts } from '../../bot/src/sharing/scheduled-posts';
import type { ScheduledPosting } from '../../bot/src/sharing/scheduled-posts';
import { apiAs } from '../support/api-client';
import { installBotFor, teamsIdsOf } from '../support/delivery-fixtures';
import { connectLinkedIn } from '../support/linkedin-connect';
import { SimulatedBotConnector } from '../support/simulated-bot-connector';
import { SimulatedLinkedIn } from '../support/simulated-linkedin';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

const VERSION = '202611';
const app = { clientId: 'ambassade-test-app', clientSecret: `secret-${Date.now()}` };
/** Far enough ahead to cancel first, near enough for a test: the job wakes at the post's time. */
const LEAD_MS = 1_500;

let linkedIn: SimulatedLinkedIn;
let connector: SimulatedBotConnector;

const linkedInEnv = () => ({
  LINKEDIN_CLIENT_ID: app.clientId,
  LINKEDIN_CLIENT_SECRET: app.clientSecret,
  LINKEDIN_AUTH_BASE_URL: linkedIn.url,
  LINKEDIN_API_BASE_URL: linkedIn.url,
  LINKEDIN_API_VERSION: VERSION,
  BOT_SEND_INTERVAL_MS: '100',
});

beforeAll(async () => {
  linkedIn = await new SimulatedLinkedIn({
    ...app,
    member: { sub: 'member-4242', name: 'Camille Martin' },
    versions: [VERSION],
  }).start();
  connector = await SimulatedBotConnector.start();
});
afterAll(async () => {
  await linkedIn.stop();
  await connector.stop();
});

type Client = Awaited<ReturnType<typeof apiAs>>;

const inAMoment = (ms = LEAD_MS) => new Date(Date.now() + ms).toISOString();
const schedule = (client: Client, body: object) =>
  client.post('/api/v1/library/item-04/shares', {
    network: 'linkedin',
    mode: 'post',
    language: 'en',
    text: 'Proud of our apprentices',
    ...body,
  });
const postsOnLinkedIn = () => linkedIn.requestsTo('POST', '/rest/posts').length;
/** The chat messages the ambassador received, as the bot sent them. */
const chatMessages = () =>
  connector.received
    .filter((entry) => entry.recipientId === teamsIdsOf(DEMO_AMBASSADOR_ID).teamsUserId)
    .map((entry) => JSON.stringify(entry.activity));

/** The ambassador without quiet hours (or with these), reachable by the bot, and connected to LinkedIn. */
async function readyAmbassador(service: TestService, quietHours?: { start: string; end: string }) {
  const person = await service.repositories.people.update(DEMO_TENANT_ID, DEMO_AMBASSADOR_ID, (current) => ({
    ...current,
    locale: 'en',
    enrolment: {
      ...current.enrolment,
      preferences: {
        nudges: 'immediate',
        timeZone: 'UTC',
        showOnLeaderboards: true,
        ...(quietHours ? { quietHours } : {}),
      },
    },
  }));
  await installBotFor(service.repositories, [person as PersonDoc], connector.serviceUrl);
  const client = await apiAs(service, DEMO_AMBASSADOR_ID);
  expect((await connectLinkedIn(client)).status).toBe(200);
  return client;
}

describe('scheduling a LinkedIn post', () => {
  let service: TestService;
  let ambassador: Client;
  beforeAll(async () => {
    service = await startTestService({ env: linkedInEnv() });
    ambassador = await readyAmbassador(service);
  });
  afterAll(() => service.dispose());

  it('refuses a time in the past or more than 30 days ahead, naming body.at, and a time without a post', async () => {
    const past = await schedule(ambassador, { at: new Date(Date.now() - 60_000).toISOString() });
    expect(past.status).toBe(400);
    expect(past.body.errors).toEqual([
      expect.objectContaining({ field: 'body.at', code: 'field.mustBeInFuture' }),
    ]);
    const far = await schedule(ambassador, { at: new Date(Date.now() + 31 * 86_400_000).toISOString() });
    expect(far.body.errors).toEqual([
      expect.objectContaining({ field: 'body.at', code: 'field.tooFarAhead' }),
    ]);
    const notAPost = await schedule(ambassador, { mode: undefined, at: inAMoment() });
    expect(notAPost.body.errors).toEqual([expect.objectContaining({ field: 'body.at' })]);
  });

  it('runs the share checks when scheduling: a banned term is refused and nothing is scheduled', async () => {
    const { status, body } = await schedule(ambassador, {
      text: 'Some CONFIDENTIAL figures',
      at: inAMoment(),
    });
    expect(status).toBe(400);
    expect(body.code).toBe('share.textRefused');
    expect(((await ambassador.get('/api/v1/me/scheduled-posts')).body as ScheduledPostList).items).toEqual(
      [],
    );
  });

  it('posts at the time, once, records the share and tells the person in chat with a link to the post', async () => {
    const before = postsOnLinkedIn();
    const at = inAMoment();
    const { status, body } = await schedule(ambassador, { text: 'Proud of our apprentices, later', at });
    expect(status).toBe(201);
    const scheduled = body as ScheduledShare;
    expect(scheduled).toEqual({
      shareId: expect.any(String),
      status: 'scheduled',
      at,
      movedOutOfQuietHours: false,
    });

    const listed = (await ambassador.get('/api/v1/me/scheduled-posts')).body as ScheduledPostList;
    expect(listed.items).toEqual([
      expect.objectContaining({
        id: scheduled.shareId,
        status: 'scheduled',
        at,
        text: 'Proud of our apprentices, later',
      }),
    ]);
    expect(postsOnLinkedIn()).toBe(before);

    await expect.poll(postsOnLinkedIn, { timeout: 10_000 }).toBe(before + 1);
    const sentAt = linkedIn.received.filter((request) => request.path === '/rest/posts').at(-1)!;
    expect(JSON.parse(sentAt.body.toString()).commentary).toBe('Proud of our apprentices, later #employee');
    await expect
      .poll(
        async () =>
          (await service.repositories.scheduledPosts.get(DEMO_TENANT_ID, scheduled.shareId))?.status,
      )
      .toBe('posted');
    const stored = await service.repositories.scheduledPosts.get(DEMO_TENANT_ID, scheduled.shareId);
    expect(Date.parse(stored!.attemptedAt!)).toBeGreaterThanOrEqual(Date.parse(at));
    const [share] = await service.repositories.shares.ofPersonAndItem(
      DEMO_TENANT_ID,
      DEMO_AMBASSADOR_ID,
      'item-04',
    );
    expect(share!.confirmations.map((confirmation) => confirmation.postUrn)).toContain(stored!.postUrn);

    await expect
      .poll(() => chatMessages().filter((message) => message.includes('Your post is out')))
      .toHaveLength(1);
    expect(chatMessages().find((message) => message.includes('Your post is out'))).toContain(
      `https://www.linkedin.com/feed/update/${stored!.postUrn}`,
    );
    expect(((await ambassador.get('/api/v1/me/scheduled-posts')).body as ScheduledPostList).items).toEqual(
      [],
    );
    // Nothing more goes out later.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(postsOnLinkedIn()).toBe(before + 1);
  });

  it('a post cancelled before its time is never posted; cancelling again is 404, another person’s too', async () => {
    const before = postsOnLinkedIn();
    const { body } = await schedule(ambassador, { at: inAMoment() });
    const id = (body as ScheduledShare).shareId;
    const employee = await apiAs(service, DEMO_EMPLOYEE_ID);
    expect((await employee.delete(`/api/v1/me/scheduled-posts/${id}`)).status).toBe(404);
    expect((await ambassador.delete(`/api/v1/me/scheduled-posts/${id}`)).status).toBe(204);
    expect((await ambassador.delete(`/api/v1/me/scheduled-posts/${id}`)).status).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, LEAD_MS + 1_500));
    expect(postsOnLinkedIn()).toBe(before);
  });

  it('checks the share again at the time: an item withdrawn meanwhile is not posted, and the person hears why', async () => {
    const before = postsOnLinkedIn();
    const { body } = await schedule(ambassador, { at: inAMoment() });
    const id = (body as ScheduledShare).shareId;
    await service.repositories.content.update(DEMO_TENANT_ID, 'item-04', (item) => ({
      ...item,
      status: 'withdrawn',
    }));
    try {
      await expect
        .poll(async () => (await service.repositories.scheduledPosts.get(DEMO_TENANT_ID, id))?.failure, {
          timeout: 10_000,
        })
        .toBe('withdrawn');
    } finally {
      await service.repositories.content.update(DEMO_TENANT_ID, 'item-04', (item) => ({
        ...item,
        status: 'published',
      }));
    }
    expect(postsOnLinkedIn()).toBe(before);
    await expect
      .poll(() => chatMessages().filter((message) => message.includes('withdrawn or has expired')))
      .toHaveLength(1);
  });

  it('too late to cancel once it is being posted: 409', async () => {
    const { body } = await schedule(ambassador, { at: inAMoment(60_000) });
    const id = (body as ScheduledShare).shareId;
    await service.repositories.scheduledPosts.update(DEMO_TENANT_ID, id, (post) => ({
      ...post,
      status: 'posting',
      attemptedAt: new Date().toISOString(),
    }));
    const refused = await ambassador.delete(`/api/v1/me/scheduled-posts/${id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.code).toBe('scheduledPost.alreadyPosted');
    await service.repositories.scheduledPosts.delete(DEMO_TENANT_ID, id);
  });

  it('a connection LinkedIn no longer accepts at the time: failed, and the person is asked in chat to reconnect', async () => {
    const before = postsOnLinkedIn();
    const { body } = await schedule(ambassador, { at: inAMoment() });
    const id = (body as ScheduledShare).shareId;
    linkedIn.revokeTokens();
    await expect
      .poll(async () => (await service.repositories.scheduledPosts.get(DEMO_TENANT_ID, id))?.failure, {
        timeout: 10_000,
      })
      .toBe('reconnect');
    expect(postsOnLinkedIn()).toBe(before + 1);
    await expect
      .poll(() => chatMessages().filter((message) => message.includes('no longer accepts your connection')))
      .toHaveLength(1);
    const message = chatMessages().find((entry) => entry.includes('no longer accepts your connection'))!;
    expect(message).toContain('did not go out');
    expect(message).toContain('Reconnect LinkedIn');
    expect(message).toContain('/my-data');
    expect((await ambassador.get('/api/v1/me/connections')).body.linkedin.status).toBe('expired');
    // Scheduling now asks to reconnect at once.
    expect((await schedule(ambassador, { at: inAMoment() })).body.code).toBe('linkedin.reconnect');
  });

  it('a time inside the person’s quiet hours is moved to their end, and the answer says so', async () => {
    const now = new Date();
    const clock = (at: Date) => at.toISOString().slice(11, 16);
    const start = new Date(now.getTime() - 60 * 60_000);
    const end = new Date(now.getTime() + 2 * 60 * 60_000);
    const quiet = await readyAmbassador(service, { start: clock(start), end: clock(end) });
    const { status, body } = await schedule(quiet, { at: inAMoment(60 * 60_000) });
    expect(status).toBe(201);
    const scheduled = body as ScheduledShare;
    expect(scheduled.movedOutOfQuietHours).toBe(true);
    expect(scheduled.at.slice(11, 16)).toBe(clock(end));
    expect(Date.parse(scheduled.at)).toBeGreaterThan(now.getTime() + 60 * 60_000);
    expect((await quiet.delete(`/api/v1/me/scheduled-posts/${scheduled.shareId}`)).status).toBe(204);
  });
});

describe('two service instances on the same store', () => {
  let cosmos: http.Server;
  let first: TestService;
  let second: TestService;
  /** Each instance's posting, to run it outside its job as two lease holders would (one whose lease lapsed). */
  let postings: ScheduledPosting[];
  let ambassadorOnFirst: Client;
  beforeAll(async () => {
    // The store the instances share, as Azure Cosmos DB would be: a protocol server of its own.
    cosmos = createHttpServer({ keepAlive: true } as http.ServerOptions);
    await new Promise<void>((resolve) => cosmos.listen(0, '127.0.0.1', resolve));
    const env = {
      ...linkedInEnv(),
      COSMOS_ENDPOINT: `http://127.0.0.1:${(cosmos.address() as AddressInfo).port}`,
      COSMOS_KEY: 'shared-store',
      COSMOS_DATABASE: 'scheduling',
      // One key for both, as Key Vault gives it in Azure: either instance opens the tokens the other sealed.
      LINKEDIN_TOKEN_KEY: randomBytes(32).toString('base64'),
    };
    first = await startTestService({ env });
    second = await startTestService({ env });
    postings = await Promise.all([first, second].map((service) => postingOf(service, env)));
    await seedDemoData(first.repositories, createLogger('silent'), new Date());
    ambassadorOnFirst = await readyAmbassador(first);
  });
  afterAll(async () => {
    await first.dispose();
    await second.dispose();
    cosmos.closeAllConnections();
    await new Promise((resolve) => cosmos.close(resolve));
  });

  it('post each scheduled post once, whichever instance it was scheduled on', async () => {
    const ambassadors = [ambassadorOnFirst, await apiAs(second, DEMO_AMBASSADOR_ID)];
    const before = postsOnLinkedIn();
    const at = inAMoment();
    const ids: string[] = [];
    for (const [index, client] of [...ambassadors, ...ambassadors].entries()) {
      const { status, body } = await schedule(client, { text: `Post ${index}`, at });
      expect(status).toBe(201);
      ids.push((body as ScheduledShare).shareId);
    }
    const statuses = async () =>
      Promise.all(
        ids.map(async (id) => (await first.repositories.scheduledPosts.get(DEMO_TENANT_ID, id))?.status),
      );
    await expect.poll(statuses, { timeout: 15_000 }).toEqual(ids.map(() => 'posted'));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(postsOnLinkedIn()).toBe(before + ids.length);
    const commentaries = linkedIn
      .requestsTo('POST', '/rest/posts')
      .slice(before)
      .map((request) => JSON.parse(request.body.toString()).commentary as string);
    expect(commentaries.sort()).toEqual(ids.map((_, index) => `Post ${index} #employee`).sort());
  });

  it('a post two instances take at the same moment goes out once: its claim decides', async () => {
    const before = postsOnLinkedIn();
    const due = Array.from({ length: 5 }, (_, index) => scheduledPost(`due-${index}`));
    // Written behind the services' backs: their jobs are not woken, only the two runs below take them.
    for (const post of due) await first.store.container('scheduledPosts').items.create(post);
    const now = new Date();
    const never = new AbortController().signal;
    await Promise.all(postings.map((posting) => postDueScheduledPosts(posting, now, never)));
    expect(postsOnLinkedIn()).toBe(before + due.length);
    for (const post of due) {
      expect((await first.repositories.scheduledPosts.get(DEMO_TENANT_ID, post.id))?.status).toBe('posted');
    }
  });
  it('an attempt whose instance died before recording it is never tried again: the person is asked to check', async () => {
    const before = postsOnLinkedIn();
    const attemptedAt = new Date(Date.now() - ABANDONED_AFTER_MS - 1_000).toISOString();
    // As a crash leaves it: taken for posting, perhaps posted by LinkedIn, never settled.
    const abandoned = { ...scheduledPost('abandoned'), status: 'posting' as const, attemptedAt };
    await first.store.container('scheduledPosts').items.create(abandoned);
    await postDueScheduledPosts(postings[0]!, new Date(), new AbortController().signal);
    expect(await first.repositories.scheduledPosts.get(DEMO_TENANT_ID, 'abandoned')).toMatchObject({
      status: 'failed',
      failure: 'unknown',
    });
    expect(postsOnLinkedIn()).toBe(before);
    expect(
      await first.repositories.outbox.get(DEMO_TENANT_ID, `scheduled-post:abandoned:${DEMO_AMBASSADOR_ID}`),
    ).toMatchObject({ kind: 'post' });
  });
});

async function postingOf(service: TestService, env: NodeJS.ProcessEnv): Promise<ScheduledPosting> {
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: service.dataDir, ...env });
  const media = createMediaStore(config.media);
  return {
    repositories: service.repositories,
    publicUrl: service.url,
    media,
    mediaDigests: new MediaDigests(media),
    linkedIn: await createLinkedIn(config.linkedIn!, service.url),
    tabLink: (page) => `${service.url}/${page}`,
    logger: createLogger('silent'),
  };
}

function scheduledPost(id: string): ScheduledPostDoc {
  const at = new Date(Date.now() - 1_000).toISOString();
  return {
    id,
    tenantId: DEMO_TENANT_ID,
    personId: DEMO_AMBASSADOR_ID,
    itemId: 'item-04',
    itemTitle: { fr: 'Apprentis', en: 'Apprentices' },
    network: 'linkedin',
    language: 'en',
    text: `Text of ${id}`,
    at,
    status: 'scheduled',
    createdAt: at,
  };
}
