import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, generateKeyPair } from 'jose';
import type { AppRole } from '../../bot/src/contract/roles';
import { DEMO_AMBASSADOR_ID, DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';
import { getJson, startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service.dispose());

const me = () => `${service.url}/api/v1/me`;

async function expectUnauthorized(token: string | undefined) {
  const { status, contentType, body, response } = await getJson(me(), token);
  expect(status).toBe(401);
  expect(contentType).toContain('application/problem+json');
  expect(response.headers.get('www-authenticate')).toBe('Bearer');
  expect(body).toMatchObject({ type: 'about:blank', status: 401, title: 'Unauthorized' });
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/);
}

describe('GET /api/v1/me, signed in with a token from the dev issuer', () => {
  it('answers the demo person, their roles and enrolment', async () => {
    const token = await service.token({ objectId: DEMO_AMBASSADOR_ID });
    const { status, body } = await getJson(me(), token);
    expect(status).toBe(200);
    expect(body.id).toBe(DEMO_AMBASSADOR_ID);
    expect(body.tenantId).toBe(DEMO_TENANT_ID);
    expect(body.roles).toEqual([]);
    expect(body.enrolment.status).toBe('ambassador');
  });

  it('carries the app roles of the token', async () => {
    const token = await service.token({ objectId: DEMO_AMBASSADOR_ID, roles: ['Programme.Reviewer'] });
    const { body } = await getJson(me(), token);
    expect(body.roles).toEqual(['Programme.Reviewer']);
  });

  it('creates a profile, outside the programme, for a person signing in for the first time', async () => {
    const objectId = '11111111-2222-4333-8444-555555555555';
    const token = await service.token({ objectId, name: 'Nouvelle Personne' });
    const { status, body } = await getJson(me(), token, { headers: { 'accept-language': 'fr-FR,fr;q=0.9' } });
    expect(status).toBe(200);
    expect(body).toMatchObject({ id: objectId, displayName: 'Nouvelle Personne', locale: 'fr' });
    expect(body.enrolment.status).toBe('not-enrolled');
  });

  it('keeps the roles last seen on the profile, written only when they change', async () => {
    const objectId = '22222222-3333-4444-8555-666666666666';
    const signIn = async (roles: AppRole[]) => {
      expect((await getJson(me(), await service.token({ objectId, roles }))).status).toBe(200);
      return service.repositories.people.getVersioned(DEMO_TENANT_ID, objectId);
    };
    const first = await signIn(['Programme.Reviewer', 'Programme.Manager']);
    expect(first?.document.lastSeenRoles).toEqual(['Programme.Manager', 'Programme.Reviewer']);

    const sameRolesAgain = await signIn(['Programme.Manager', 'Programme.Reviewer']);
    expect(sameRolesAgain?.version).toBe(first?.version);

    const roleRemoved = await signIn(['Programme.Manager']);
    expect(roleRemoved?.version).not.toBe(first?.version);
    expect(roleRemoved?.document.lastSeenRoles).toEqual(['Programme.Manager']);
    const reviewers = await service.repositories.people.lastSeenWithRole(
      DEMO_TENANT_ID,
      'Programme.Reviewer',
    );
    expect(reviewers.map((reviewer) => reviewer.id)).not.toContain(objectId);
  });
});

describe('GET /api/v1/me refuses every token that is not a valid Entra-shaped access token', () => {
  const now = () => Math.floor(Date.now() / 1000);

  it('no token', () => expectUnauthorized(undefined));
  it('not a bearer token', async () => {
    const { status } = await getJson(me(), undefined, { headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    expect(status).toBe(401);
  });
  it('garbage', () => expectUnauthorized('not.a.jwt'));
  it('expired', async () =>
    expectUnauthorized(
      await service.token({ objectId: DEMO_AMBASSADOR_ID }, { exp: now() - 3600, nbf: now() - 7200 }),
    ));
  it('not yet valid', async () =>
    expectUnauthorized(await service.token({ objectId: DEMO_AMBASSADOR_ID }, { nbf: now() + 3600 })));
  it('wrong audience', async () =>
    expectUnauthorized(await service.token({ objectId: DEMO_AMBASSADOR_ID }, { aud: 'api://another-app' })));
  it('tenant not allowed', async () =>
    expectUnauthorized(
      await service.token(
        { objectId: DEMO_AMBASSADOR_ID },
        {
          tid: '00000000-dead-4bee-8000-000000000000',
          iss: 'urn:ambassade:dev-issuer/00000000-dead-4bee-8000-000000000000/v2.0',
        },
      ),
    ));
  it('issuer not matching the tenant', async () =>
    expectUnauthorized(
      await service.token({ objectId: DEMO_AMBASSADOR_ID }, { iss: 'https://login.example/other/v2.0' }),
    ));
  it('missing the access_as_user scope', async () =>
    expectUnauthorized(await service.token({ objectId: DEMO_AMBASSADOR_ID }, { scp: 'User.Read' })));

  it('signed by another key, even with the right key id', async () => {
    const genuine = await service.token({ objectId: DEMO_AMBASSADOR_ID });
    const header = JSON.parse(Buffer.from(genuine.split('.')[0]!, 'base64url').toString()) as { kid: string };
    const payload = JSON.parse(Buffer.from(genuine.split('.')[1]!, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT(payload)
      .setProtectedHeader({ alg: 'RS256', kid: header.kid })
      .sign(privateKey);
    await expectUnauthorized(forged);
  });

  it('with its payload tampered (roles added) after signing', async () => {
    const genuine = await service.token({ objectId: DEMO_AMBASSADOR_ID });
    const [head, payload, signature] = genuine.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    claims['roles'] = ['Programme.Admin'];
    await expectUnauthorized(
      `${head}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`,
    );
  });

  it('unsigned (alg none)', async () => {
    const genuine = await service.token({ objectId: DEMO_AMBASSADOR_ID });
    const payload = genuine.split('.')[1]!;
    const head = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    await expectUnauthorized(`${head}.${payload}.`);
  });
});
