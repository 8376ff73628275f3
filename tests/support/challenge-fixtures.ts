import type { ActivityEventDoc } from '../../bot/src/domain/documents';
import { DEMO_TENANT_ID } from '../../bot/src/demo/demo-data';
import { inDays } from './studio-fixtures';

/** A challenge input for the demo organisation: the pilot group shares 3 items, from an hour ago for 2 weeks. */
export function challengeInput(overrides: Record<string, unknown> = {}) {
  return {
    name: { fr: 'Défi de la semaine', en: 'Challenge of the week' },
    description: { fr: 'Partagez trois contenus.', en: 'Share three items.' },
    startsAt: inDays(-1 / 24),
    endsAt: inDays(14),
    audience: { groupIds: ['group-pilot'], brandIds: [], languages: [] },
    goal: { kind: 'shares', target: 3 },
    ...overrides,
  };
}

let sequence = 0;

/** An activity event as the activity log holds it, with a fresh id. */
export function activityEvent(
  type: ActivityEventDoc['type'],
  personId: string,
  extra: Partial<ActivityEventDoc> = {},
): ActivityEventDoc {
  return {
    id: `test-event-${Date.now()}-${++sequence}`,
    tenantId: DEMO_TENANT_ID,
    type,
    at: new Date().toISOString(),
    personId,
    groupIds: ['group-pilot'],
    brandId: 'brand-mobility',
    ...extra,
  };
}
