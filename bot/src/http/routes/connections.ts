import { connectLinkedInSchema, connectionsSchema } from '@contract/connections';
import type { ConnectLinkedIn, Connections } from '@contract/connections';
import { recordAudit } from '../../compliance/record-audit';
import { connectionView, startConnection } from '../../linkedin/linkedin-connections';
import type { LinkedIn } from '../../linkedin/linkedin-connections';
import { ApiError } from '../api-error';
import { Reply, handler, noContent } from '../api-route';
import type { ApiServices } from '../api-route';

/** The networks the person connected the service to post in their name (LinkedIn), and how each stands. */
export const getConnections = handler({
  answer: connectionsSchema,
  async handle({ services, currentPerson }): Promise<Connections> {
    const person = await currentPerson();
    const connection = services.linkedIn
      ? await services.repositories.connections.linkedInOf(person.tenantId, person.id)
      : undefined;
    return { linkedin: connectionView(services.linkedIn, connection, new Date()) };
  },
});

/** Starts connecting LinkedIn: the tab opens the answer's address, LinkedIn comes back to the callback. */
export const connectLinkedIn = handler({
  answer: connectLinkedInSchema,
  async handle({ services, currentPerson }): Promise<ConnectLinkedIn> {
    const linkedIn = requireLinkedIn(services);
    const person = await currentPerson();
    return { authorizeUrl: await startConnection(linkedIn, services.repositories, person, new Date()) };
  },
});

/** Disconnects LinkedIn: the token is deleted at once (revoking the app on LinkedIn's side is the person's). */
export const disconnectLinkedIn = handler({
  answer: noContent,
  async handle({ principal, services, currentPerson }) {
    const person = await currentPerson();
    const connection = await services.repositories.connections.linkedInOf(person.tenantId, person.id);
    if (connection) {
      await services.repositories.connections.deleteLinkedIn(person.tenantId, person.id);
      await recordAudit(services.repositories, principal, 'person.linkedin-disconnected', {
        type: 'person',
        id: person.id,
      });
    }
    return new Reply(undefined, { status: 204 });
  },
});

/** LinkedIn as configured; a 409 naming what is missing when the organisation has not registered its app. */
export function requireLinkedIn(services: ApiServices): LinkedIn {
  if (!services.linkedIn) {
    throw new ApiError(
      409,
      'linkedin.notConfigured',
      'Posting to LinkedIn is not set up: the administrator registers a LinkedIn app (LINKEDIN_CLIENT_ID, LINKEDIN_CLIENT_SECRET).',
    );
  }
  return services.linkedIn;
}
