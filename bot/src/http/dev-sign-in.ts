import express from 'express';
import type { Router } from 'express';
import { z } from 'zod';
import type { DemoIdentity } from '../demo/seed-demo-data';
import type { DevIssuer } from '../identity/dev-issuer';
import { ApiError } from './api-error';

const signInForm = z.object({
  objectId: z.string().min(1).max(64),
  returnTo: z.string().max(2000).optional(),
});

/**
 * Local sign-in: a person picks a demo identity and receives an access token signed by the dev issuer,
 * which the API then validates exactly as it validates Entra ID tokens. Mounted only without Entra ID.
 */
export function createDevSignInRouter(issuer: DevIssuer, identities: DemoIdentity[]): Router {
  const router = express.Router();

  router.get('/dev/jwks', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json(issuer.jwks());
  });

  router.get('/dev/signin', (req, res) => {
    const returnTo = safeReturnPath(
      typeof req.query['returnTo'] === 'string' ? req.query['returnTo'] : undefined,
    );
    res.type('html').send(renderSignInPage(identities, returnTo));
  });

  router.post('/dev/signin', express.urlencoded({ extended: false, limit: '4kb' }), async (req, res) => {
    const form = signInForm.safeParse(req.body);
    if (!form.success) throw ApiError.fromZod('body', form.error);
    const identity = identities.find((candidate) => candidate.objectId === form.data.objectId);
    if (!identity) {
      throw ApiError.invalid([
        { field: 'body.objectId', code: 'field.unknownDemoPerson', message: 'unknown' },
      ]);
    }
    const { token, expiresIn } = await issuer.issue(identity);
    const fragment = new URLSearchParams({ access_token: token, expires_in: String(expiresIn) });
    res.redirect(303, `${safeReturnPath(form.data.returnTo)}#${fragment.toString()}`);
  });

  return router;
}

/** Only a path on this same origin: never an open redirect. */
export function safeReturnPath(value: string | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/';
  return value;
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] ?? c);

function renderSignInPage(identities: DemoIdentity[], returnTo: string): string {
  const rows = identities
    .map((identity) => {
      const roles = identity.roles.map((role) => role.replace('Programme.', '')).join(', ');
      const badges = [roles, identity.ambassador ? 'Ambassador' : ''].filter(Boolean).join(' · ');
      return `<li><form method="post" action="/dev/signin">
  <input type="hidden" name="objectId" value="${escapeHtml(identity.objectId)}">
  <input type="hidden" name="returnTo" value="${escapeHtml(returnTo)}">
  <button type="submit"><strong>${escapeHtml(identity.name)}</strong>
  <span>${escapeHtml(identity.jobTitle ?? '')}</span><em>${escapeHtml(badges)}</em></button>
</form></li>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Ambassade – dev sign-in</title>
<style>
  body { font-family: "Segoe UI", system-ui, sans-serif; margin: 0 auto; max-width: 44rem; padding: 1.5rem; color: #242424; }
  p { color: #424242; }
  ul { list-style: none; padding: 0; display: grid; gap: .5rem; }
  button { width: 100%; text-align: left; display: grid; gap: .15rem; padding: .75rem 1rem; font: inherit;
    background: #fff; border: 1px solid #d1d1d1; border-radius: 6px; cursor: pointer; }
  button:hover { background: #f5f5f5; }
  button:focus-visible { outline: 2px solid #5b5fc7; outline-offset: 2px; }
  span { color: #616161; } em { color: #5b5fc7; font-style: normal; font-size: .875rem; }
  @media (prefers-color-scheme: dark) {
    body { background: #1f1f1f; color: #fff; } p, span { color: #d6d6d6; }
    button { background: #292929; color: #fff; border-color: #666; } button:hover { background: #333; }
    em { color: #a6a7dc; }
  }
</style>
</head>
<body>
<main>
<h1>Dev sign-in / Connexion de développement</h1>
<p>Local run only: choose who you are. The token you get is validated like an Entra ID token.<br>
Exécution locale uniquement : choisissez qui vous êtes.</p>
<ul>
${rows}
</ul>
</main>
</body>
</html>`;
}
