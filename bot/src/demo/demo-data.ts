import type { AppRole } from '@contract/roles';
import type { Locale } from '@contract/locale';
import { locales } from '@contract/locale';
import { networks } from '../domain/documents';
import type {
  CampaignDoc,
  CharterVersionDoc,
  ContentItemDoc,
  GroupDoc,
  Localized,
  Network,
  OrganisationDoc,
  PersonDoc,
  SuggestedText,
} from '../domain/documents';

/**
 * The demo organisation "Groupe Aurore", a fictitious French industrial group, as one pure function of `now`:
 * no I/O, no randomness, every date derived from `now`, so the same instant always gives the same data.
 */

export const DEMO_TENANT_ID = '8f3c6a52-1d4e-4b7a-9c21-5e0d7f9a3b64';

export interface DemoData {
  organisation: OrganisationDoc;
  groups: GroupDoc[];
  people: PersonDoc[];
  charters: CharterVersionDoc[];
  campaigns: CampaignDoc[];
  content: ContentItemDoc[];
  /** Person id → the Entra ID app roles they hold in the demo (simulates Entra ID app-role assignment). */
  roleAssignments: Record<string, AppRole[]>;
}

/** A deterministic GUID-shaped Entra object id: person 1 is `00000000-0000-4000-8000-000000000001`. */
export function demoPersonId(personNumber: number): string {
  return `00000000-0000-4000-8000-${String(personNumber).padStart(12, '0')}`;
}

export const DEMO_MANAGER_ID = demoPersonId(1);
export const DEMO_REVIEWER_ID = demoPersonId(2);
export const DEMO_ADMIN_ID = demoPersonId(3);
export const DEMO_AMBASSADOR_ID = demoPersonId(4);
export const DEMO_EMPLOYEE_ID = demoPersonId(5);

const DEMO_DOMAIN = 'aurore-demo.example';
const DEMO_SITE = `https://www.${DEMO_DOMAIN}`;
const DAY_MS = 86_400_000;

/** `now` shifted by a (possibly fractional, possibly negative) number of days, as an ISO string. */
function shiftDays(now: Date, days: number): string {
  return new Date(now.getTime() + Math.round(days * DAY_MS)).toISOString();
}

// ---------------------------------------------------------------------------------------------------------
// Organisation, brands, groups
// ---------------------------------------------------------------------------------------------------------

const MOBILITY = 'brand-mobility';
const ENERGY = 'brand-energy';
type BrandId = typeof MOBILITY | typeof ENERGY;

const brands: { id: BrandId; name: string }[] = [
  { id: MOBILITY, name: 'Aurore Mobilité' },
  { id: ENERGY, name: 'Aurore Énergie' },
];

const PILOT = 'group-pilot';
const DOUAI = 'group-douai-plant';
const DIGITAL = 'group-digital';
type GroupId = typeof PILOT | typeof DOUAI | typeof DIGITAL;

const groupSeeds: Pick<GroupDoc, 'id' | 'name' | 'kind'>[] = [
  { id: PILOT, kind: 'pilot', name: { fr: 'Groupe pilote', en: 'Pilot group' } },
  { id: DOUAI, kind: 'site', name: { fr: 'Usine de Douai', en: 'Douai plant' } },
  { id: DIGITAL, kind: 'team', name: { fr: 'Direction du numérique', en: 'Digital department' } },
];

// ---------------------------------------------------------------------------------------------------------
// People: the first five are the named demo identities (manager, reviewer, admin, ambassador, employee).
// ---------------------------------------------------------------------------------------------------------

interface PersonSeed {
  givenName: string;
  familyName: string;
  jobTitle: string;
  locale: Locale;
  /** Europe/Paris unless given. */
  timeZone?: string;
  brandId: BrandId;
  groupIds: GroupId[];
  role?: AppRole;
  ambassador?: {
    sinceDaysAgo: number;
    /** Declared audience size per network. */
    audience: Partial<Record<Network, number>>;
    languages: Locale[];
  };
  /** Marked as a programme leader, with this title: the library credits the items they shared. */
  leaderTitle?: string;
}

