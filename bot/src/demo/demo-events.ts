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
 * The LinkedIn coaching programme: four half-day sessions for groups of four to eight, a fortnight apart, the first
 * in person (people who have met write more freely to each other afterwards), the others online.
 */
const coachingSessions: {
  slug: string;
  title: ProgrammeEventDoc['title'];
  description: ProgrammeEventDoc['description'];
}[] = [
  {
    slug: 'profile',
    title: {
      fr: 'Coaching LinkedIn 1/4 : un profil qui vous ressemble',
      en: 'LinkedIn coaching 1/4: a profile that is truly yours',
    },
    description: {
      fr: 'Photo, titre, infos, sélection : nous reprenons ensemble votre profil point par point, à partir de votre auto-diagnostic dans « Mon impact ». Venez avec votre ordinateur.',
      en: 'Photo, headline, about, featured: we go through your profile point by point together, starting from your self-check in My impact. Bring your laptop.',
    },
  },
  {
    slug: 'editorial-line',
    title: {
      fr: 'Coaching LinkedIn 2/4 : votre ligne éditoriale',
      en: 'LinkedIn coaching 2/4: your editorial line',
    },
    description: {
      fr: 'De quoi voulez-vous parler, pour qui, et où vos sujets rejoignent ceux de l’entreprise : chacun repart avec trois thèmes à lui.',
      en: 'What you want to talk about, for whom, and where your subjects meet the company’s: everyone leaves with three themes of their own.',
    },
  },
  {
    slug: 'writing',
    title: {
      fr: 'Coaching LinkedIn 3/4 : écrire ses posts',
      en: 'LinkedIn coaching 3/4: writing your posts',
    },
    description: {
      fr: 'Accroche, point de vue personnel, longueur, visuels : nous écrivons et relisons ensemble un premier post sur un contenu de la bibliothèque.',
      en: 'Opening line, personal angle, length, visuals: we write and review a first post together on an item from the library.',
    },
  },
  {
    slug: 'network',
    title: {
      fr: 'Coaching LinkedIn 4/4 : animer son réseau',
      en: 'LinkedIn coaching 4/4: growing your network',
    },
    description: {
      fr: 'Commenter, remercier, inviter : entretenir la relation de confiance avec sa communauté, et le rythme que chacun peut tenir dans la durée.',
      en: 'Commenting, thanking, inviting: keeping the trust of your community, at a pace you can keep up over time.',
    },
  },
];

/** The coaching sessions, published, open to every ambassador, mornings a fortnight apart from next week. */
function coachingEvents(now: Date): ProgrammeEventDoc[] {
  return coachingSessions.map((session, index) => {
    const day = 7 + index * 14;
    return {
      id: `event-linkedin-coaching-${index + 1}-${session.slug}`,
      tenantId: DEMO_TENANT_ID,
      title: session.title,
      description: session.description,
      // 9:00 to 12:30 in Paris (UTC+1 in winter): a half day.
      startsAt: dayAt(now, day, 8),
      endsAt: new Date(Date.parse(dayAt(now, day, 11)) + HOUR_MS / 2).toISOString(),
      ...(index === 0
        ? { place: 'Siège, salle Lumière' }
        : { onlineUrl: 'https://teams.microsoft.com/l/meetup-join/aurore-linkedin-coaching' }),
      capacity: 8,
      audience: { groupIds: [], brandIds: [], languages: [] },
      registrationClosesAt: dayAt(now, day - 2, 16),
      status: 'published',
      registered: [],
      waitlist: [],
      createdBy: DEMO_MANAGER_ID,
      createdAt: new Date(now.getTime() - DAY_MS).toISOString(),
      publishedAt: new Date(now.getTime() - DAY_MS).toISOString(),
    };
  });
}

/**
 * One published exclusive event in three weeks, open to every ambassador, with three of them registered
 * already (not the demo ambassador, who can register from the tab), and the coaching sessions. Pure function of
 * `now`, like the rest.
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
    ...coachingEvents(now),
  ];
}
