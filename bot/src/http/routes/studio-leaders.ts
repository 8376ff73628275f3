import { leaderInputSchema, personSummarySchema } from '@contract/people';
import type { PersonSummary } from '@contract/people';
import type { PersonDoc } from '../../domain/documents';
import { markedAsLeader, unmarkedAsLeader } from '../../domain/leaders';
import { recordAudit } from '../../compliance/record-audit';
import { syncLeaderCredits } from '../../leaders/leader-credits';
import type { Principal } from '../../identity/principal';
import type { Repositories } from '../../store/repositories';
import { ApiError } from '../api-error';
import { handler, idParams } from '../api-route';
import { toPersonSummary } from './studio-people';

/** An administrator marks a programme leader, or changes their title; the items they shared follow at once. */
export const markLeader = handler({
  answer: personSummarySchema,
  params: idParams('personId'),
  body: leaderInputSchema,
  async handle({ principal, services, params, body }): Promise<PersonSummary> {
    return changeLeader(services.repositories, principal, params.personId, (person, now) =>
      markedAsLeader(person, body.title, now),
    );
  },
});

/** The person is no longer a leader: the library stops crediting their shares to one. */
export const unmarkLeader = handler({
  answer: personSummarySchema,
  params: idParams('personId'),
  async handle({ principal, services, params }): Promise<PersonSummary> {
    return changeLeader(services.repositories, principal, params.personId, unmarkedAsLeader);
  },
});

async function changeLeader(
  repositories: Repositories,
  principal: Principal,
  personId: string,
  change: (person: PersonDoc, now: Date) => PersonDoc,
): Promise<PersonSummary> {
  let before: PersonDoc['leader'];
  const updated = await repositories.people.update(principal.tenantId, personId, (current) => {
    before = current.leader;
    return change(current, new Date());
  });
  if (!updated) throw ApiError.notFound('person.notFound', 'This person is not in the directory.');
  if (before?.title !== updated.leader?.title) {
    await syncLeaderCredits(repositories, updated);
    await recordAudit(
      repositories,
      principal,
      updated.leader ? 'person.leader-marked' : 'person.leader-unmarked',
      { type: 'person', id: updated.id },
      { before: { leader: before?.title ?? null }, after: { leader: updated.leader?.title ?? null } },
    );
  }
  return toPersonSummary(updated);
}
