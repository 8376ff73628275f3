import { lazy } from 'react';
import type { ComponentType } from 'react';
import {
  ArchiveRegular,
  ChatBubblesQuestionRegular,
  DataUsageRegular,
  DocumentEditRegular,
  DocumentTextRegular,
  HistoryRegular,
  HomeRegular,
  LightbulbRegular,
  MegaphoneRegular,
  DocumentMultipleRegular,
  ShieldTaskRegular,
  SettingsRegular,
  LibraryRegular,
  PeopleRegular,
  PeopleTeamRegular,
  AlertUrgentRegular,
  PollRegular,
  RssRegular,
  ShieldPersonRegular,
  TrophyRegular,
  DataTrendingRegular,
  DataPieRegular,
  CalendarStarRegular,
  GaugeRegular,
  TaskListLtrRegular,
  HatGraduationRegular,
} from '@fluentui/react-icons';
import type { FluentIcon } from '@fluentui/react-icons';
import { HomePage } from '../pages/home/HomePage';
import { LibraryPage } from '../pages/library/LibraryPage';
import type { TabPageId } from '@contract/tab-pages';
import type { PageAccess } from './pageAccess';
import { loadTexts } from '../i18n/i18n';
import type { TextPart } from '../i18n/i18n';

export type NavSection = 'programme' | 'studio';

export interface PageDefinition extends PageAccess {
  id: TabPageId;
  section: NavSection;
  labelKey:
    | 'nav.home'
    | 'nav.library'
    | 'nav.charter'
    | 'nav.impact'
    | 'nav.myData'
    | 'nav.people'
    | 'nav.propose'
    | 'nav.challenges'
    | 'nav.studioChallenges'
    | 'nav.studioLearning'
    | 'nav.pointsRules'
    | 'nav.campaigns'
    | 'nav.polls'
    | 'nav.nudges'
    | 'nav.content'
    | 'nav.review'
    | 'nav.contentSettings'
    | 'nav.groups'
    | 'nav.feeds'
    | 'nav.audit'
    | 'nav.supervision'
    | 'nav.retention'
    | 'nav.charterAdmin'
    | 'nav.insights'
    | 'nav.companySummary'
    | 'nav.events'
    | 'nav.eventsStudio'
    | 'nav.diagnostic'
    | 'nav.programmePlan'
    | 'nav.learning';
  icon: FluentIcon;
  Component: ComponentType;
  /** False for pages reached from another page (an item of the library), not from the menu. */
  inMenu?: boolean;
  /** Id of the page offered instead to someone whose roles do not open this one. */
  otherwise?: string;
}

/**
 * Home and the library are the first screen; every other page downloads only when opened, with the texts of
 * its section (a studio page uses the ambassadors' texts too: an item, a share, a preview).
 */
function lazyPage<Name extends string>(
  section: NavSection,
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
) {
  const parts: TextPart[] = section === 'studio' ? ['programme', 'studio'] : ['programme'];
  const Page = lazy(async () => {
    const [module] = await Promise.all([load(), loadTexts(...parts)]);
    return { default: module[name] };
  });
  return Object.assign(Page, { textsOf: section });
}

const LibraryItemPage = lazyPage(
  'programme',
  () => import('../pages/library/LibraryItemPage'),
  'LibraryItemPage',
);
const CharterPage = lazyPage('programme', () => import('../pages/charter/CharterPage'), 'CharterPage');
const ImpactPage = lazyPage('programme', () => import('../pages/impact/ImpactPage'), 'ImpactPage');
const MyDataPage = lazyPage('programme', () => import('../pages/myData/MyDataPage'), 'MyDataPage');
const PeoplePage = lazyPage('studio', () => import('../pages/studio/PeoplePage'), 'PeoplePage');

