import type { PersonDoc, ProgrammeEventDoc } from '../domain/documents';
import { DEMO_AMBASSADOR_ID, DEMO_MANAGER_ID, DEMO_TENANT_ID } from './demo-data';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Midnight UTC of the day `days` after `now`, plus `hours`: whole hours read well in the demo. */
function dayAt(now: Date, days: number, hours: number): string {
  const midnight = Math.floor(now.getTime() / DAY_MS) * DAY_MS;
  return new Date(midnight + days * DAY_MS + hours * HOUR_MS).toISOString();
}

/**
 * One published exclusive event in three weeks, open to every ambassador, with three of them registered
 * already (not the demo ambassador, who can register from the tab). Pure function of `now`, like the rest.
 */
export function buildDemoEvents(now: Date, people: readonly PersonDoc[]): ProgrammeEventDoc[] {
  const registrants = people
    .filter((person) => person.enrolment.status === 'ambassador' && person.id !== DEMO_AMBASSADOR_ID)
    .slice(0, 3);
  return [
    {
      id: 'event-douai-plant-visit',
      tenantId: DEMO_TENANT_ID,
      title: {
        fr: 'Visite en avant-première de la nouvelle ligne d’assemblage de Douai',
        en: 'Preview tour of the new Douai assembly line',
      },
      description: {
        fr: 'Une visite réservée aux ambassadeurs avant l’inauguration officielle : rencontre avec l’équipe projet, photos autorisées pour vos réseaux.',
        en: 'An ambassadors-only tour before the official opening: meet the project team; photos for your networks are welcome.',
      },
      startsAt: dayAt(now, 21, 8),
      endsAt: dayAt(now, 21, 11),
      place: 'Usine de Douai, hall B',
      capacity: 12,
      audience: { groupIds: [], brandIds: [], languages: [] },
      registrationClosesAt: dayAt(now, 18, 16),
      status: 'published',
      registered: registrants.map((person, index) => ({
        personId: person.id,
        at: new Date(now.getTime() - (3 - index) * HOUR_MS).toISOString(),
      })),
      waitlist: [],
      createdBy: DEMO_MANAGER_ID,
      createdAt: new Date(now.getTime() - 2 * DAY_MS).toISOString(),
      publishedAt: new Date(now.getTime() - 2 * DAY_MS).toISOString(),
    },
  ];
}