const personSeeds: PersonSeed[] = [
  {
    givenName: 'Claire',
    familyName: 'Dumont',
    jobTitle: 'Responsable communication interne',
    locale: 'fr',
    brandId: MOBILITY,
    groupIds: [PILOT],
    role: 'Programme.Manager',
  },
  {
    givenName: 'Marc',
    familyName: 'Lefebvre',
    jobTitle: 'Responsable conformité',
    locale: 'fr',
    brandId: MOBILITY,
    groupIds: [PILOT],
    role: 'Programme.Reviewer',
  },
  {
    givenName: 'Nadia',
    familyName: 'Benali',
    jobTitle: 'Administratrice Microsoft 365',
    locale: 'fr',
    brandId: ENERGY,
    groupIds: [DIGITAL],
    role: 'Programme.Admin',
  },
  {
    givenName: 'Julien',
    familyName: 'Moreau',
    jobTitle: 'Technicien de maintenance robotique',
    locale: 'fr',
    brandId: MOBILITY,
    groupIds: [PILOT, DOUAI],
    ambassador: { sinceDaysAgo: 120, audience: { linkedin: 620 }, languages: ['fr'] },
  },
  {
    givenName: 'Sophie',
    familyName: 'Martin',
    jobTitle: 'Assistante ressources humaines',
    locale: 'fr',
    brandId: MOBILITY,
    groupIds: [DOUAI],
  },
  {
    givenName: 'Thomas',
    familyName: 'Girard',
    jobTitle: 'Chef d’équipe ferrage',
    locale: 'fr',
    brandId: MOBILITY,
    groupIds: [PILOT, DOUAI],
    ambassador: { sinceDaysAgo: 310, audience: { linkedin: 410, facebook: 280 }, languages: ['fr'] },
  },
  {
    givenName: 'Emily',
    familyName: 'Carter',
    jobTitle: 'Product Marketing Manager',
    locale: 'en',
    timeZone: 'Europe/London',
    brandId: ENERGY,
    groupIds: [PILOT, DIGITAL],
    ambassador: { sinceDaysAgo: 95, audience: { linkedin: 2300, x: 900 }, languages: ['en', 'fr'] },
  },
  {
    givenName: 'Karim',
    familyName: 'Haddad',
    jobTitle: 'Ingénieur process',
    locale: 'fr',
    brandId: MOBILITY,
    groupIds: [PILOT, DOUAI],
    ambassador: { sinceDaysAgo: 240, audience: { linkedin: 1150 }, languages: ['fr', 'en'] },
  },
  {
    givenName: 'Élodie',
    familyName: 'Rousseau',
    jobTitle: 'Chargée de recrutement',
    locale: 'fr',
    brandId: MOBILITY,
    groupIds: [PILOT, DOUAI],
    ambassador: { sinceDaysAgo: 365, audience: { linkedin: 3800, instagram: 1200 }, languages: ['fr'] },
  },
  {
    givenName: 'Wei',
    familyName: 'Zhang',
    jobTitle: 'Data Engineer',
    locale: 'en',
    timeZone: 'Asia/Singapore',
    brandId: ENERGY,
    groupIds: [DIGITAL],
  },
  {
    givenName: 'Camille',
    familyName: 'Petit',
    jobTitle: 'Développeuse front-end',
    locale: 'fr',
    brandId: ENERGY,
    groupIds: [PILOT, DIGITAL],
    ambassador: {
      sinceDaysAgo: 60,
      audience: { linkedin: 540, x: 300, instagram: 850 },
      languages: ['fr', 'en'],
    },
  },
  {
    givenName: 'Antoine',
    familyName: 'Lambert',
    jobTitle: 'Directeur du site de Douai',
    locale: 'fr',
    brandId: MOBILITY,
    groupIds: [DOUAI],
    ambassador: { sinceDaysAgo: 200, audience: { linkedin: 4000, x: 1500 }, languages: ['fr', 'en'] },
    leaderTitle: 'Directeur du site de Douai',
  },
  {
    givenName: 'Fatou',
    familyName: 'Diallo',
    jobTitle: 'Opératrice de production',
    locale: 'fr',
    brandId: MOBILITY,
    groupIds: [DOUAI],
  },
  {
    givenName: 'Lucas',
    familyName: 'Bernard',
    jobTitle: 'Technicien qualité',
    locale: 'fr',
    brandId: MOBILITY,
    groupIds: [DOUAI],
  },
  {
    givenName: 'Priya',
    familyName: 'Raman',
    jobTitle: 'UX Designer',
    locale: 'en',
    brandId: ENERGY,
    groupIds: [PILOT, DIGITAL],
    ambassador: { sinceDaysAgo: 45, audience: { linkedin: 1700, instagram: 2100 }, languages: ['en'] },
  },
  {
    givenName: 'Hugo',
    familyName: 'Fontaine',
    jobTitle: 'Responsable logistique',
    locale: 'fr',
    brandId: MOBILITY,
    groupIds: [DOUAI],
  },
  {
    givenName: 'Manon',
    familyName: 'Garnier',
    jobTitle: 'Chargée de communication',
    locale: 'fr',
    brandId: ENERGY,
    groupIds: [PILOT, DIGITAL],
    ambassador: {
      sinceDaysAgo: 390,
      audience: { linkedin: 1900, x: 650, facebook: 400, instagram: 1500 },
      languages: ['fr', 'en'],
    },
  },
  {
    givenName: 'Jean-Baptiste',
    familyName: 'Leroy',
    jobTitle: 'Conducteur de ligne',
    locale: 'fr',
    brandId: MOBILITY,
    groupIds: [DOUAI],
  },
  {
    givenName: 'Sarah',
    familyName: 'Cohen',
    jobTitle: 'Juriste en droit social',
    locale: 'fr',
    brandId: MOBILITY,
    groupIds: [PILOT],
  },
  {
    givenName: 'David',
    familyName: 'Nguyen',
    jobTitle: 'Chef de projet énergie solaire',
    locale: 'fr',
    brandId: ENERGY,
    groupIds: [PILOT],
    ambassador: { sinceDaysAgo: 150, audience: { linkedin: 880 }, languages: ['fr', 'en'] },
  },
  {
    givenName: 'Olivia',
    familyName: 'Brown',
    jobTitle: 'Key Account Manager',
    locale: 'en',
    timeZone: 'America/Montreal',
    brandId: ENERGY,
    groupIds: [PILOT],
    ambassador: { sinceDaysAgo: 75, audience: { linkedin: 2600 }, languages: ['en', 'fr'] },
  },
  {
    givenName: 'Mehdi',
    familyName: 'Bouzid',
    jobTitle: 'Électromécanicien',
    locale: 'fr',
    brandId: MOBILITY,
    groupIds: [DOUAI],
  },
  {
    givenName: 'Ravi',
    familyName: 'Patel',
    jobTitle: 'Financial Controller',
    locale: 'en',
    timeZone: 'Europe/London',
    brandId: ENERGY,
    groupIds: [PILOT],
  },
  {
    givenName: 'Nicolas',
    familyName: 'Chevalier',
    jobTitle: 'Architecte cloud',
    locale: 'fr',
    brandId: ENERGY,
    groupIds: [DIGITAL],
  },
  {
    givenName: 'Aïcha',
    familyName: 'Traoré',
    jobTitle: 'Ingénieure méthodes',
    locale: 'fr',
    brandId: MOBILITY,
    groupIds: [PILOT, DOUAI],
    ambassador: { sinceDaysAgo: 30, audience: { linkedin: 730 }, languages: ['fr'] },
  },
  {
    givenName: 'Pierre',
    familyName: 'Blanc',
    jobTitle: 'Responsable sécurité du site',
    locale: 'fr',
    brandId: MOBILITY,
    groupIds: [DOUAI],
  },
  {
    givenName: 'Laura',
    familyName: 'Schmidt',
    jobTitle: 'Supply Chain Analyst',
    locale: 'en',
    timeZone: 'Europe/Berlin',
    brandId: MOBILITY,
    groupIds: [DIGITAL],
  },
  {
    givenName: 'Mathieu',
    familyName: 'Robin',
    jobTitle: 'Formateur alternance',
    locale: 'fr',
    brandId: MOBILITY,
    groupIds: [PILOT, DOUAI],
    ambassador: { sinceDaysAgo: 270, audience: { linkedin: 350, facebook: 600 }, languages: ['fr'] },
  },
  {
    givenName: 'Chloé',
    familyName: 'Masson',
    jobTitle: 'Data scientist',
    locale: 'fr',
    brandId: ENERGY,
    groupIds: [DIGITAL],
  },
  {
    givenName: 'Yann',
    familyName: 'Le Gall',
    jobTitle: 'Technicien de maintenance',
    locale: 'fr',
    brandId: MOBILITY,
    groupIds: [DOUAI],
  },
  {
    givenName: 'James',
    familyName: 'O’Connor',
    jobTitle: 'Head of Partnerships',
    locale: 'en',
    timeZone: 'Europe/Dublin',
    brandId: ENERGY,
    groupIds: [PILOT],
  },
  {
    givenName: 'Inès',
    familyName: 'Mercier',
    jobTitle: 'Cheffe de produit Recharge Soleil',
    locale: 'fr',
    brandId: ENERGY,
    groupIds: [PILOT, DIGITAL],
    ambassador: { sinceDaysAgo: 20, audience: { linkedin: 2100, x: 480 }, languages: ['fr', 'en'] },
  },
  {
    givenName: 'Romain',
    familyName: 'Faure',
    jobTitle: 'Opérateur logistique',
    locale: 'fr',
    brandId: MOBILITY,
    groupIds: [DOUAI],
  },
  {
    givenName: 'Mei Lin',
    familyName: 'Tan',
    jobTitle: 'Regional Sales Manager',
    locale: 'en',
    timeZone: 'Asia/Singapore',
    brandId: ENERGY,
    groupIds: [PILOT],
    ambassador: { sinceDaysAgo: 180, audience: { linkedin: 1350 }, languages: ['en'] },
  },
  {
    givenName: 'Kevin',
    familyName: 'Roux',
    jobTitle: 'Technicien peinture',
    locale: 'fr',
    brandId: MOBILITY,
    groupIds: [DOUAI],
  },
  {
    givenName: 'Anne-Sophie',
    familyName: 'Vidal',
    jobTitle: 'Directrice des ressources humaines',
    locale: 'fr',
    brandId: MOBILITY,
    groupIds: [PILOT],
  },
  {
    givenName: 'Daniel',
    familyName: 'Okafor',
    jobTitle: 'Software Engineer',
    locale: 'en',
    brandId: ENERGY,
    groupIds: [DIGITAL],
  },
  {
    givenName: 'Léa',
    familyName: 'Dubois',
    jobTitle: 'Chargée de projet RSE',
    locale: 'fr',
    brandId: ENERGY,
    groupIds: [PILOT],
  },
  {
    givenName: 'Maxime',
    familyName: 'Perrin',
    jobTitle: 'Responsable de production',
    locale: 'fr',
    brandId: MOBILITY,
    groupIds: [DOUAI],
  },
  {
    givenName: 'Hannah',
    familyName: 'Müller',
    jobTitle: 'Energy Market Analyst',
    locale: 'en',
    timeZone: 'Europe/Berlin',
    brandId: ENERGY,
    groupIds: [DIGITAL],
  },
];

/** "Aïcha", "Le Gall", "O’Connor" → "aicha", "le-gall", "oconnor". */
function emailPart(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/\s+/g, '-');
}

// ---------------------------------------------------------------------------------------------------------
// Social media charter v1.0
// ---------------------------------------------------------------------------------------------------------

const CHARTER_VERSION = '1.0';