const GroupsPage = lazyPage('studio', () => import('../pages/studio/groups/GroupsPage'), 'GroupsPage');
const GroupPage = lazyPage('studio', () => import('../pages/studio/groups/GroupPage'), 'GroupPage');
const FeedsPage = lazyPage('studio', () => import('../pages/studio/feeds/FeedsPage'), 'FeedsPage');
const AuditPage = lazyPage('studio', () => import('../pages/studio/audit/AuditPage'), 'AuditPage');
const SupervisionPage = lazyPage(
  'studio',
  () => import('../pages/studio/supervision/SupervisionPage'),
  'SupervisionPage',
);
const RetentionPage = lazyPage(
  'studio',
  () => import('../pages/studio/retention/RetentionPage'),
  'RetentionPage',
);
const CharterAdminPage = lazyPage(
  'studio',
  () => import('../pages/studio/charterAdmin/CharterAdminPage'),
  'CharterAdminPage',
);

// The programme studio: campaigns, content, review, settings.
const ProposePage = lazyPage('programme', () => import('../pages/propose/ProposePage'), 'ProposePage');
const CampaignsPage = lazyPage(
  'studio',
  () => import('../pages/studio/campaigns/CampaignsPage'),
  'CampaignsPage',
);
const CampaignEditorPage = lazyPage(
  'studio',
  () => import('../pages/studio/campaigns/CampaignEditorPage'),
  'CampaignEditorPage',
);
const CampaignPage = lazyPage(
  'studio',
  () => import('../pages/studio/campaigns/CampaignPage'),
  'CampaignPage',
);
const PollsPage = lazyPage('studio', () => import('../pages/studio/polls/PollsPage'), 'PollsPage');
const PollEditorPage = lazyPage(
  'studio',
  () => import('../pages/studio/polls/PollEditorPage'),
  'PollEditorPage',
);
const PollPage = lazyPage('studio', () => import('../pages/studio/polls/PollPage'), 'PollPage');
const LearningPathsPage = lazyPage(
  'studio',
  () => import('../pages/studio/learning/LearningPathsPage'),
  'LearningPathsPage',
);
const LearningPathEditorPage = lazyPage(
  'studio',
  () => import('../pages/studio/learning/LearningPathEditorPage'),
  'LearningPathEditorPage',
);
const LearningPathPage = lazyPage(
  'studio',
  () => import('../pages/studio/learning/LearningPathPage'),
  'LearningPathPage',
);
const NudgesPage = lazyPage('studio', () => import('../pages/studio/nudges/NudgesPage'), 'NudgesPage');
const NudgeComposePage = lazyPage(
  'studio',
  () => import('../pages/studio/nudges/NudgeComposePage'),
  'NudgeComposePage',
);
const ContentStudioPage = lazyPage(
  'studio',
  () => import('../pages/studio/content/ContentStudioPage'),
  'ContentStudioPage',
);
const ContentEditorPage = lazyPage(
  'studio',
  () => import('../pages/studio/content/ContentEditorPage'),
  'ContentEditorPage',
);
const ReviewQueuePage = lazyPage(
  'studio',
  () => import('../pages/studio/review/ReviewQueuePage'),
  'ReviewQueuePage',
);
const ReviewItemPage = lazyPage(
  'studio',
  () => import('../pages/studio/review/ReviewItemPage'),
  'ReviewItemPage',
);
const ContentSettingsPage = lazyPage(
  'studio',
  () => import('../pages/studio/settings/ContentSettingsPage'),
  'ContentSettingsPage',
);

// Insights: the programme's KPIs for managers, the company summary for everyone.
const InsightsPage = lazyPage('studio', () => import('../pages/insights/InsightsPage'), 'InsightsPage');
const CampaignInsightsPage = lazyPage(
  'studio',
  () => import('../pages/insights/CampaignInsightsPage'),
  'CampaignInsightsPage',
);
const ItemInsightsPage = lazyPage(
  'studio',
  () => import('../pages/insights/ItemInsightsPage'),
  'ItemInsightsPage',
);
const InsightsSettingsPage = lazyPage(
  'studio',
  () => import('../pages/insights/InsightsSettingsPage'),
  'InsightsSettingsPage',
);
const CompanySummaryPage = lazyPage(
  'programme',
  () => import('../pages/insights/CompanySummaryPage'),
  'CompanySummaryPage',
);

