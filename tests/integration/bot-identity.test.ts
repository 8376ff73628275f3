import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueMessage } from '../../bot/src/delivery/enqueue-message';
import { ambassador, installBotFor } from '../support/delivery-fixtures';
import { SimulatedBotConnector } from '../support/simulated-bot-connector';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

const TENANT = 'tenant-bot-identity';

/** An activity as a hostile client forges it: someone else's Entra id, and a service URL of its choice. */
function forgedActivity(serviceUrl: string) {
  return {
    type: 'message',
    text: 'help',
    channelId: 'msteams',
    serviceUrl,
    from: { id: '29:victim', aadObjectId: '00000000-0000-4000-8000-000000000004' },
    recipient: { id: '28:ambassade-bot' },
    conversation: { id: 'a:victim', conversationType: 'personal', tenantId: TENANT },
    id: crypto.randomUUID(),
  };
}

function postActivity(service: TestService, body: object) {
  return fetch(`${service.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Where a forged `serviceUrl` points: a listener on this machine that counts what reaches it. */
let elsewhere: SimulatedBotConnector;
beforeAll(async () => {
  elsewhere = await SimulatedBotConnector.start();
});
afterAll(() => elsewhere.stop());

describe('the bot endpoint of a service with its bot identity (as in production)', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService({
      env: {
        DEMO_DATA: 'off',
        BOT_ID: '00000000-0000-4000-8000-0000000000b0',
        BOT_PASSWORD: 'not-a-real-secret',
        BOT_SEND_INTERVAL_MS: '100',
      },
    });
  });
  afterAll(() => service?.dispose());

  it('answers 401 to an activity without a Bot Framework token', async () => {
    const response = await postActivity(service, forgedActivity('https://smba.trafficmanager.net/emea/'));
    expect(response.status).toBe(401);
  });

  it('refuses an activity naming a service URL outside Bot Framework, and never calls it', async () => {
    const response = await postActivity(service, forgedActivity(elsewhere.serviceUrl));
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as { errors: { field: string }[] };
    expect(problem.errors.map((error) => error.field)).toEqual(['body.serviceUrl']);
    expect(elsewhere.received).toHaveLength(0);
  });

  it('gives up a proactive message to a stored conversation outside Bot Framework without calling it', async () => {
    const person = ambassador(TENANT, 'stored-elsewhere');
    await installBotFor(service.repositories, [person], elsewhere.serviceUrl);
    await enqueueMessage(
      service.repositories,
      {
        tenantId: TENANT,
        messageId: 'to-elsewhere',
        kind: 'nudge',
        recipients: [person],
        render: () => ({ text: 'Hi' }),
      },
      new Date(),
    );
    const deliveryId = `to-elsewhere:${person.id}`;
    await expect
      .poll(async () => (await service.repositories.outbox.get(TENANT, deliveryId))?.status)
      .toBe('failed');
    const delivery = await service.repositories.outbox.get(TENANT, deliveryId);
    expect(delivery).toMatchObject({ attempts: 1 });
    expect(delivery!.lastError).toMatch(/ServiceUrlNotAllowed/);
    expect(elsewhere.received).toHaveLength(0);
  });
});

describe('the bot endpoint of a local run, without a bot identity', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService({ env: { DEMO_DATA: 'off' } });
  });
  afterAll(() => service?.dispose());

  it('still refuses a service URL that is neither Bot Framework nor on this machine', async () => {
    for (const serviceUrl of ['https://attacker.example/', 'http://169.254.169.254/', 'http://10.0.0.4/']) {
      const response = await postActivity(service, forgedActivity(serviceUrl));
      expect(response.status).toBe(403);
    }
  });
});
