import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MANAGER_ID } from '../../bot/src/demo/demo-data';
import { getJson, startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service.dispose());

function signIn(form: Record<string, string>) {
  return fetch(`${service.url}/dev/signin`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
}

describe('dev sign-in', () => {
  it('lists the demo people, the manager first', async () => {
    const response = await fetch(`${service.url}/dev/signin?returnTo=/studio/people`);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html.match(/<button type="submit">/g)).toHaveLength(40);
    expect(html.indexOf(DEMO_MANAGER_ID)).toBeGreaterThan(0);
    expect(html.indexOf(DEMO_MANAGER_ID)).toBeLessThan(html.indexOf('<li>', html.indexOf('<li>') + 1));
    expect(html).toContain('value="/studio/people"');
  });

  it('issues a token that the API accepts, carrying the person’s Entra app roles', async () => {
    const response = await signIn({ objectId: DEMO_MANAGER_ID, returnTo: '/studio/people?x=1' });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location')!, service.url);
    expect(location.pathname + location.search).toBe('/studio/people?x=1');
    const fragment = new URLSearchParams(location.hash.slice(1));
    expect(Number(fragment.get('expires_in'))).toBeGreaterThan(0);
    const { status, body } = await getJson(`${service.url}/api/v1/me`, fragment.get('access_token')!);
    expect(status).toBe(200);
    expect(body.id).toBe(DEMO_MANAGER_ID);
    expect(body.roles).toEqual(['Programme.Manager']);
  });

  it('never redirects off the origin', async () => {
    for (const returnTo of [
      '//evil.example/x',
      'https://evil.example/',
      '/\\evil.example',
      'javascript:alert(1)',
    ]) {
      const response = await signIn({ objectId: DEMO_MANAGER_ID, returnTo });
      expect(response.headers.get('location')).toMatch(/^\/#access_token=/);
    }
  });

  it('refuses someone who is not a demo person', async () => {
    const response = await signIn({ objectId: 'not-a-demo-person' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { errors: { field: string }[] }).errors[0]!.field).toBe(
      'body.objectId',
    );
  });

  it('publishes the issuer’s public key only', async () => {
    const { body } = await getJson(`${service.url}/dev/jwks`);
    expect(body.keys).toHaveLength(1);
    expect(body.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(body.keys[0].d).toBeUndefined();
  });
});

describe('no dev issuer once Entra ID is configured', () => {
  it('has no dev routes, and tells the tab to sign in with Entra ID', async () => {
    const entra = await startTestService({
      env: { ENTRA_CLIENT_ID: 'c0ffee00-0000-4000-8000-000000000001', ENTRA_ALLOWED_TENANTS: 'tenant-a' },
    });
    try {
      expect(entra.devIssuer).toBeUndefined();
      expect((await fetch(`${entra.url}/dev/jwks`)).status).toBe(404);
      expect((await fetch(`${entra.url}/dev/signin`, { method: 'POST' })).status).toBe(404);
      const { body } = await getJson(`${entra.url}/api/v1/client-config`);
      expect(body.signIn).toBe('entra');
      expect(body.clientId).toBe('c0ffee00-0000-4000-8000-000000000001');
    } finally {
      await entra.dispose();
    }
  });
});