// Exclusive events: the ambassadors' page, and the studio's list, editor and event page.
const EventsPage = lazyPage('programme', () => import('../pages/events/EventsPage'), 'EventsPage');
const EventsStudioPage = lazyPage(
  'studio',
  () => import('../pages/studio/events/EventsStudioPage'),
  'EventsStudioPage',
);
const EventEditorPage = lazyPage(
  'studio',
  () => import('../pages/studio/events/EventEditorPage'),
  'EventEditorPage',
);
const StudioEventPage = lazyPage(
  'studio',
  () => import('../pages/studio/events/StudioEventPage'),
  'StudioEventPage',
);

// Challenges: the ambassadors' page (points, badges, leaderboards), and the studio's list, editor and rules.
const ChallengesPage = lazyPage(
  'programme',
  () => import('../pages/challenges/ChallengesPage'),
  'ChallengesPage',
);
const ChallengesStudioPage = lazyPage(
  'studio',
  () => import('../pages/studio/challenges/ChallengesStudioPage'),
  'ChallengesStudioPage',
);
const ChallengeEditorPage = lazyPage(
  'studio',
  () => import('../pages/studio/challenges/ChallengeEditorPage'),
  'ChallengeEditorPage',
);
const PointsRulesPage = lazyPage(
  'studio',
  () => import('../pages/studio/challenges/PointsRulesPage'),
  'PointsRulesPage',
);

// Readiness: the diagnostic and the programme plan that follows the method.
const DiagnosticPage = lazyPage(
  'studio',
  () => import('../pages/studio/readiness/DiagnosticPage'),
  'DiagnosticPage',
);
const DiagnosticTakePage = lazyPage(
  'studio',
  () => import('../pages/studio/readiness/DiagnosticTakePage'),
  'DiagnosticTakePage',
);
const ProgrammePlanPage = lazyPage(
  'studio',
  () => import('../pages/studio/readiness/ProgrammePlanPage'),
  'ProgrammePlanPage',
);
// Training paths: the learners' list and one module.
const LearningPage = lazyPage('programme', () => import('../pages/learning/LearningPage'), 'LearningPage');
const LearningModulePage = lazyPage(
  'programme',
  () => import('../pages/learning/LearningModulePage'),
  'LearningModulePage',
);

const managers = ['Programme.Manager', 'Programme.Admin'] as const;
const reviewers = ['Programme.Reviewer', 'Programme.Admin'] as const;
const auditors = ['Programme.Reviewer', 'Programme.Admin'] as const;
const admins = ['Programme.Admin'] as const;

