import { profileCoachingInputSchema, profileCoachingSchema } from '@contract/profile-coaching';
import type { ProfileCoaching } from '@contract/profile-coaching';
import { profileCoachingOf, withProfilePointsDone } from '../../domain/profile-coaching';
import { ApiError } from '../api-error';
import { handler } from '../api-route';

/** The signed-in person's own profile self-check; nobody else's, whatever their roles. */
export const getProfileCoaching = handler({
  answer: profileCoachingSchema,
  async handle({ currentPerson }): Promise<ProfileCoaching> {
    return profileCoachingOf(await currentPerson());
  },
});

/**
 * The points the person now ticks. Deliberately not audited: the audit log is read by reviewers and
 * administrators, and this progress belongs to the person alone.
 */
export const updateProfileCoaching = handler({
  answer: profileCoachingSchema,
  body: profileCoachingInputSchema,
  async handle({ principal, services, body, currentPerson }): Promise<ProfileCoaching> {
    await currentPerson();
    const updated = await services.repositories.people.update(
      principal.tenantId,
      principal.objectId,
      (person) => withProfilePointsDone(person, body.done, new Date()),
    );
    // Only an erasure racing this request can remove the profile just found or created.
    if (!updated) throw ApiError.notFound('person.notFound', 'Your profile no longer exists.');
    return profileCoachingOf(updated);
  },
});
