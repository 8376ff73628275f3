import { randomUUID } from 'node:crypto';
import type { ActionNotices } from '../../domain/action-notices';
import type { PersonDoc } from '../../domain/documents';
import { shareIdOf } from '../../domain/share-id';
import type { Repositories } from '../../store/repositories';
import { forgetPoints } from '../../challenges/forget-points';
import { forgetInEvents } from '../../events/event-erasure';
import { unmarkedAsLeader } from '../../domain/leaders';
import { syncLeaderCredits } from '../../leaders/leader-credits';

/**
 * Re-attributes a person's shares, tracked links, proposals, poll votes, points and charter acceptances to a fresh
 * pseudonym, so the programme's totals stay right while nothing points back to the person. Links keep redirecting;
 * the person leaves every leaderboard, frees their seats at events to come and is no longer credited as a
 * leader. Their LinkedIn connection and scheduled posts are deleted.
 */
export async function pseudonymiseActivity(
  repositories: Repositories,
  person: PersonDoc,
  notices: ActionNotices | undefined,
): Promise<void> {
  const pseudonym = `former-${randomUUID()}`;
  // Nothing may post in their name any more: their LinkedIn token goes first, and their scheduled posts.
  await repositories.connections.deleteLinkedIn(person.tenantId, person.id);
  await repositories.scheduledPosts.deleteOfPerson(person.tenantId, person.id);
  // The library stops crediting them as a leader while their shares still name them.
  await syncLeaderCredits(repositories, unmarkedAsLeader(person, new Date()));
  // A share's id names its person (`shareIdOf`): the pseudonym's share takes a new one, then the link follows.
  for (const share of await repositories.shares.ofPerson(person.tenantId, person.id)) {
    const renamed = { ...share, id: shareIdOf(pseudonym, share.itemId, share.network), personId: pseudonym };
    await repositories.shares.upsert(renamed);
    await repositories.links.reattribute(share.code, pseudonym, renamed.id);
    await repositories.shares.delete(person.tenantId, share.id);
  }
  // Their proposals stay in the library, no longer credited to anyone.
  for (const proposal of await repositories.content.proposalsOf(person.tenantId, person.id)) {
    await repositories.content.update(person.tenantId, proposal.id, (current) => ({
      ...current,
      authorId: pseudonym,
      proposedBy: undefined,
      history: current.history?.map((event) =>
        event.by.id === person.id ? { ...event, by: { id: pseudonym, displayName: '' } } : event,
      ),
    }));
  }
  await forgetInEvents(repositories, person.tenantId, person.id, pseudonym, new Date(), notices);
  // Their activity stays in the counters and curves, credited to the pseudonym.
  await repositories.activity.pseudonymise(person.tenantId, person.id, pseudonym);
  await repositories.insights.pseudonymise(person.tenantId, person.id, pseudonym);
  await forgetPoints(repositories, person.tenantId, person.id, pseudonym);
  await repositories.votes.pseudonymise(person.tenantId, person.id, pseudonym);
  for (const acceptance of await repositories.acceptances.ofPerson(person.tenantId, person.id)) {
    await repositories.acceptances.update(person.tenantId, acceptance.id, (current) => ({
      ...current,
      personId: pseudonym,
      displayName: '',
    }));
  }
}