const charterTitle: Localized = {
  fr: 'Charte des ambassadeurs du Groupe Aurore',
  en: 'Groupe Aurore ambassador charter',
};

const charterBody: Localized = {
  fr: `Cette charte protège autant les ambassadeurs que le groupe. Elle tient en dix règles ; en cas de doute, l’équipe communication est là pour vous aider.

1. **Votre participation est volontaire.** Personne ne peut vous obliger à partager un contenu, ni vous reprocher de ne pas le faire. Votre évaluation professionnelle n’en dépend en aucun cas.
2. **Parlez en votre nom.** Vous vous exprimez à titre personnel, avec vos mots. Adaptez les textes proposés : un message personnel vaut mieux qu’un copier-coller.
3. **Signalez votre lien avec le groupe.** Ajoutez la mention #collaborateur (ou #employee en anglais) lorsque vous partagez un contenu du Groupe Aurore.
4. **Aucune information confidentielle.** Projets non annoncés, données clients, photos d’ateliers ou de documents internes : ne partagez que ce qui est déjà public.
5. **Pas de déclaration financière.** Le Groupe Aurore est une société cotée : ne commentez ni les résultats, ni les prévisions, ni le cours de bourse, ni les opérations en cours.
6. **Le respect en toutes circonstances.** Pas d’attaque personnelle, pas de dénigrement des concurrents, pas de prise de position politique au nom du groupe.
7. **Protégez la vie privée des autres.** Demandez l’accord de vos collègues avant de les identifier ou de publier leur photo ; ne citez jamais un client sans son accord.
8. **Si une publication dérape, ne répondez pas à chaud.** Critique virulente, crise, erreur de votre part : contactez l’équipe communication (ambassadeurs@${DEMO_DOMAIN}). Nous vous aiderons à répondre ou à retirer le message.
9. **Vous pouvez partir à tout moment.** Quitter le programme se fait en un clic, et les relances s’arrêtent immédiatement.
10. **Vos données vous appartiennent.** L’application conserve les réseaux et tailles d’audience que vous déclarez, les contenus que vous partagez et le nombre de clics sur vos liens suivis. Elle ne lit jamais vos comptes. Vous pouvez consulter, exporter et faire effacer ces données depuis la page « Mes données ».`,
  en: `This charter protects ambassadors as much as it protects the group. It comes down to ten rules; if in doubt, the communications team is there to help.

1. **Taking part is voluntary.** Nobody can make you share anything, or hold it against you if you don’t. Your performance review never depends on it.
2. **Speak in your own name.** You speak personally, in your own words. Adapt the suggested texts: a personal message beats a copy-paste.
3. **Disclose your link with the group.** Add #employee (or #collaborateur in French) when you share Groupe Aurore content.
4. **No confidential information.** Unannounced projects, customer data, photos of workshops or internal documents: share only what is already public.
5. **No financial statements.** Groupe Aurore is a listed company: do not comment on results, forecasts, the share price or ongoing transactions.
6. **Respect, always.** No personal attacks, no disparaging competitors, no political statements on behalf of the group.
7. **Protect other people’s privacy.** Ask colleagues before tagging them or posting their photo; never mention a customer without their consent.
8. **If a post goes wrong, don’t reply in the heat of the moment.** Harsh criticism, a crisis, a mistake of your own: contact the communications team (ambassadeurs@${DEMO_DOMAIN}). We will help you reply or take the post down.
9. **You can leave at any time.** Leaving the programme takes one click, and reminders stop immediately.
10. **Your data is yours.** The app keeps the networks and audience sizes you declare, the content you share and the number of clicks on your tracked links. It never reads your accounts. You can view, export and erase this data from the “My data” page.`,
};

// ---------------------------------------------------------------------------------------------------------
// Campaigns
// ---------------------------------------------------------------------------------------------------------

const DOUAI_CAMPAIGN = 'campaign-douai-recrute';
const RECHARGE_CAMPAIGN = 'campaign-recharge-soleil';
type CampaignId = typeof DOUAI_CAMPAIGN | typeof RECHARGE_CAMPAIGN;

function buildCampaigns(now: Date): CampaignDoc[] {
  // Planned by the manager; both are live today because of their dates (see `campaignStatus`).
  const common = { tenantId: DEMO_TENANT_ID, status: 'scheduled', createdBy: DEMO_MANAGER_ID } as const;
  return [
    {
      ...common,
      id: DOUAI_CAMPAIGN,
      slug: 'douai-recrute',
      name: {
        fr: 'Douai recrute : rejoignez l’aventure électrique',
        en: 'Douai is hiring: join the electric journey',
      },
      objective: 'employer-brand',
      brandId: MOBILITY,
      startsAt: shiftDays(now, -10),
      endsAt: shiftDays(now, 20),
      audience: { groupIds: [PILOT, DOUAI], brandIds: [MOBILITY], languages: ['fr', 'en'] },
      targets: { shares: 150, clicks: 2000, participationRate: 0.35 },
      createdAt: shiftDays(now, -24),
    },
    {
      ...common,
      id: RECHARGE_CAMPAIGN,
      slug: 'lancement-recharge-soleil',
      name: { fr: 'Lancement de Recharge Soleil', en: 'Recharge Soleil launch' },
      objective: 'product-launch',
      brandId: ENERGY,
      startsAt: shiftDays(now, -5),
      endsAt: shiftDays(now, 55),
      audience: { groupIds: [PILOT, DIGITAL], brandIds: [MOBILITY, ENERGY], languages: ['fr', 'en'] },
      targets: { shares: 250, clicks: 4000, participationRate: 0.4 },
      createdAt: shiftDays(now, -16),
    },
  ];
}

// ---------------------------------------------------------------------------------------------------------
// Content library: 12 items for the Douai campaign, 8 for the Recharge Soleil launch
// ---------------------------------------------------------------------------------------------------------

/** A network's suggested text in both languages, or several for the ambassadors to choose from. */
type NetworkTexts = Localized | Localized[];
type ItemTexts = { linkedin: NetworkTexts; x: NetworkTexts } & Partial<Record<Network, NetworkTexts>>;

interface ItemSeed {
  campaignId: CampaignId;
  /** Path on the demo website. */
  path: string;
  publishedDaysAgo: number;
  /** Days from publication to expiry; without it the item expires with its campaign. */
  lifetimeDays?: number;
  title: Localized;
  description: Localized;
  hashtags: string[];
  texts: ItemTexts;
}

