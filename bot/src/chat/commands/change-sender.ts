import type { PersonDoc } from '../../domain/documents';
import type { AmbassadorTurn } from './chat-command';

/** Applies a change to the sender's profile (guarded by its ETag) and returns what was saved. */
export async function changeSender(
  { person, deps }: AmbassadorTurn,
  change: (current: PersonDoc) => PersonDoc,
): Promise<PersonDoc> {
  return (await deps.repositories.people.update(person.tenantId, person.id, change)) ?? person;
}