/** Every page of the tab, in navigation order. A new page is one more entry here. */
export const pages: readonly PageDefinition[] = [
  {
    id: 'home',
    path: '/',
    section: 'programme',
    labelKey: 'nav.home',
    icon: HomeRegular,
    Component: HomePage,
  },
  {
    id: 'library',
    path: '/library',
    section: 'programme',
    labelKey: 'nav.library',
    icon: LibraryRegular,
    Component: LibraryPage,
  },
  {
    // Deep link "item:<id>" opens one item.
    id: 'item',
    path: '/library/:itemId',
    section: 'programme',
    labelKey: 'nav.library',
    icon: LibraryRegular,
    Component: LibraryItemPage,
    inMenu: false,
  },
  {
    id: 'charter',
    path: '/charter',
    section: 'programme',
    labelKey: 'nav.charter',
    icon: DocumentTextRegular,
    Component: CharterPage,
  },
  {
    id: 'impact',
    path: '/impact',
    section: 'programme',
    labelKey: 'nav.impact',
    icon: DataUsageRegular,
    Component: ImpactPage,
  },
  {
    id: 'my-data',
    path: '/my-data',
    section: 'programme',
    labelKey: 'nav.myData',
    icon: ShieldPersonRegular,
    Component: MyDataPage,
  },
  {
    // Aggregates only: every employee may read it.
    id: 'company-summary',
    path: '/company-summary',
    section: 'programme',
    labelKey: 'nav.companySummary',
    icon: DataPieRegular,
    Component: CompanySummaryPage,
  },
  {
    // Ambassadors propose; others see how to join.
    id: 'propose',
    path: '/propose',
    section: 'programme',
    labelKey: 'nav.propose',
    icon: LightbulbRegular,
    Component: ProposePage,
  },
  {
    id: 'events',
    path: '/events',
    section: 'programme',
    labelKey: 'nav.events',
    icon: CalendarStarRegular,
    Component: EventsPage,
  },
  {
    id: 'learning',
    path: '/learning',
    section: 'programme',
    labelKey: 'nav.learning',
    icon: HatGraduationRegular,
    Component: LearningPage,
  },
  {
    // Deep link "learning-module:<id>" opens one module (from its card in chat).
    id: 'learning-module',
    path: '/learning/modules/:moduleId',
    section: 'programme',
    labelKey: 'nav.learning',
    icon: HatGraduationRegular,
    Component: LearningModulePage,
    inMenu: false,
  },
  {
    id: 'challenges',
    path: '/challenges',
    section: 'programme',
    labelKey: 'nav.challenges',
    icon: TrophyRegular,
    Component: ChallengesPage,
  },
  // The method first: where the programme stands, and what it does next.
  {
    id: 'programme-plan',
    path: '/studio/programme-plan',
    section: 'studio',
    labelKey: 'nav.programmePlan',
    icon: TaskListLtrRegular,
    roles: managers,
    Component: ProgrammePlanPage,
  },
  {
    id: 'diagnostic',
    path: '/studio/diagnostic',
    section: 'studio',
    labelKey: 'nav.diagnostic',
    icon: GaugeRegular,
    roles: managers,
    Component: DiagnosticPage,
  },
  {
    id: 'diagnostic-take',
    path: '/studio/diagnostic/take',
    section: 'studio',
    labelKey: 'nav.diagnostic',
    icon: GaugeRegular,
    roles: managers,
    Component: DiagnosticTakePage,
    inMenu: false,
  },
  {
    id: 'people',
    path: '/studio/people',
    section: 'studio',
    labelKey: 'nav.people',
    icon: PeopleRegular,
    roles: managers,
    Component: PeoplePage,
  },
  {
    id: 'campaigns',
    path: '/studio/campaigns',
    section: 'studio',
    labelKey: 'nav.campaigns',
    icon: MegaphoneRegular,
    roles: managers,
    Component: CampaignsPage,
  },
  {
    id: 'campaign-new',
    path: '/studio/campaigns/new',
    section: 'studio',
    labelKey: 'nav.campaigns',
    icon: MegaphoneRegular,
    roles: managers,
    Component: CampaignEditorPage,
    inMenu: false,
  },
  {
    // Deep link "campaign:<id>" opens one campaign.
    id: 'campaign',
    path: '/studio/campaigns/:campaignId',
    section: 'studio',
    labelKey: 'nav.campaigns',
    icon: MegaphoneRegular,
    roles: managers,
    Component: CampaignPage,
    inMenu: false,
  },
  {
    id: 'campaign-edit',
    path: '/studio/campaigns/:campaignId/edit',
    section: 'studio',
    labelKey: 'nav.campaigns',
    icon: MegaphoneRegular,
    roles: managers,
    Component: CampaignEditorPage,
    inMenu: false,
  },
  {
    id: 'nudges',
    path: '/studio/nudges',
    section: 'studio',
    labelKey: 'nav.nudges',
    icon: AlertUrgentRegular,
    roles: managers,
    Component: NudgesPage,
  },
  {
    id: 'nudge-new',
    path: '/studio/nudges/new',
    section: 'studio',
    labelKey: 'nav.nudges',
    icon: AlertUrgentRegular,
    roles: managers,
    Component: NudgeComposePage,
    inMenu: false,
  },
  {
    id: 'polls',
    path: '/studio/polls',
    section: 'studio',
    labelKey: 'nav.polls',
    icon: PollRegular,
    roles: managers,
    Component: PollsPage,
  },
  {
    id: 'poll-new',
    path: '/studio/polls/new',
    section: 'studio',
    labelKey: 'nav.polls',
    icon: PollRegular,
    roles: managers,
    Component: PollEditorPage,
    inMenu: false,
  },
  {
    // Deep link "poll:<id>" opens one poll's results.
    id: 'poll',
    path: '/studio/polls/:pollId',
    section: 'studio',
    labelKey: 'nav.polls',
    icon: PollRegular,
    roles: managers,
    Component: PollPage,
    inMenu: false,
  },
  {
    id: 'studio-learning',
    path: '/studio/learning',
    section: 'studio',
    labelKey: 'nav.studioLearning',
    icon: HatGraduationRegular,
    roles: managers,
    Component: LearningPathsPage,
  },
  {
    id: 'studio-learning-new',
    path: '/studio/learning/new',
    section: 'studio',
    labelKey: 'nav.studioLearning',
    icon: HatGraduationRegular,
    roles: managers,
    Component: LearningPathEditorPage,
    inMenu: false,
  },
  {
    id: 'studio-learning-path',
    path: '/studio/learning/:pathId',
    section: 'studio',
    labelKey: 'nav.studioLearning',
    icon: HatGraduationRegular,
    roles: managers,
    Component: LearningPathPage,
    inMenu: false,
  },
  {
    id: 'studio-learning-edit',
    path: '/studio/learning/:pathId/edit',
    section: 'studio',
    labelKey: 'nav.studioLearning',
    icon: HatGraduationRegular,
    roles: managers,
    Component: LearningPathEditorPage,
    inMenu: false,
  },
  {
    id: 'studio-events',
    path: '/studio/events',
    section: 'studio',
    labelKey: 'nav.eventsStudio',
    icon: CalendarStarRegular,
    roles: managers,
    Component: EventsStudioPage,
  },
  {
    id: 'studio-event-new',
    path: '/studio/events/new',
    section: 'studio',
    labelKey: 'nav.eventsStudio',
    icon: CalendarStarRegular,
    roles: managers,
    Component: EventEditorPage,
    inMenu: false,
  },
  {
    id: 'studio-event',
    path: '/studio/events/:eventId',
    section: 'studio',
    labelKey: 'nav.eventsStudio',
    icon: CalendarStarRegular,
    roles: managers,
    Component: StudioEventPage,
    inMenu: false,
  },
  {
    id: 'studio-event-edit',
    path: '/studio/events/:eventId/edit',
    section: 'studio',
    labelKey: 'nav.eventsStudio',
    icon: CalendarStarRegular,
    roles: managers,
    Component: EventEditorPage,
    inMenu: false,
  },
  {
    id: 'content',
    path: '/studio/content',
    section: 'studio',
    labelKey: 'nav.content',
    icon: DocumentMultipleRegular,
    roles: managers,
    Component: ContentStudioPage,
  },
  {
    id: 'content-new',
    path: '/studio/content/new',
    section: 'studio',
    labelKey: 'nav.content',
    icon: DocumentMultipleRegular,
    roles: managers,
    Component: ContentEditorPage,
    inMenu: false,
  },
  {
    // Deep link "content-item:<id>" opens one item in the studio.
    id: 'content-item',
    path: '/studio/content/:itemId',
    section: 'studio',
    labelKey: 'nav.content',
    icon: DocumentMultipleRegular,
    roles: managers,
    Component: ContentEditorPage,
    inMenu: false,
  },
  {
    id: 'review',
    path: '/studio/review',
    section: 'studio',
    labelKey: 'nav.review',
    icon: ShieldTaskRegular,
    roles: reviewers,
    Component: ReviewQueuePage,
  },
  {
    // Deep link "review-item:<id>" opens one item to review.
    id: 'review-item',
    path: '/studio/review/:itemId',
    section: 'studio',
    labelKey: 'nav.review',
    icon: ShieldTaskRegular,
    roles: reviewers,
    Component: ReviewItemPage,
    inMenu: false,
  },
  {
    id: 'content-settings',
    path: '/studio/settings',
    section: 'studio',
    labelKey: 'nav.contentSettings',
    icon: SettingsRegular,
    roles: admins,
    Component: ContentSettingsPage,
  },
  {
    id: 'groups',
    path: '/studio/groups',
    section: 'studio',
    labelKey: 'nav.groups',
    icon: PeopleTeamRegular,
    roles: managers,
    Component: GroupsPage,
  },
  {
    // Deep link "group:<id>" opens one group.
    id: 'group',
    path: '/studio/groups/:groupId',
    section: 'studio',
    labelKey: 'nav.groups',
    icon: PeopleTeamRegular,
    roles: managers,
    Component: GroupPage,
    inMenu: false,
  },
  {
    id: 'feeds',
    path: '/studio/feeds',
    section: 'studio',
    labelKey: 'nav.feeds',
    icon: RssRegular,
    roles: managers,
    Component: FeedsPage,
  },
  {
    id: 'audit',
    path: '/studio/audit',
    section: 'studio',
    labelKey: 'nav.audit',
    icon: HistoryRegular,
    roles: auditors,
    Component: AuditPage,
  },
  {
    id: 'supervision',
    path: '/studio/supervision',
    section: 'studio',
    labelKey: 'nav.supervision',
    icon: ChatBubblesQuestionRegular,
    roles: auditors,
    Component: SupervisionPage,
  },
  {
    id: 'retention',
    path: '/studio/retention',
    section: 'studio',
    labelKey: 'nav.retention',
    icon: ArchiveRegular,
    roles: admins,
    Component: RetentionPage,
  },
  {
    id: 'charter-versions',
    path: '/studio/charter',
    section: 'studio',
    labelKey: 'nav.charterAdmin',
    icon: DocumentEditRegular,
    roles: admins,
    Component: CharterAdminPage,
    // A manager following the programme plan reads the charter in force: only administrators publish it.
    otherwise: 'charter',
  },
  {
    id: 'insights',
    path: '/insights',
    section: 'studio',
    labelKey: 'nav.insights',
    icon: DataTrendingRegular,
    roles: managers,
    Component: InsightsPage,
    otherwise: 'company-summary',
  },
  {
    // Deep link "insights-campaign:<id>" opens one campaign's figures.
    id: 'insights-campaign',
    path: '/insights/campaigns/:campaignId',
    section: 'studio',
    labelKey: 'nav.insights',
    icon: DataTrendingRegular,
    roles: managers,
    Component: CampaignInsightsPage,
    inMenu: false,
    otherwise: 'company-summary',
  },
  {
    // Deep link "insights-item:<id>" opens one item's figures.
    id: 'insights-item',
    path: '/insights/items/:itemId',
    section: 'studio',
    labelKey: 'nav.insights',
    icon: DataTrendingRegular,
    roles: managers,
    Component: ItemInsightsPage,
    inMenu: false,
    otherwise: 'company-summary',
  },
  {
    id: 'insights-settings',
    path: '/insights/settings',
    section: 'studio',
    labelKey: 'nav.insights',
    icon: DataTrendingRegular,
    roles: admins,
    Component: InsightsSettingsPage,
    inMenu: false,
    otherwise: 'company-summary',
  },
  {
    id: 'studio-challenges',
    path: '/studio/challenges',
    section: 'studio',
    labelKey: 'nav.studioChallenges',
    icon: TrophyRegular,
    roles: managers,
    Component: ChallengesStudioPage,
  },
  {
    id: 'challenge-new',
    path: '/studio/challenges/new',
    section: 'studio',
    labelKey: 'nav.studioChallenges',
    icon: TrophyRegular,
    roles: managers,
    Component: ChallengeEditorPage,
    inMenu: false,
  },
  {
    id: 'challenge-edit',
    path: '/studio/challenges/:challengeId/edit',
    section: 'studio',
    labelKey: 'nav.studioChallenges',
    icon: TrophyRegular,
    roles: managers,
    Component: ChallengeEditorPage,
    inMenu: false,
  },
  {
    id: 'points-rules',
    path: '/studio/points-rules',
    section: 'studio',
    labelKey: 'nav.pointsRules',
    icon: TrophyRegular,
    roles: managers,
    Component: PointsRulesPage,
    inMenu: false,
  },
];

export const navSections: readonly NavSection[] = ['programme', 'studio'];
