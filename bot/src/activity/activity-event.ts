import { randomUUID } from 'node:crypto';
import type { ActivityEventDoc, ActivityType, PersonDoc } from '../domain/documents';

export type ActivityDetails = Pick<
  ActivityEventDoc,
  'campaignId' | 'itemId' | 'network' | 'audienceSize' | 'subjectId'
>;

/**
 * An activity event as the person stands when it happens: their groups and brand go with it, so counters are
 * kept per group and brand as they were then, not as they are when someone reads them.
 */
export function activityEvent(
  person: Pick<PersonDoc, 'id' | 'tenantId' | 'groupIds' | 'brandId'>,
  type: ActivityType,
  at: Date,
  details: ActivityDetails = {},
): ActivityEventDoc {
  return {
    id: randomUUID(),
    tenantId: person.tenantId,
    type,
    at: at.toISOString(),
    personId: person.id,
    groupIds: person.groupIds,
    ...(person.brandId ? { brandId: person.brandId } : {}),
    ...details,
  };
}
