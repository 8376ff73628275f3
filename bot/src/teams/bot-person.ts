import type { Activity } from 'botbuilder';
import type { PersonDoc } from '../domain/documents';
import type { Repositories } from '../store/repositories';

/** The tenant an activity comes from: Teams puts it on the conversation, and in `channelData.tenant`. */
export function tenantIdOf(activity: Partial<Activity>): string | undefined {
  const channelData = activity.channelData as { tenant?: { id?: unknown } } | undefined;
  const fromChannelData = typeof channelData?.tenant?.id === 'string' ? channelData.tenant.id : undefined;
  return activity.conversation?.tenantId ?? fromChannelData;
}

/** The person who sent the activity, by Entra object id within their tenant; undefined if the programme does not know them. */
export async function findSender(
  people: Repositories['people'],
  activity: Partial<Activity>,
): Promise<PersonDoc | undefined> {
  const tenantId = tenantIdOf(activity);
  const objectId = activity.from?.aadObjectId;
  if (!tenantId || !objectId) return undefined;
  return people.get(tenantId, objectId);
}
