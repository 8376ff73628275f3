import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_AMBASSADOR_ID, DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';
import type { Connections } from '../../bot/src/contract/connections';
import type { PostedShare } from '../../bot/src/contract/share';
import { applyNudgeRules } from '../../bot/src/nudges/apply-nudge-rules';
import { apiAs } from '../support/api-client';
import { connectLinkedIn } from '../support/linkedin-connect';
import { SimulatedLinkedIn } from '../support/simulated-linkedin';
import { onePixelPng } from '../support/studio-fixtures';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

const VERSION = '202611';
const app = { clientId: 'ambassade-test-app', clientSecret: `secret-${Date.now()}` };

let linkedIn: SimulatedLinkedIn;
let service: TestService;
let ambassador: Awaited<ReturnType<typeof apiAs>>;
/** Every API answer the ambassador read, to check no token is ever in one. */
const answers: string[] = [];

beforeAll(async () => {
  linkedIn = await new SimulatedLinkedIn({
    ...app,
    member: { sub: 'member-4242', name: 'Camille Martin' },
    versions: [VERSION],
  }).start();
  service = await startTestService({
    env: {
      LINKEDIN_CLIENT_ID: app.clientId,
      LINKEDIN_CLIENT_SECRET: app.clientSecret,
      LINKEDIN_AUTH_BASE_URL: linkedIn.url,
      LINKEDIN_API_BASE_URL: linkedIn.url,
      LINKEDIN_API_VERSION: VERSION,
    },
  });
  const client = await apiAs(service, DEMO_AMBASSADOR_ID);
  const kept =
    (call: (path: string, body?: unknown) => ReturnType<typeof client.get>) =>
    async (path: string, body?: unknown) => {
      const answer = await call(path, body);
      answers.push(typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body));
      return answer;
    };
  ambassador = {
    ...client,
    get: kept(client.get),
    post: kept(client.post),
    delete: kept(client.delete),
  };
});
afterAll(async () => {
  await service.dispose();
  await linkedIn.stop();
});

const connections = async () => (await ambassador.get('/api/v1/me/connections')).body as Connections;
const postOn = (itemId: string, body: object) =>
  ambassador.post(`/api/v1/library/${itemId}/shares`, { network: 'linkedin', mode: 'post', ...body });

async function connect(): Promise<{ status: number; page: string }> {
  const callback = await connectLinkedIn(ambassador);
  return { status: callback.status, page: await callback.text() };
}

describe('connecting LinkedIn', () => {
  it('starts disconnected, with LinkedIn available', async () => {
    expect(await connections()).toEqual({ linkedin: { available: true, status: 'disconnected' } });
  });

  it('asks LinkedIn for openid, profile and w_member_social, with a state and the callback address', async () => {
    const { status, body } = await ambassador.post('/api/v1/me/connections/linkedin');
    expect(status).toBe(200);
    const authorize = new URL(body.authorizeUrl as string);
    expect(authorize.origin + authorize.pathname).toBe(`${linkedIn.url}/oauth/v2/authorization`);
    expect(authorize.searchParams.get('client_id')).toBe(app.clientId);
    expect(authorize.searchParams.get('scope')).toBe('openid profile w_member_social');
    expect(authorize.searchParams.get('redirect_uri')).toBe(
      `${service.url.replace('127.0.0.1', 'localhost')}/auth/linkedin/callback`,
    );
    expect(authorize.searchParams.get('state')).toMatch(new RegExp(`^${DEMO_TENANT_ID}\\.[\\w-]{32}$`));
  });

  it('a refusal on LinkedIn stores nothing and says so kindly, in the person’s language', async () => {
    linkedIn.refuseNext = true;
    const { status, page } = await connect();
    expect(status).toBe(200);
    expect(page).toMatch(/LinkedIn n’est pas connecté|LinkedIn is not connected/);
    expect((await connections()).linkedin.status).toBe('disconnected');
  });

  it('approved, it exchanges the code, reads the member, and keeps the token sealed for about 60 days', async () => {
    const { status, page } = await connect();
    expect(status).toBe(200);
    expect(page).toMatch(/LinkedIn est connecté|LinkedIn is connected/);
    const [exchange] = linkedIn.requestsTo('POST', '/oauth/v2/accessToken');
    const form = new URLSearchParams(exchange!.body.toString());
    expect(form.get('client_secret')).toBe(app.clientSecret);
    expect(form.get('grant_type')).toBe('authorization_code');

    const { linkedin } = await connections();
    expect(linkedin.status).toBe('connected');
    const lifetime = Date.parse(linkedin.expiresAt!) - Date.now();
    expect(lifetime).toBeGreaterThan(59 * 86_400_000);
    expect(lifetime).toBeLessThanOrEqual(60 * 86_400_000);
    const stored = await service.repositories.connections.linkedInOf(DEMO_TENANT_ID, DEMO_AMBASSADOR_ID);
    expect(stored?.memberSub).toBe('member-4242');
    expect(JSON.stringify(stored)).not.toContain(linkedIn.issuedTokens().at(-1));
  });

  it('a state serves once: replaying the callback is refused and changes nothing', async () => {
    const { body } = await ambassador.post('/api/v1/me/connections/linkedin');
    const consent = await fetch(body.authorizeUrl as string, { redirect: 'manual' });
    const callback = consent.headers.get('location')!;
    expect((await fetch(callback)).status).toBe(200);
    const replay = await fetch(callback);
    expect(replay.status).toBe(400);
    expect(await replay.text()).toMatch(/no longer valid|n’est plus valable/);
    const forged = await fetch(`${service.url}/auth/linkedin/callback?code=x&state=${DEMO_TENANT_ID}.forged`);
    expect(forged.status).toBe(400);
  });
});