const itemSeeds: ItemSeed[] = [
  {
    campaignId: DOUAI_CAMPAIGN,
    path: '/carrieres/douai-200-postes',
    publishedDaysAgo: 9.6,
    title: { fr: 'L’usine de Douai ouvre 200 postes', en: 'The Douai plant is hiring 200 people' },
    description: {
      fr: 'Production, maintenance, qualité, logistique : découvrez les métiers qui recrutent sur le site et comment postuler.',
      en: 'Production, maintenance, quality, logistics: discover the roles we are hiring for and how to apply.',
    },
    hashtags: ['AuroreRecrute', 'Douai', 'Industrie'],
    texts: {
      // Three texts: a whole site of colleagues shares this one, and should not all post the same words.
      linkedin: [
        {
          fr: 'Mon usine recrute ! 200 postes sont ouverts à Douai, en production, maintenance, qualité et logistique. J’y travaille depuis six ans et j’y ai appris un métier que je ne connaissais pas en arrivant. Si vous cherchez un emploi stable près de chez vous, ou si vous connaissez quelqu’un qui hésite, le lien est ci-dessous.',
          en: 'My plant is hiring! We have 200 open positions at Douai, in production, maintenance, quality and logistics. I have worked there for six years and learned a trade I knew nothing about when I joined. If you are looking for a steady job in northern France, or know someone who is, the link is below.',
        },
        {
          fr: 'Quand je suis arrivé à Douai, je n’avais jamais touché une ligne de production. Aujourd’hui je forme les nouveaux. L’usine ouvre 200 postes, avec ou sans expérience : on vous apprend le métier, comme on me l’a appris. Faites passer le message à ceux qui cherchent près de chez eux.',
          en: 'When I arrived at Douai, I had never touched a production line. Today I train the newcomers. The plant is opening 200 positions, with or without experience: we teach you the trade, as we taught me. Pass it on to anyone looking for work close to home.',
        },
        {
          fr: 'Vous connaissez quelqu’un dans le Douaisis qui cherche un emploi ? Production, maintenance, qualité, logistique : 200 postes sont ouverts dans mon usine. Ce sont des métiers concrets, avec des équipes qui prennent le temps de former. Un partage peut tout changer pour quelqu’un.',
          en: 'Do you know someone around Douai who is looking for a job? Production, maintenance, quality, logistics: my plant has 200 open positions. These are hands-on jobs, with teams who take the time to train people. One share can change everything for someone.',
        },
      ],
      x: {
        fr: '200 postes ouverts à l’usine de Douai : production, maintenance, qualité, logistique. Si vous cherchez un métier concret près de chez vous, c’est le moment.',
        en: '200 open positions at our Douai plant: production, maintenance, quality, logistics. If you want a hands-on job in northern France, now is the time.',
      },
      facebook: {
        fr: 'Vous cherchez un emploi dans le Douaisis ? Mon usine ouvre 200 postes, avec ou sans expérience : la formation est assurée. N’hésitez pas à faire passer autour de vous !',
        en: 'Looking for a job around Douai? My plant is opening 200 positions, with or without experience: training is provided. Feel free to pass it on!',
      },
    },
  },
  {
    campaignId: DOUAI_CAMPAIGN,
    path: '/carrieres/portraits/samia-conductrice-de-ligne',
    publishedDaysAgo: 8.8,
    title: {
      fr: 'Samia, conductrice de ligne : « Ici, on apprend tous les jours »',
      en: 'Samia, line operator: “You learn something new every day”',
    },
    description: {
      fr: 'Arrivée en intérim il y a douze ans, Samia pilote aujourd’hui une ligne d’assemblage et forme les nouveaux arrivants.',
      en: 'Samia joined as a temp twelve years ago; today she runs an assembly line and trains newcomers.',
    },
    hashtags: ['AuroreRecrute', 'Portrait', 'FemmesDeLIndustrie'],
    texts: {
      linkedin: {
        fr: 'Je travaille à côté de Samia depuis des années, et son parcours mérite d’être raconté. Entrée en intérim, elle pilote aujourd’hui une ligne entière et forme chaque nouvel arrivant avec une patience que je lui envie. Son portrait dit bien ce qu’est notre usine : un endroit où l’on peut évoluer, quel que soit son point de départ.',
        en: 'I have worked alongside Samia for years and her story deserves to be told. She started as a temp; today she runs a whole line and trains every newcomer with a patience I envy. Her portrait says a lot about our plant: a place where you can grow, wherever you start from.',
      },
      x: {
        fr: 'Entrée en intérim, Samia pilote aujourd’hui une ligne d’assemblage à Douai et forme les nouveaux. Le beau portrait d’une collègue que j’admire.',
        en: 'Samia started as a temp; now she runs an assembly line at Douai and trains newcomers. A great portrait of a colleague I admire.',
      },
      instagram: {
        fr: 'Douze ans de maison, une ligne d’assemblage à piloter et toujours le sourire. Bravo Samia 👏',
        en: 'Twelve years at the plant, a whole assembly line to run, and still smiling. Well done Samia 👏',
      },
    },
  },
  {
    // Already expired: the open day has taken place.
    campaignId: DOUAI_CAMPAIGN,
    path: '/carrieres/douai-portes-ouvertes',
    publishedDaysAgo: 9.1,
    lifetimeDays: 8,
    title: { fr: 'Journée portes ouvertes à l’usine de Douai', en: 'Open day at the Douai plant' },
    description: {
      fr: 'Visite des ateliers, rencontres avec les équipes et entretiens sur place : inscription gratuite, places limitées.',
      en: 'Workshop tours, meet the teams and on-the-spot interviews: free registration, limited places.',
    },
    hashtags: ['AuroreRecrute', 'PortesOuvertes', 'Douai'],
    texts: {
      linkedin: {
        fr: 'Samedi, l’usine ouvre ses portes. Vous pourrez voir les ateliers de près, discuter avec les équipes et même passer un entretien sur place si un poste vous intéresse. J’y serai pour présenter le métier de technicien de maintenance : venez me dire bonjour !',
        en: 'On Saturday, our plant opens its doors. You can see the workshops up close, talk with the teams and even have an interview on the spot if a role catches your eye. I will be there to talk about maintenance jobs, so come and say hello!',
      },
      x: {
        fr: 'Samedi, portes ouvertes à l’usine de Douai : visite des ateliers, échanges avec les équipes, entretiens sur place. Inscription gratuite.',
        en: 'Open day at the Douai plant on Saturday: workshop tours, chats with the teams, interviews on the spot. Free registration.',
      },
      facebook: {
        fr: 'Envie de voir comment on fabrique une voiture ? Samedi, l’usine de Douai ouvre ses portes aux familles et aux candidats. Inscription gratuite, places limitées.',
        en: 'Ever wondered how a car is built? On Saturday the Douai plant opens its doors to families and job seekers. Free registration, limited places.',
      },
    },
  },
  {
    campaignId: DOUAI_CAMPAIGN,
    path: '/carrieres/alternance-maintenance-robotique',
    publishedDaysAgo: 7.7,
    title: {
      fr: 'Alternance : 60 contrats en maintenance et robotique',
      en: 'Apprenticeships: 60 places in maintenance and robotics',
    },
    description: {
      fr: 'Du CAP au diplôme d’ingénieur, préparez votre diplôme en étant payé et accompagné par un tuteur.',
      en: 'From vocational certificates to engineering degrees: earn a qualification while being paid and mentored.',
    },
    hashtags: ['Alternance', 'AuroreRecrute', 'Robotique'],
    texts: {
      linkedin: {
        fr: 'J’ai commencé chez Aurore en alternance, et c’est sans doute la meilleure décision de mes études. Cette année, le site de Douai propose 60 contrats en maintenance et robotique, du CAP au diplôme d’ingénieur. Chaque alternant a un tuteur sur le terrain, et beaucoup restent après leur diplôme. Si vous connaissez un jeune qui hésite sur son orientation, transmettez-lui l’offre.',
        en: 'I started at Aurore as an apprentice, and it was probably the best decision of my studies. This year the Douai site offers 60 apprenticeships in maintenance and robotics, from vocational certificates to engineering degrees. Every apprentice has a mentor on the shop floor, and many stay on after graduating. If you know a young person unsure about what to study, send them this.',
      },
      x: {
        fr: '60 contrats d’alternance en maintenance et robotique à Douai, du CAP à l’école d’ingénieurs. Un tuteur, un salaire, un vrai métier.',
        en: '60 apprenticeships in maintenance and robotics at Douai, from vocational school to engineering degree. A mentor, a salary, a real trade.',
      },
      instagram: {
        fr: 'Apprendre un métier en étant payé, avec un tuteur à ses côtés : 60 places en alternance à Douai cette année 🤖🔧',
        en: 'Learn a trade while getting paid, with a mentor by your side: 60 apprenticeships at Douai this year 🤖🔧',
      },
    },
  },
  {
    campaignId: DOUAI_CAMPAIGN,
    path: '/actualites/douai-ligne-batteries',
    publishedDaysAgo: 6.9,
    title: {
      fr: 'Dans les coulisses de la nouvelle ligne d’assemblage de batteries',
      en: 'Behind the scenes of our new battery assembly line',
    },
    description: {
      fr: 'Comment le site de Douai s’est transformé pour assembler les batteries des modèles électriques du groupe.',
      en: 'How the Douai site transformed itself to assemble the batteries for the group’s electric models.',
    },
    hashtags: ['Electrique', 'Douai', 'Industrie'],
    texts: {
      linkedin: {
        fr: 'Il y a deux ans, cet atelier était encore un entrepôt. Aujourd’hui, on y assemble les batteries de nos modèles électriques, avec des équipes formées sur place. Je suis fier d’avoir participé à ce chantier : voir la première batterie sortir de la ligne, ça ne s’oublie pas.',
        en: 'Two years ago, this workshop was still a warehouse. Today we assemble the batteries for our electric models there, with teams trained on site. I am proud to have been part of the project: seeing the first battery roll off the line is something you don’t forget.',
      },
      x: {
        fr: 'Il y a deux ans, c’était un entrepôt. Aujourd’hui, on y assemble les batteries de nos voitures électriques. Visite de la nouvelle ligne de Douai.',
        en: 'Two years ago it was a warehouse. Today it assembles batteries for our electric cars. A look inside the new line at Douai.',
      },
    },
  },
  {
    campaignId: DOUAI_CAMPAIGN,
    path: '/carrieres/portraits/rachid-reconversion-robotique',
    publishedDaysAgo: 6.2,
    title: {
      fr: 'De la cuisine aux robots : la reconversion de Rachid',
      en: 'From the kitchen to robots: Rachid’s career change',
    },
    description: {
      fr: 'Ancien cuisinier, Rachid est devenu technicien robotique grâce au programme de reconversion du site.',
      en: 'A former chef, Rachid became a robotics technician through the site’s retraining programme.',
    },
    hashtags: ['Reconversion', 'AuroreRecrute', 'Robotique'],
    texts: {
      linkedin: {
        fr: 'On me demande souvent s’il faut un diplôme technique pour travailler à l’usine. L’histoire de Rachid répond mieux que moi : cuisinier pendant dix ans, il a suivi notre formation de reconversion et règle aujourd’hui les robots de soudure. La curiosité et l’envie d’apprendre comptent autant que le CV.',
        en: 'People often ask me whether you need a technical degree to work at the plant. Rachid’s story answers better than I could: a chef for ten years, he joined our retraining programme and now sets up the welding robots. Curiosity and a willingness to learn count as much as a CV.',
      },
      x: {
        fr: 'Cuisinier pendant dix ans, Rachid règle aujourd’hui les robots de soudure de l’usine de Douai. La preuve qu’on peut changer de voie à tout âge.',
        en: 'A chef for ten years, Rachid now sets up welding robots at the Douai plant. Proof that you can change careers at any age.',
      },
      facebook: {
        fr: 'Changer de métier à 35 ans, c’est possible ! Rachid est passé des fourneaux aux robots grâce à une formation financée par l’entreprise.',
        en: 'Changing careers at 35 is possible! Rachid went from the stove to robots through training paid for by the company.',
      },
    },
  },
  {
    campaignId: DOUAI_CAMPAIGN,
    path: '/actualites/ferrage-1000-jours-sans-accident',
    publishedDaysAgo: 5.4,
    title: {
      fr: '1 000 jours sans accident avec arrêt à l’atelier ferrage',
      en: '1,000 days without a lost-time accident in the body shop',
    },
    description: {
      fr: 'Un cap franchi grâce aux idées des équipes elles-mêmes : retour sur les gestes qui ont tout changé.',
      en: 'A milestone reached thanks to the teams’ own ideas: a look back at the habits that changed everything.',
    },
    hashtags: ['Securite', 'Douai', 'FiersDeNosEquipes'],
    texts: {
      linkedin: {
        fr: '1 000 jours. C’est le temps écoulé depuis le dernier accident avec arrêt dans notre atelier ferrage. Ce résultat ne vient pas d’une affiche au mur, mais de dizaines de petites idées proposées par les opérateurs eux-mêmes. Bravo à toute l’équipe, et on continue !',
        en: '1,000 days. That is how long it has been since the last lost-time accident in our body shop. It did not come from a poster on the wall but from dozens of small ideas suggested by the operators themselves. Well done to the whole team, and let’s keep going!',
      },
      x: {
        fr: '1 000 jours sans accident avec arrêt à l’atelier ferrage de Douai. Un résultat construit avec les idées des opérateurs. Bravo l’équipe !',
        en: '1,000 days without a lost-time accident in the Douai body shop, built on ideas from the operators themselves. Well done, team!',
      },
    },
  },
  {
    campaignId: DOUAI_CAMPAIGN,
    path: '/carrieres/femmes-de-l-industrie-maintenance',
    publishedDaysAgo: 4.7,
    title: {
      fr: 'Femmes de l’industrie : rencontre avec l’équipe maintenance de nuit',
      en: 'Women in industry: meet the night maintenance crew',
    },
    description: {
      fr: 'Elles sont électromécaniciennes, automaticiennes ou cheffes d’équipe et racontent leur quotidien à l’usine.',
      en: 'Electromechanics, automation technicians, team leaders: they talk about their everyday life at the plant.',
    },
    hashtags: ['FemmesDeLIndustrie', 'AuroreRecrute', 'Maintenance'],
    texts: {
      linkedin: {
        fr: 'Dans l’équipe maintenance de nuit, un tiers des techniciens sont des techniciennes. Elles racontent dans ce reportage comment elles sont arrivées là, ce qu’elles aiment dans le métier et ce qu’elles diraient à une lycéenne qui hésite. À lire, et à faire lire autour de vous.',
        en: 'On the night maintenance crew, one technician in three is a woman. In this story they explain how they got there, what they love about the job and what they would tell a schoolgirl who is unsure. Worth reading, and worth passing on.',
      },
      x: {
        fr: 'Électromécaniciennes, automaticiennes, cheffes d’équipe : rencontre avec les femmes de la maintenance de nuit à Douai.',
        en: 'Electromechanics, automation technicians, team leaders: meet the women of the Douai night maintenance crew.',
      },
      instagram: {
        fr: 'Elles réparent, règlent et dépannent pendant que la ville dort 🌙 Rencontre avec l’équipe maintenance de nuit.',
        en: 'They fix, tune and troubleshoot while the city sleeps 🌙 Meet the night maintenance crew.',
      },
    },
  },
  {
    campaignId: DOUAI_CAMPAIGN,
    path: '/carrieres/integration-dix-premiers-jours',
    publishedDaysAgo: 3.8,
    title: { fr: 'Vos dix premiers jours à l’usine de Douai', en: 'Your first ten days at the Douai plant' },
    description: {
      fr: 'Accueil, formation sécurité, binôme, premiers pas sur la ligne : le parcours d’intégration pas à pas.',
      en: 'Welcome, safety training, a buddy, first steps on the line: our onboarding, step by step.',
    },
    hashtags: ['AuroreRecrute', 'Integration', 'Douai'],
    texts: {
      linkedin: {
        fr: 'Je me souviens de mon premier jour : beaucoup de bruit, beaucoup de visages, et un binôme qui ne m’a pas lâché de la semaine. Le parcours d’intégration a bien évolué depuis, et il est désormais détaillé jour par jour. Utile si vous postulez, ou si vous accueillez bientôt un nouveau collègue.',
        en: 'I remember my first day: lots of noise, lots of faces, and a buddy who stayed with me all week. Onboarding has come a long way since, and it is now laid out day by day. Useful if you are applying, or about to welcome a new colleague.',
      },
      x: {
        fr: 'Accueil, formation sécurité, un binôme, puis la ligne : à quoi ressemblent vos dix premiers jours à l’usine de Douai.',
        en: 'Welcome, safety training, a buddy, then the line: what your first ten days at the Douai plant look like.',
      },
    },
  },
  {
    campaignId: DOUAI_CAMPAIGN,
    path: '/carrieres/ingenieurs-process-douai',
    publishedDaysAgo: 2.9,
    title: {
      fr: 'Ingénieurs process : rejoignez l’équipe qui électrifie Douai',
      en: 'Process engineers: join the team electrifying Douai',
    },
    description: {
      fr: 'Huit postes d’ingénieurs process et méthodes sont ouverts en CDI pour industrialiser nos modèles électriques.',
      en: 'Eight permanent process and methods engineering roles to industrialise our electric models.',
    },
    hashtags: ['Ingenieur', 'AuroreRecrute', 'Electrique'],
    texts: {
      linkedin: {
        fr: 'Mon équipe cherche huit ingénieurs process et méthodes, en CDI à Douai. Concrètement, vous passerez autant de temps sur le terrain qu’en réunion, pour qu’un nouveau modèle sorte de la ligne au bon rythme et avec la bonne qualité. Si ce genre de défi vous parle, écrivez-moi : je vous raconterai le quotidien sans filtre.',
        en: 'My team is looking for eight process and methods engineers, permanent contracts, in Douai. In practice you spend as much time on the shop floor as in meetings, making sure a new model leaves the line at the right pace and the right quality. If that kind of challenge appeals to you, message me and I will tell you what the job is really like.',
      },
      x: {
        fr: 'Huit postes d’ingénieurs process et méthodes en CDI à Douai, pour industrialiser nos modèles électriques. Du terrain, des défis, une équipe soudée.',
        en: 'Eight permanent process and methods engineering roles at Douai, industrialising our electric models. Shop floor, real challenges, a close-knit team.',
      },
    },
  },
  {
    campaignId: DOUAI_CAMPAIGN,
    path: '/videos/une-nuit-a-l-atelier-montage',
    publishedDaysAgo: 1.7,
    title: {
      fr: 'Vidéo : une nuit avec l’équipe de production',
      en: 'Video: a night with the production team',
    },
    description: {
      fr: 'De 21 h à 5 h, suivez l’équipe de nuit de l’atelier montage, entre cadence, entraide et pause café.',
      en: 'From 9 pm to 5 am, follow the assembly night shift: pace, teamwork and the coffee break.',
    },
    hashtags: ['AuroreRecrute', 'Douai', 'EquipeDeNuit'],
    texts: {
      linkedin: {
        fr: 'On parle rarement du travail de nuit, alors qu’une bonne partie de nos voitures est assemblée pendant que tout le monde dort. Cette vidéo montre bien l’ambiance : la concentration, l’entraide, et la pause café de 1 h du matin qui fait partie du rituel. Trois minutes qui valent mieux qu’une longue description.',
        en: 'Night work rarely gets talked about, yet a good share of our cars is assembled while everyone else is asleep. This video captures the atmosphere well: focus, teamwork, and the 1 am coffee break that is part of the ritual. Three minutes that say more than a long description.',
      },
      x: {
        fr: 'De 21 h à 5 h, la vidéo d’une nuit à l’atelier montage de Douai. Concentration, entraide et pause café comprises.',
        en: '9 pm to 5 am: a video of one night in the Douai assembly shop. Focus, teamwork and the coffee break included.',
      },
      facebook: {
        fr: 'Vous vous êtes déjà demandé ce qui se passe dans une usine la nuit ? Trois minutes de vidéo avec l’équipe de l’atelier montage.',
        en: 'Ever wondered what happens in a car plant at night? Three minutes with the assembly shop’s night team.',
      },
    },
  },
  {
    campaignId: DOUAI_CAMPAIGN,
    path: '/actualites/partenariats-lycees-professionnels',
    publishedDaysAgo: 0.6,
    title: {
      fr: 'Lycées professionnels : l’usine de Douai ouvre ses ateliers aux élèves',
      en: 'Vocational schools: the Douai plant opens its workshops to students',
    },
    description: {
      fr: 'Cinq lycées du Douaisis partenaires, des stages, des plateaux techniques partagés et des enseignants en immersion.',
      en: 'Five local vocational schools, internships, shared training equipment and teachers spending time on the shop floor.',
    },
    hashtags: ['Formation', 'Douai', 'Territoire'],
    texts: {
      linkedin: {
        fr: 'Cette année, j’ai accueilli deux stagiaires d’un lycée professionnel voisin, et je crois que j’ai autant appris qu’eux. Le site de Douai travaille désormais avec cinq lycées : stages, équipements partagés, enseignants en immersion dans les ateliers. C’est comme ça qu’on donne envie aux jeunes de la région de choisir l’industrie.',
        en: 'This year I hosted two interns from a nearby vocational school, and I think I learned as much as they did. The Douai site now works with five schools: internships, shared equipment, teachers spending time in the workshops. That is how you make young people in the region want to choose industry.',
      },
      x: {
        fr: 'Cinq lycées professionnels du Douaisis partenaires de l’usine : stages, équipements partagés, enseignants en immersion. L’industrie se transmet.',
        en: 'Five local vocational schools now partner with the Douai plant: internships, shared equipment, teachers on the shop floor.',
      },
    },
  },
  {
    campaignId: RECHARGE_CAMPAIGN,
    path: '/energie/recharge-soleil',
    publishedDaysAgo: 4.8,
    title: {
      fr: 'Recharge Soleil : rechargez votre voiture avec l’énergie de votre toit',
      en: 'Recharge Soleil: charge your car with power from your own roof',
    },
    description: {
      fr: 'Une borne à domicile, des panneaux solaires et une application qui recharge votre voiture au meilleur moment.',
      en: 'A home charger, solar panels and an app that charges your car at the best moment.',
    },
    hashtags: ['RechargeSoleil', 'MobiliteElectrique', 'EnergieSolaire'],
    texts: {
      linkedin: {
        fr: 'C’est le projet sur lequel mes collègues d’Aurore Énergie travaillent depuis deux ans, et il est enfin disponible. Recharge Soleil associe une borne à domicile, des panneaux solaires et une application qui choisit le meilleur moment pour recharger. J’ai hâte de lire vos questions en commentaire.',
        en: 'My colleagues at Aurore Énergie have been working on this for two years, and it is finally available. Recharge Soleil combines a home charger, solar panels and an app that picks the best moment to charge. Looking forward to your questions in the comments.',
      },
      x: {
        fr: 'Recharge Soleil est disponible : une borne, des panneaux solaires et une appli pour recharger sa voiture électrique avec l’énergie de son toit.',
        en: 'Recharge Soleil is here: a home charger, solar panels and an app to charge your EV with power from your own roof.',
      },
      facebook: {
        fr: 'Recharger sa voiture avec le soleil de son toit, c’est désormais possible ! Découvrez Recharge Soleil, la nouvelle offre d’Aurore Énergie.',
        en: 'Charging your car with sunshine from your own roof is now possible! Discover Recharge Soleil, Aurore Énergie’s new offer.',
      },
      instagram: {
        fr: '☀️ + 🔌 + 🚗 = Recharge Soleil. La nouvelle offre d’Aurore Énergie est disponible.',
        en: '☀️ + 🔌 + 🚗 = Recharge Soleil. Aurore Énergie’s new offer is now available.',
      },
    },
  },
  {
    campaignId: RECHARGE_CAMPAIGN,
    path: '/energie/recharge-soleil/recharge-pilotee-en-trois-questions',
    publishedDaysAgo: 4.1,
    title: {
      fr: 'La recharge pilotée expliquée en trois questions',
      en: 'Smart charging explained in three questions',
    },
    description: {
      fr: 'Quand recharger, à quelle puissance et avec quelle électricité : l’application décide pour vous, et vous gardez la main.',
      en: 'When to charge, how fast and with which electricity: the app decides for you, and you stay in control.',
    },
    hashtags: ['RechargeSoleil', 'RechargePilotee', 'Energie'],
    texts: {
      linkedin: {
        fr: '« Recharge pilotée », ça sonne technique, mais l’idée est simple : recharger quand le soleil produit et quand le réseau est le moins sollicité. Cet article répond aux trois questions qu’on me pose le plus souvent depuis le lancement. Et oui, on peut toujours forcer une recharge immédiate avant un départ.',
        en: '“Smart charging” sounds technical, but the idea is simple: charge when the sun is shining and when the grid is least busy. This article answers the three questions I have been asked most since the launch. And yes, you can still force an immediate charge before a trip.',
      },
      x: {
        fr: 'Recharge pilotée : recharger quand le soleil produit et quand le réseau respire. Trois questions pour tout comprendre.',
        en: 'Smart charging: charge when the sun shines and the grid is quiet. Three questions to understand it all.',
      },
    },
  },
  {
    campaignId: RECHARGE_CAMPAIGN,
    path: '/energie/recharge-soleil/temoignages-foyers-pilotes',
    publishedDaysAgo: 3.3,
    title: {
      fr: 'Ils l’ont testée : 50 foyers pilotes racontent',
      en: 'They tried it: 50 pilot households share their experience',
    },
    description: {
      fr: 'Pendant six mois, cinquante familles des Hauts-de-France ont rechargé leur voiture avec Recharge Soleil. Leurs retours, sans filtre.',
      en: 'For six months, fifty families in northern France charged their cars with Recharge Soleil. Their unfiltered feedback.',
    },
    hashtags: ['RechargeSoleil', 'Temoignages', 'EnergieSolaire'],
    texts: {
      linkedin: {
        fr: 'Avant le lancement, cinquante foyers ont testé Recharge Soleil pendant six mois, et leurs retours n’ont pas tous été tendres. C’est précisément ce qui a rendu l’offre meilleure : l’application a été simplifiée, l’installation raccourcie. J’aime qu’on publie ces témoignages tels quels.',
        en: 'Before launch, fifty households tested Recharge Soleil for six months, and not all of their feedback was kind. That is exactly what made the offer better: the app was simplified and installation shortened. I like that we are publishing these testimonials as they are.',
      },
      x: {
        fr: 'Cinquante foyers ont testé Recharge Soleil pendant six mois. Leurs retours, critiques comprises, ont façonné l’offre.',
        en: 'Fifty households tested Recharge Soleil for six months. Their feedback, criticism included, shaped the offer.',
      },
      facebook: {
        fr: '« On ne recharge presque plus au tarif plein. » Cinquante familles de la région ont testé Recharge Soleil : elles racontent.',
        en: '“We hardly ever charge at full price any more.” Fifty local families tested Recharge Soleil and tell their story.',
      },
    },
  },
  {
    campaignId: RECHARGE_CAMPAIGN,
    path: '/energie/recharge-soleil/equipe-application',
    publishedDaysAgo: 2.6,
    title: {
      fr: 'Rencontre avec l’équipe qui a conçu l’application Recharge Soleil',
      en: 'Meet the team that built the Recharge Soleil app',
    },
    description: {
      fr: 'Designers, développeurs et data scientists de la Direction du numérique racontent dix-huit mois de travail avec les utilisateurs.',
      en: 'Designers, developers and data scientists from the Digital department on eighteen months of working with users.',
    },
    hashtags: ['RechargeSoleil', 'TechForGood', 'Numerique'],
    texts: {
      linkedin: {
        fr: 'Cette application, je l’ai vue naître sur les murs de notre plateau, couverts de post-it. Designers, développeurs et data scientists ont passé dix-huit mois à tester chaque écran avec de vrais utilisateurs, souvent chez eux, dans leur garage. Fière de cette équipe, et ravie qu’on parle enfin de celles et ceux qui font le produit.',
        en: 'I saw this app take shape on the walls of our office, covered in sticky notes. Designers, developers and data scientists spent eighteen months testing every screen with real users, often at home in their garages. Proud of this team, and glad we are finally talking about the people who build the product.',
      },
      x: {
        fr: 'Dix-huit mois, des centaines de post-it et des tests dans de vrais garages : rencontre avec l’équipe derrière l’appli Recharge Soleil.',
        en: 'Eighteen months, hundreds of sticky notes and tests in real garages: meet the team behind the Recharge Soleil app.',
      },
      instagram: {
        fr: 'Derrière chaque écran, une équipe 💡 Rencontre avec les designers et développeurs de l’appli Recharge Soleil.',
        en: 'Behind every screen, a team 💡 Meet the designers and developers of the Recharge Soleil app.',
      },
    },
  },
  {
    campaignId: RECHARGE_CAMPAIGN,
    path: '/energie/recharge-soleil/installation-48-heures',
    publishedDaysAgo: 2.1,
    title: {
      fr: 'Installation en 48 heures avec nos 300 installateurs partenaires',
      en: 'Installed within 48 hours by our 300 partner installers',
    },
    description: {
      fr: 'Un réseau d’artisans certifiés partout en France pose la borne et les panneaux, avec un seul interlocuteur.',
      en: 'A network of certified installers across France fits the charger and the panels, with a single point of contact.',
    },
    hashtags: ['RechargeSoleil', 'Artisans', 'TransitionEnergetique'],
    texts: {
      linkedin: {
        fr: 'Ce qui freine souvent le passage à l’électrique, ce n’est pas la voiture, c’est la borne. Avec Recharge Soleil, un réseau de 300 installateurs certifiés intervient sous 48 heures, et le client n’a qu’un seul interlocuteur du devis à la mise en service. Un beau travail mené avec des artisans de toutes les régions.',
        en: 'What often holds people back from going electric is not the car, it is the charger. With Recharge Soleil, a network of 300 certified installers comes out within 48 hours, and customers have a single contact from quote to commissioning. Great work with craftspeople from every region.',
      },
      x: {
        fr: '300 installateurs certifiés partout en France, une borne posée sous 48 heures et un seul interlocuteur : la promesse de Recharge Soleil.',
        en: '300 certified installers across France, a charger fitted within 48 hours and a single point of contact: that is the Recharge Soleil promise.',
      },
    },
  },
  {
    campaignId: RECHARGE_CAMPAIGN,
    path: '/energie/recharge-soleil/infographie-cout-recharge',
    publishedDaysAgo: 1.4,
    title: {
      fr: 'Infographie : combien coûte vraiment une recharge à la maison ?',
      en: 'Infographic: what does charging at home really cost?',
    },
    description: {
      fr: 'Borne seule, borne et heures creuses, borne et solaire : trois scénarios comparés pour un trajet quotidien de 40 km.',
      en: 'Charger alone, off-peak charging, charger plus solar: three scenarios compared for a 40 km daily commute.',
    },
    hashtags: ['RechargeSoleil', 'MobiliteElectrique', 'Infographie'],
    texts: {
      linkedin: {
        fr: 'Combien coûte une recharge à domicile ? La réponse dépend beaucoup de l’heure et de l’origine de l’électricité. Cette infographie compare trois scénarios pour un trajet quotidien de 40 km, avec les hypothèses détaillées en bas de page. Pratique pour se faire une idée avant de choisir.',
        en: 'How much does charging at home cost? It depends a lot on when you charge and where the electricity comes from. This infographic compares three scenarios for a 40 km daily commute, with the assumptions spelled out at the bottom. Handy for getting a feel before deciding.',
      },
      x: {
        fr: 'Borne seule, heures creuses ou solaire : trois scénarios de recharge à domicile comparés pour 40 km par jour. L’infographie.',
        en: 'Charger alone, off-peak or solar: three home-charging scenarios compared for a 40 km daily commute. The infographic.',
      },
      facebook: {
        fr: 'Recharger sa voiture à la maison, ça coûte combien ? On a fait le calcul pour trois situations courantes.',
        en: 'How much does it cost to charge your car at home? We did the maths for three common situations.',
      },
    },
  },
  {
    // An event a fortnight away: the item expires once the show is over, well before the campaign ends.
    campaignId: RECHARGE_CAMPAIGN,
    path: '/energie/recharge-soleil/salon-energies-mobilites-lyon',
    publishedDaysAgo: 0.9,
    lifetimeDays: 18,
    title: {
      fr: 'Venez tester Recharge Soleil au salon Énergies & Mobilités de Lyon',
      en: 'Try Recharge Soleil at the Énergies & Mobilités show in Lyon',
    },
    description: {
      fr: 'Démonstrations de l’application, simulateur d’économies et rencontres avec les équipes sur notre stand.',
      en: 'App demos, a savings simulator and our teams on the stand.',
    },
    hashtags: ['RechargeSoleil', 'Salon', 'Lyon'],
    texts: {
      linkedin: {
        fr: 'Je serai sur le stand Aurore Énergie au salon Énergies & Mobilités de Lyon pour présenter Recharge Soleil. Démonstrations de l’application, simulateur d’économies, et surtout du temps pour répondre à vos questions. Si vous passez par là, écrivez-moi pour qu’on se retrouve.',
        en: 'I will be on the Aurore Énergie stand at the Énergies & Mobilités show in Lyon to present Recharge Soleil. App demos, a savings simulator and, above all, time to answer your questions. If you are around, drop me a message so we can meet.',
      },
      x: {
        fr: 'Rendez-vous au salon Énergies & Mobilités de Lyon pour tester Recharge Soleil : démos de l’appli et simulateur d’économies sur le stand.',
        en: 'See you at the Énergies & Mobilités show in Lyon to try Recharge Soleil: app demos and a savings simulator on our stand.',
      },
    },
  },
  {
    campaignId: RECHARGE_CAMPAIGN,
    path: '/energie/recharge-soleil/electricite-renouvelable-tracable',
    publishedDaysAgo: 0.3,
    title: {
      fr: 'Une électricité 100 % renouvelable et traçable, heure par heure',
      en: '100% renewable electricity, traceable hour by hour',
    },
    description: {
      fr: 'Quand vos panneaux ne suffisent pas, l’électricité fournie provient de parcs éoliens et solaires identifiés, avec garanties d’origine.',
      en: 'When your panels are not enough, the electricity supplied comes from identified wind and solar farms, backed by guarantees of origin.',
    },
    hashtags: ['RechargeSoleil', 'EnergieRenouvelable', 'Transparence'],
    texts: {
      linkedin: {
        fr: 'Une question revient sans cesse : et quand il n’y a pas de soleil ? Dans ce cas, l’électricité fournie vient de parcs éoliens et solaires identifiés, et chaque client peut voir d’où vient son énergie, heure par heure. Je travaille sur la traçabilité depuis trois ans, et je suis content de la voir devenir concrète pour nos clients.',
        en: 'One question keeps coming up: what about when the sun isn’t shining? Then the electricity supplied comes from identified wind and solar farms, and every customer can see where their energy comes from, hour by hour. I have worked on traceability for three years and I am glad to see it become something real for our customers.',
      },
      x: {
        fr: 'Et quand il n’y a pas de soleil ? L’électricité de Recharge Soleil vient de parcs éoliens et solaires identifiés, traçable heure par heure.',
        en: 'What about when the sun isn’t shining? Recharge Soleil electricity comes from identified wind and solar farms, traceable hour by hour.',
      },
      instagram: {
        fr: 'Du vent 🌬️, du soleil ☀️ et une traçabilité heure par heure. D’où vient l’électricité de Recharge Soleil ?',
        en: 'Wind 🌬️, sun ☀️ and hour-by-hour traceability. Where does Recharge Soleil’s electricity come from?',
      },
    },
  },
];

