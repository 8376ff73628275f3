import type {
  ManualProgrammeStepKey,
  ProgrammeStep,
  ProgrammeStepKey,
  ProgrammeStepState,
} from '@contract/readiness';
import { manualProgrammeStepKeys, programmeStepKeys } from '@contract/readiness';
import type { Localized } from '../documents';

/** What the product knows of the programme's progress, as the route gathers it. */
export interface ProgrammeFacts {
  diagnosticTaken: boolean;
  /** Campaigns not archived, and whether each has a target set. */
  campaigns: { hasTargets: boolean }[];
  charterPublished: boolean;
  content: { exists: boolean; published: boolean };
  /** The members of each group of kind "pilot". */
  pilotGroupSizes: number[];
  events: { exists: boolean; published: boolean };
  /** Polls and challenges: drafted, or sent to ambassadors (a poll sent, a challenge planned). */
  animations: { exists: boolean; running: boolean };
}

/** The steps ticked by hand so far; a step never ticked is still to do. */
export type ManualStates = Partial<Record<ManualProgrammeStepKey, ProgrammeStepState>>;

/** Nothing yet, something started, or what the step asks for done. */
const stateOf = (started: boolean, achieved: boolean): ProgrammeStepState =>
  achieved ? 'done' : started ? 'in-progress' : 'todo';

type ComputedStepKey = Exclude<ProgrammeStepKey, ManualProgrammeStepKey>;

/** How each step the product can see is judged. */
const computedState: Record<ComputedStepKey, (facts: ProgrammeFacts) => ProgrammeStepState> = {
  diagnostic: (facts) => stateOf(false, facts.diagnosticTaken),
  objectives: ({ campaigns }) =>
    stateOf(
      campaigns.length > 0,
      campaigns.some((campaign) => campaign.hasTargets),
    ),
  charter: (facts) => stateOf(false, facts.charterPublished),
  content: ({ content }) => stateOf(content.exists, content.published),
  pilot: ({ pilotGroupSizes }) =>
    stateOf(
      pilotGroupSizes.length > 0,
      pilotGroupSizes.some((size) => size > 0),
    ),
  launch: ({ events }) => stateOf(events.exists, events.published),
  animation: ({ animations }) => stateOf(animations.exists, animations.running),
};

/** Each step in the method's words, and the page of the tab that serves it. */
const stepDefinitions: Record<ProgrammeStepKey, { title: Localized; link: string }> = {
  diagnostic: {
    title: { fr: 'Faire un diagnostic', en: 'Diagnose readiness' },
    link: '/studio/diagnostic',
  },
  objectives: {
    title: { fr: 'Définir les objectifs et les KPI', en: 'Set the objectives and KPI targets' },
    link: '/studio/campaigns',
  },
  platform: {
    title: {
      fr: 'Définir la plateforme et les principes de fonctionnement',
      en: 'Decide the platform and how it works',
    },
    link: '/studio/settings',
  },
  charter: {
    title: { fr: 'Rédiger la charte des réseaux sociaux', en: 'Write the social media charter' },
    link: '/studio/charter',
  },
  leadership: {
    title: { fr: 'Engager la direction', en: 'Get leadership on board' },
    link: '/studio/people',
  },
  content: {
    title: { fr: 'Élaborer une stratégie de contenus', en: 'Build a content strategy' },
    link: '/studio/content',
  },
  pilot: {
    title: { fr: 'Constituer un groupe pilote', en: 'Form a pilot group' },
    link: '/studio/groups',
  },
  training: {
    title: { fr: 'Former les collaborateurs du groupe pilote', en: 'Train the pilot group' },
    link: '/studio/events',
  },
  launch: {
    title: { fr: 'Événementialiser le lancement', en: 'Make the launch an event' },
    link: '/studio/events/new',
  },
  animation: {
    title: { fr: 'Faire vivre le programme', en: 'Keep the programme alive' },
    link: '/studio/challenges',
  },
  measurement: {
    title: { fr: 'Mesurer et adapter', en: 'Measure and adapt' },
    link: '/insights',
  },
};

const isManual = (key: ProgrammeStepKey): key is ManualProgrammeStepKey =>
  (manualProgrammeStepKeys as readonly ProgrammeStepKey[]).includes(key);

/** The eleven steps in order, each computed from the facts where the product knows it, else as ticked. */
export function programmePlan(facts: ProgrammeFacts, manual: ManualStates): ProgrammeStep[] {
  return programmeStepKeys.map((key) => ({
    key,
    ...stepDefinitions[key],
    state: isManual(key) ? (manual[key] ?? 'todo') : computedState[key](facts),
    manual: isManual(key),
  }));
}
