import { lazy } from 'react';
import type { ComponentType } from 'react';
import {
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
  RssRegular,
  ShieldPersonRegular,
} from '@fluentui/react-icons';
import type { FluentIcon } from '@fluentui/react-icons';
import { HomePage } from '../pages/home/HomePage';
import { LibraryPage } from '../pages/library/LibraryPage';
import type { PageAccess } from './pageAccess';

export type NavSection = 'programme' | 'studio';

export interface PageDefinition extends PageAccess {
  section: NavSection;
  labelKey:
    | 'nav.home'
    | 'nav.library'
    | 'nav.charter'
    | 'nav.impact'
    | 'nav.myData'
    | 'nav.people'
    | 'nav.propose'
    | 'nav.campaigns'
    | 'nav.content'
    | 'nav.review'
    | 'nav.contentSettings'
    | 'nav.groups'
    | 'nav.feeds'
    | 'nav.audit'
    | 'nav.charterAdmin';
  icon: FluentIcon;
  Component: ComponentType;
  /** False for pages reached from another page (an item of the library), not from the menu. */
  inMenu?: boolean;
}

// Home and the library are the first screen; every other page downloads only when opened.
const LibraryItemPage = lazy(() =>
  import('../pages/library/LibraryItemPage').then((module) => ({ default: module.LibraryItemPage })),
);
const CharterPage = lazy(() =>
  import('../pages/charter/CharterPage').then((module) => ({ default: module.CharterPage })),
);
const ImpactPage = lazy(() =>
  import('../pages/impact/ImpactPage').then((module) => ({ default: module.ImpactPage })),
);
const MyDataPage = lazy(() =>
  import('../pages/myData/MyDataPage').then((module) => ({ default: module.MyDataPage })),
);
const PeoplePage = lazy(() =>
  import('../pages/studio/PeoplePage').then((module) => ({ default: module.PeoplePage })),
);

const GroupsPage = lazy(() =>
  import('../pages/studio/groups/GroupsPage').then((module) => ({ default: module.GroupsPage })),
);
const GroupPage = lazy(() =>
  import('../pages/studio/groups/GroupPage').then((module) => ({ default: module.GroupPage })),
);
const FeedsPage = lazy(() =>
  import('../pages/studio/feeds/FeedsPage').then((module) => ({ default: module.FeedsPage })),
);
const AuditPage = lazy(() =>
  import('../pages/studio/audit/AuditPage').then((module) => ({ default: module.AuditPage })),
);
const CharterAdminPage = lazy(() =>
  import('../pages/studio/charterAdmin/CharterAdminPage').then((module) => ({
    default: module.CharterAdminPage,
  })),
);

// The programme studio: campaigns, content, review, settings.
const ProposePage = lazy(() =>
  import('../pages/propose/ProposePage').then((module) => ({ default: module.ProposePage })),
);
const CampaignsPage = lazy(() =>
  import('../pages/studio/campaigns/CampaignsPage').then((module) => ({ default: module.CampaignsPage })),
);
const CampaignEditorPage = lazy(() =>
  import('../pages/studio/campaigns/CampaignEditorPage').then((module) => ({
    default: module.CampaignEditorPage,
  })),
);
const CampaignPage = lazy(() =>
  import('../pages/studio/campaigns/CampaignPage').then((module) => ({ default: module.CampaignPage })),
);
const ContentStudioPage = lazy(() =>
  import('../pages/studio/content/ContentStudioPage').then((module) => ({
    default: module.ContentStudioPage,
  })),
);
const ContentEditorPage = lazy(() =>
  import('../pages/studio/content/ContentEditorPage').then((module) => ({
    default: module.ContentEditorPage,
  })),
);
const ReviewQueuePage = lazy(() =>
  import('../pages/studio/review/ReviewQueuePage').then((module) => ({ default: module.ReviewQueuePage })),
);
const ReviewItemPage = lazy(() =>
  import('../pages/studio/review/ReviewItemPage').then((module) => ({ default: module.ReviewItemPage })),
);
const ContentSettingsPage = lazy(() =>
  import('../pages/studio/settings/ContentSettingsPage').then((module) => ({
    default: module.ContentSettingsPage,
  })),
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
    // Ambassadors propose; others see how to join.
    id: 'propose',
    path: '/propose',
    section: 'programme',
    labelKey: 'nav.propose',
    icon: LightbulbRegular,
    Component: ProposePage,
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
    id: 'charter-versions',
    path: '/studio/charter',
    section: 'studio',
    labelKey: 'nav.charterAdmin',
    icon: DocumentEditRegular,
    roles: admins,
    Component: CharterAdminPage,
  },
];

export const navSections: readonly NavSection[] = ['programme', 'studio'];
