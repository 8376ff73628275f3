import type { apiAs } from './api-client';

/**
 * The browser's trip to connect LinkedIn: the tab's authorize URL, the simulated LinkedIn's consent (approved at
 * once), back to the service's callback, whose answer (the page the person sees) this returns.
 */
export async function connectLinkedIn(client: Awaited<ReturnType<typeof apiAs>>): Promise<Response> {
  const { body } = await client.post('/api/v1/me/connections/linkedin');
  const consent = await fetch(body.authorizeUrl as string, { redirect: 'manual' });
  const callback = consent.headers.get('location');
  if (consent.status !== 302 || !callback) throw new Error(`LinkedIn's consent answered ${consent.status}`);
  return fetch(callback, { headers: { 'accept-language': 'en' } });
}