/** Every suggested text of an item, network by network (in the canonical network order), then language. */
function suggestedTexts(texts: ItemTexts): SuggestedText[] {
  return networks.flatMap((network) => {
    const choices = [texts[network] ?? []].flat();
    return locales.flatMap((language) =>
      choices.map((localized) => ({ network, language, text: localized[language] })),
    );
  });
}

// ---------------------------------------------------------------------------------------------------------
// Assembly
// ---------------------------------------------------------------------------------------------------------

export function buildDemoData(now: Date): DemoData {
  const tenantId = DEMO_TENANT_ID;
  const directorySyncedAt = shiftDays(now, -500);
  const charterPublishedAt = shiftDays(now, -420);

  const organisation: OrganisationDoc = {
    id: DEMO_TENANT_ID, // one organisation per tenant, keyed by the tenant id
    tenantId,
    type: 'organisation',
    name: 'Groupe Aurore',
    brands: brands.map((brand) => ({ ...brand })),
    createdAt: directorySyncedAt,
  };

  const groups: GroupDoc[] = groupSeeds.map((group) => ({
    ...group,
    name: { ...group.name },
    tenantId,
    createdAt: shiftDays(now, -450),
  }));

  const people: PersonDoc[] = personSeeds.map((seed, index) => {
    const since = seed.ambassador ? shiftDays(now, -seed.ambassador.sinceDaysAgo) : undefined;
    return {
      id: demoPersonId(index + 1),
      tenantId,
      displayName: `${seed.givenName} ${seed.familyName}`,
      email: `${emailPart(seed.givenName)}.${emailPart(seed.familyName)}@${DEMO_DOMAIN}`,
      jobTitle: seed.jobTitle,
      locale: seed.locale,
      timeZone: seed.timeZone ?? 'Europe/Paris',
      brandId: seed.brandId,
      groupIds: [...seed.groupIds],
      enrolment: seed.ambassador
        ? {
            status: 'ambassador',
            since,
            charterVersion: CHARTER_VERSION,
            networks: networks.flatMap((network) => {
              const audienceSize = seed.ambassador?.audience[network];
              return audienceSize === undefined ? [] : [{ network, audienceSize }];
            }),
            languages: [...seed.ambassador.languages],
          }
        : { status: 'not-enrolled', networks: [], languages: [] },
      ...(seed.leaderTitle && since ? { leader: { title: seed.leaderTitle, since } } : {}),
      createdAt: directorySyncedAt,
      updatedAt: since ?? directorySyncedAt,
    };
  });

  const roleAssignments: Record<string, AppRole[]> = Object.fromEntries(
    personSeeds.map((seed, index) => [demoPersonId(index + 1), seed.role ? [seed.role] : []]),
  );

  const charters: CharterVersionDoc[] = [
    {
      id: `charter-${CHARTER_VERSION}`,
      tenantId,
      version: CHARTER_VERSION,
      major: 1,
      minor: 0,
      title: { ...charterTitle },
      body: { ...charterBody },
      publishedAt: charterPublishedAt,
      publishedBy: DEMO_ADMIN_ID,
    },
  ];

  const campaigns = buildCampaigns(now);
  const campaignsById = new Map(campaigns.map((campaign) => [campaign.id, campaign]));

  const content: ContentItemDoc[] = itemSeeds.map((seed, index) => {
    const id = `item-${String(index + 1).padStart(2, '0')}`;
    const campaign = campaignsById.get(seed.campaignId);
    if (!campaign) throw new Error(`demo item ${id} refers to an unknown campaign`);
    const publishedAt = shiftDays(now, -seed.publishedDaysAgo);
    const expiresAt =
      seed.lifetimeDays === undefined
        ? campaign.endsAt
        : shiftDays(now, seed.lifetimeDays - seed.publishedDaysAgo);
    return {
      id,
      tenantId,
      campaignId: campaign.id,
      brandId: campaign.brandId,
      title: { ...seed.title },
      url: `${DEMO_SITE}${seed.path}`,
      preview: {
        title: { ...seed.title },
        description: { ...seed.description },
        imageUrl: `/demo/images/${id}.svg`,
      },
      texts: suggestedTexts(seed.texts),
      hashtags: [...seed.hashtags],
      status: 'published',
      authorId: DEMO_MANAGER_ID,
      publishedAt,
      expiresAt,
      // Drafted two days before publication, the time review took.
      createdAt: shiftDays(now, -seed.publishedDaysAgo - 2),
    };
  });

  return { organisation, groups, people, charters, campaigns, content, roleAssignments };
}
