import express from 'express';
import type { Router } from 'express';
import { toLocale } from '@contract/locale';
import { tabDeepLink } from '../chat/tab-deep-link';
import { recordAudit } from '../compliance/record-audit';
import type { PersonDoc } from '../domain/documents';
import { LinkedInError } from '../external/linkedin-client';
import type { LinkedIn } from '../linkedin/linkedin-connections';
import { LINKEDIN_CALLBACK_PATH, completeConnection, personOfState } from '../linkedin/linkedin-connections';
import type { Logger } from '../logger';
import type { Repositories } from '../store/repositories';
import { linkedInCallbackPage } from './linkedin-callback-page';
import type { LinkedInCallbackOutcome } from './linkedin-callback-page';

const STATE_OR_CODE = /^[\w.~-]{1,1000}$/;

/**
 * `GET /auth/linkedin/callback?code=&state=`: where LinkedIn sends the person back. A browser redirect carries no
 * bearer token, so the single-use state says who they are; the page they land on says how it went, in their
 * language. A refusal (`?error=`) or anything unexpected stores nothing.
 */
export function createLinkedInCallbackRouter(
  linkedIn: LinkedIn,
  repositories: Repositories,
  where: { publicUrl: string; teamsAppId?: string },
  logger: Logger,
): Router {
  const router = express.Router();
  router.get(LINKEDIN_CALLBACK_PATH, async (req, res) => {
    const text = (name: string) => {
      const value = req.query[name];
      return typeof value === 'string' && STATE_OR_CODE.test(value) ? value : undefined;
    };
    const state = text('state');
    const code = text('code');
    const now = new Date();
    let person: PersonDoc | undefined;
    let outcome: LinkedInCallbackOutcome;
    try {
      person = state ? await personOfState(repositories, state, now) : undefined;
      outcome = await complete(person, req.query['error'] === undefined ? code : undefined);
    } catch (error) {
      // Never the token or the code: the error says which step failed, and LinkedIn's status.
      logger.warn(
        { failure: error instanceof LinkedInError ? error.message : String(error) },
        'LinkedIn not connected',
      );
      outcome = 'failed';
    }
    res
      .status(outcome === 'stale' ? 400 : outcome === 'failed' ? 502 : 200)
      .set({ 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' })
      .type('html')
      .send(
        linkedInCallbackPage(
          outcome,
          person?.locale ?? toLocale(req.headers['accept-language']),
          tabDeepLink('my-data', where),
        ),
      );
  });

  async function complete(
    person: PersonDoc | undefined,
    code: string | undefined,
  ): Promise<LinkedInCallbackOutcome> {
    if (!person) return 'stale';
    if (!code) return 'declined';
    await completeConnection(linkedIn, repositories, person, code, new Date());
    await recordAudit(
      repositories,
      { tenantId: person.tenantId, objectId: person.id, name: person.displayName, username: '', roles: [] },
      'person.linkedin-connected',
      { type: 'person', id: person.id },
    );
    return 'connected';
  }
  return router;
}