describe('posting in one click', () => {
  it('posts the edited, checked text with the tracked link as an article, and records the post', async () => {
    const { status, body } = await postOn('item-04', {
      language: 'en',
      text: 'Proud of our apprentices (class of 2026)!',
    });
    expect(status).toBe(201);
    const posted = body as PostedShare;
    expect(posted.status).toBe('posted');
    expect(posted.postUrn).toMatch(/^urn:li:share:\d+$/);

    const [request] = linkedIn.requestsTo('POST', '/rest/posts');
    expect(request!.headers['linkedin-version']).toBe(VERSION);
    expect(request!.headers['x-restli-protocol-version']).toBe('2.0.0');
    expect(request!.headers.authorization).toMatch(/^Bearer AQ/);
    const sent = JSON.parse(request!.body.toString());
    expect(sent).toMatchObject({
      author: 'urn:li:person:member-4242',
      commentary: 'Proud of our apprentices \\(class of 2026\\)! #employee',
      visibility: 'PUBLIC',
      distribution: { feedDistribution: 'MAIN_FEED' },
      lifecycleState: 'PUBLISHED',
    });
    const share = await service.repositories.shares.get(DEMO_TENANT_ID, posted.shareId);
    expect(sent.content.article.source).toBe(
      `${service.url.replace('127.0.0.1', 'localhost')}/r/${share!.code}`,
    );
    expect(share!.confirmations).toEqual([
      expect.objectContaining({
        text: 'Proud of our apprentices (class of 2026)! #employee',
        postUrn: posted.postUrn,
      }),
    ]);
    const archived: { text: string; details: Record<string, unknown> }[] = [];
    for await (const record of service.repositories.archive.records(DEMO_TENANT_ID)) {
      if (record.details?.['postUrn'] === posted.postUrn) archived.push(record as never);
    }
    expect(archived).toEqual([
      expect.objectContaining({ text: 'Proud of our apprentices (class of 2026)! #employee' }),
    ]);
  });

  it('posts the item’s image through the Images API, bytes and URN, when the item has one', async () => {
    const upload = await fetch(`${service.url}/api/v1/media`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ambassador.token}`, 'content-type': 'image/png' },
      body: onePixelPng,
    });
    const medium = (await upload.json()) as { id: string };
    await service.repositories.content.update(DEMO_TENANT_ID, 'item-02', (item) => ({
      ...item,
      media: [{ id: medium.id, kind: 'image', contentType: 'image/png' }],
    }));

    const { status, body } = await postOn('item-02', { language: 'fr', text: 'Bravo à nos alternants' });
    expect(status).toBe(201);
    const [initialise] = linkedIn.requestsTo('POST', '/rest/images');
    expect(JSON.parse(initialise!.body.toString())).toEqual({
      initializeUploadRequest: { owner: 'urn:li:person:member-4242' },
    });
    const sent = JSON.parse(linkedIn.requestsTo('POST', '/rest/posts').at(-1)!.body.toString());
    expect(sent.commentary).toBe('Bravo à nos alternants #collaborateur');
    expect(sent.content.article).toBeUndefined();
    expect(sent.content.media.id).toMatch(/^urn:li:image:/);
    expect(linkedIn.images.get(sent.content.media.id)).toEqual(onePixelPng);
    expect(linkedIn.posts.has((body as PostedShare).postUrn)).toBe(true);
  });

  it('waits out a 429 as LinkedIn asks, then posts', async () => {
    const before = linkedIn.requestsTo('POST', '/rest/posts').length;
    linkedIn.throttle = { times: 1, retryAfterSeconds: 1 };
    const started = Date.now();
    const { status } = await postOn('item-04', { language: 'en', text: 'Once more, with feeling' });
    expect(status).toBe(201);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(linkedIn.requestsTo('POST', '/rest/posts').length - before).toBe(2);
  });

  it('throttled for longer, gives up with a clear problem and records nothing', async () => {
    const confirmations = await confirmationsOf('item-04');
    linkedIn.throttle = { times: 5, retryAfterSeconds: 1 };
    const { status, body } = await postOn('item-04', { language: 'en', text: 'Too busy to post' });
    linkedIn.throttle = { times: 0, retryAfterSeconds: 1 };
    expect(status).toBe(503);
    expect(body.code).toBe('linkedin.busy');
    expect(await confirmationsOf('item-04')).toBe(confirmations);
  });

  it('a retired LinkedIn-Version is a problem naming LINKEDIN_API_VERSION, and nothing is recorded', async () => {
    const confirmations = await confirmationsOf('item-04');
    linkedIn.versions = ['202712'];
    const { status, body } = await postOn('item-04', { language: 'en', text: 'Version check' });
    linkedIn.versions = [VERSION];
    expect(status).toBe(502);
    expect(body.code).toBe('linkedin.versionRetired');
    expect(body.detail).toContain('LINKEDIN_API_VERSION');
    expect(await confirmationsOf('item-04')).toBe(confirmations);
  });

  it('an expired or revoked token marks the connection expired and asks to reconnect', async () => {
    linkedIn.revokeTokens();
    const { status, body } = await postOn('item-04', { language: 'en', text: 'After revocation' });
    expect(status).toBe(409);
    expect(body.code).toBe('linkedin.reconnect');
    expect((await connections()).linkedin.status).toBe('expired');
    expect((await postOn('item-04', { language: 'en', text: 'Still expired' })).body.code).toBe(
      'linkedin.reconnect',
    );
    await connect();
    expect((await connections()).linkedin.status).toBe('connected');
  });

  it('refuses to post elsewhere than LinkedIn', async () => {
    expect((await postOn('item-01', { network: 'x', language: 'en', text: 'On X' })).body.code).toBe(
      'share.notPostable',
    );
  });

  it('still runs every check of a share: a banned term is refused before anything reaches LinkedIn', async () => {
    const before = linkedIn.received.length;
    const { status, body } = await postOn('item-04', { language: 'en', text: 'Some CONFIDENTIAL figures' });
    expect(status).toBe(400);
    expect(body.code).toBe('share.textRefused');
    expect(linkedIn.received.length).toBe(before);
  });
});

describe('the reminder before a connection lapses', () => {
  it('goes out through the nudge rules a week ahead, once per connection', async () => {
    const now = new Date();
    await service.repositories.conversations.upsert({
      id: DEMO_AMBASSADOR_ID,
      tenantId: DEMO_TENANT_ID,
      teamsUserId: `29:${DEMO_AMBASSADOR_ID}`,
      conversationId: `a:${DEMO_AMBASSADOR_ID}`,
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      installedAt: now.toISOString(),
    });
    await service.repositories.connections.updateLinkedIn(
      DEMO_TENANT_ID,
      DEMO_AMBASSADOR_ID,
      (connection) => ({
        ...connection,
        expiresAt: new Date(now.getTime() + 5 * 86_400_000).toISOString(),
      }),
    );
    const settings = { weeklyCap: 3, reEngageAfterDays: 14, reEngageEveryDays: 30 };
    const reminders = async () =>
      (
        await service.repositories.outbox.queuedSince(
          DEMO_TENANT_ID,
          'nudge',
          new Date(now.getTime() - 60_000),
        )
      ).filter((row) => row.personId === DEMO_AMBASSADOR_ID && row.messageId.startsWith('linkedin-expiry:'));

    await applyNudgeRules(service.repositories, DEMO_TENANT_ID, settings, service.url, now);
    expect(await reminders()).toHaveLength(1);
    const connection = await service.repositories.connections.linkedInOf(DEMO_TENANT_ID, DEMO_AMBASSADOR_ID);
    expect(connection?.expiryNudgedAt).toBe(now.toISOString());
    await applyNudgeRules(
      service.repositories,
      DEMO_TENANT_ID,
      settings,
      service.url,
      new Date(now.getTime() + 86_400_000),
    );
    expect(await reminders()).toHaveLength(1);
  });
});

describe('disconnecting', () => {
  it('deletes the token at once; posting then asks to connect', async () => {
    expect((await ambassador.delete('/api/v1/me/connections/linkedin')).status).toBe(204);
    expect(await connections()).toEqual({ linkedin: { available: true, status: 'disconnected' } });
    expect(
      await service.repositories.connections.linkedInOf(DEMO_TENANT_ID, DEMO_AMBASSADOR_ID),
    ).toBeUndefined();
    expect((await postOn('item-04', { language: 'en', text: 'Disconnected' })).body.code).toBe(
      'linkedin.notConnected',
    );
  });

  it('no API answer ever carried a LinkedIn token', () => {
    const tokens = linkedIn.issuedTokens();
    expect(tokens.length).toBeGreaterThan(0);
    for (const answer of answers) for (const token of tokens) expect(answer).not.toContain(token);
  });

  it('erasure deletes the connection with the rest of the person’s data', async () => {
    await connect();
    expect((await connections()).linkedin.status).toBe('connected');
    expect((await ambassador.delete('/api/v1/me')).status).toBe(200);
    expect(
      await service.repositories.connections.linkedInOf(DEMO_TENANT_ID, DEMO_AMBASSADOR_ID),
    ).toBeUndefined();
  });
});

describe('without a LinkedIn app', () => {
  let plain: TestService;
  beforeAll(async () => {
    plain = await startTestService();
  });
  afterAll(() => plain.dispose());

  it('says LinkedIn is not available, and refuses to connect or post with a problem naming the settings', async () => {
    const employee = await apiAs(plain, DEMO_AMBASSADOR_ID);
    expect((await employee.get('/api/v1/me/connections')).body).toEqual({
      linkedin: { available: false, status: 'disconnected' },
    });
    const connect = await employee.post('/api/v1/me/connections/linkedin');
    expect(connect.status).toBe(409);
    expect(connect.body.code).toBe('linkedin.notConfigured');
    expect(connect.body.detail).toContain('LINKEDIN_CLIENT_ID');
    const post = await employee.post('/api/v1/library/item-04/shares', {
      network: 'linkedin',
      language: 'en',
      text: 'Hello',
      mode: 'post',
    });
    expect(post.body.code).toBe('linkedin.notConfigured');
    expect((await fetch(`${plain.url}/auth/linkedin/callback?code=x&state=y`)).status).toBe(404);
  });
});

async function confirmationsOf(itemId: string): Promise<number> {
  const shares = await service.repositories.shares.ofPersonAndItem(
    DEMO_TENANT_ID,
    DEMO_AMBASSADOR_ID,
    itemId,
  );
  return shares.find((share) => share.network === 'linkedin')?.confirmations.length ?? 0;
}
