import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_AMBASSADOR_ID, DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';
import type { PersonDoc } from '../../bot/src/domain/documents';
import { getJson, startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

let service: TestService;
let token: string;
let before: PersonDoc | undefined;

beforeAll(async () => {
  service = await startTestService();
  token = await service.token({ objectId: DEMO_AMBASSADOR_ID });
});
afterAll(() => service.dispose());
beforeEach(async () => {
  before = await service.repositories.people.get(DEMO_TENANT_ID, DEMO_AMBASSADOR_ID);
});

function patchMe(body: string, contentType = 'application/json') {
  return getJson(`${service.url}/api/v1/me`, token, {
    method: 'PATCH',
    headers: { 'content-type': contentType },
    body,
  });
}

async function expectNothingWritten() {
  const after = await service.repositories.people.get(DEMO_TENANT_ID, DEMO_AMBASSADOR_ID);
  expect(after).toEqual(before);
}

describe('PATCH /api/v1/me refuses bad input with a problem naming the field, and writes nothing', () => {
  it('malformed JSON → 400', async () => {
    const { status, contentType, body } = await patchMe('{"locale": "fr",');
    expect(status).toBe(400);
    expect(contentType).toContain('application/problem+json');
    expect(body).toMatchObject({ code: 'request.malformedJson' });
    expect(body.errors).toEqual([
      { field: 'body', code: 'request.malformedJson', message: 'malformed JSON' },
    ]);
    await expectNothingWritten();
  });

  it('wrong type → 400 naming body.locale', async () => {
    const { status, body } = await patchMe(JSON.stringify({ locale: 42 }));
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'request.invalid', detail: expect.stringContaining('body.locale') });
    expect(body.errors).toEqual([
      { field: 'body.locale', code: 'field.notAChoice', message: expect.any(String) },
    ]);
    await expectNothingWritten();
  });

  it('a time zone that does not exist → 400 naming body.timeZone', async () => {
    const { status, body } = await patchMe(JSON.stringify({ locale: 'fr', timeZone: 'Mars/Olympus_Mons' }));
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      { field: 'body.timeZone', code: 'field.notATimeZone', message: expect.stringContaining('IANA') },
    ]);
    await expectNothingWritten();
  });

  it('an unknown field → 400 rather than silently ignored', async () => {
    const { status, body } = await patchMe(JSON.stringify({ locale: 'fr', roles: ['Programme.Admin'] }));
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      { field: 'body', code: 'field.unknownKeys', params: { keys: 'roles' }, message: expect.any(String) },
    ]);
    await expectNothingWritten();
  });

  it('a JSON value that is not an object → 400', async () => {
    const { status } = await patchMe('"fr"');
    expect(status).toBe(400);
    await expectNothingWritten();
  });

  it('an oversized body → 413', async () => {
    const { status, contentType, body } = await patchMe(
      JSON.stringify({ locale: 'fr', padding: 'x'.repeat(200_000) }),
    );
    expect(status).toBe(413);
    expect(contentType).toContain('application/problem+json');
    expect(body).toMatchObject({ code: 'request.tooLarge', params: { limit: expect.any(Number) } });
    expect(body.errors).toEqual([
      {
        field: 'body',
        code: 'request.tooLarge',
        params: { limit: expect.any(Number) },
        message: 'too large',
      },
    ]);
    await expectNothingWritten();
  });

  it('a body that is not JSON → 415', async () => {
    const { status, body } = await patchMe('locale=fr', 'application/x-www-form-urlencoded');
    expect(status).toBe(415);
    expect(body).toMatchObject({
      code: 'request.notJson',
      errors: [{ field: 'body', code: 'request.notJson' }],
    });
    await expectNothingWritten();
  });

  it.each(['gzip', 'deflate', 'br'])(
    'a body sent with Content-Encoding: %s → 415, nothing inflated',
    async (encoding) => {
      const response = await fetch(`${service.url}/api/v1/me`, {
        method: 'PATCH',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'content-encoding': encoding,
        },
        body: JSON.stringify({ locale: 'fr' }),
      });
      expect(response.status).toBe(415);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(response.headers.get('accept-encoding')).toBe('identity');
      expect((await response.json()).errors).toEqual([
        {
          field: 'headers.content-encoding',
          code: 'request.compressed',
          message: 'only identity is accepted',
        },
      ]);
      await expectNothingWritten();
    },
  );

  it('a valid change is saved and answered', async () => {
    const { status, body } = await patchMe(JSON.stringify({ locale: 'en', timeZone: 'America/Montreal' }));
    expect(status).toBe(200);
    expect(body).toMatchObject({ locale: 'en', timeZone: 'America/Montreal' });
    const saved = await service.repositories.people.get(DEMO_TENANT_ID, DEMO_AMBASSADOR_ID);
    expect(saved).toMatchObject({ locale: 'en', timeZone: 'America/Montreal' });
  });
});

describe('query validation', () => {
  it('a page size out of range → 400 naming query.limit', async () => {
    const managerToken = await service.token({ objectId: DEMO_AMBASSADOR_ID, roles: ['Programme.Manager'] });
    const { status, body } = await getJson(`${service.url}/api/v1/studio/people?limit=5000`, managerToken);
    expect(status).toBe(400);
    expect(body.errors[0].field).toBe('query.limit');
  });
});

describe('path parameters', () => {
  let managerToken: string;
  beforeAll(async () => {
    managerToken = await service.token({ objectId: DEMO_AMBASSADOR_ID, roles: ['Programme.Manager'] });
  });

  it.each(['a%2Fb', '%3F', '%23', '%20', 'x'.repeat(129)])(
    'an id Cosmos DB would refuse (%s) → 400 naming params.campaignId',
    async (id) => {
      const { status, contentType, body } = await getJson(
        `${service.url}/api/v1/studio/campaigns/${id}`,
        managerToken,
      );
      expect(status).toBe(400);
      expect(contentType).toContain('application/problem+json');
      expect(body.errors.map((e: { field: string }) => e.field)).toEqual(['params.campaignId']);
    },
  );

  it.each(['%', '%C0%AF', '%ED%A0%80'])(
    'percent-encoding that does not decode (%s) → 400 problem',
    async (id) => {
      const { status, contentType, body } = await getJson(
        `${service.url}/api/v1/studio/campaigns/${id}`,
        managerToken,
      );
      expect(status).toBe(400);
      expect(contentType).toContain('application/problem+json');
      expect(body.errors).toEqual([
        { field: 'path', code: 'request.malformedAddress', message: 'malformed percent-encoding' },
      ]);
      expect(JSON.stringify(body)).not.toContain('Failed to decode');
    },
  );

  it('an id of dots alone names no document, even where it slips past validation: never the container', async () => {
    const { campaigns } = service.repositories;
    for (const id of ['.', '..', '', 'a/b', 'a#b']) {
      expect(await campaigns.get(DEMO_TENANT_ID, id), id).toBeUndefined();
      expect(await campaigns.update(DEMO_TENANT_ID, id, (campaign) => campaign), id).toBeUndefined();
      await expect(campaigns.delete(DEMO_TENANT_ID, id)).resolves.toBeUndefined();
    }
  });

  it('a well-formed id that does not exist is still a 404', async () => {
    const { status } = await getJson(`${service.url}/api/v1/studio/campaigns/no-such-campaign`, managerToken);
    expect(status).toBe(404);
  });
});
