import { lazy } from 'react';
import type { ComponentType } from 'react';
import {
  DataUsageRegular,
  DocumentTextRegular,
  HomeRegular,
  LibraryRegular,
  PeopleRegular,
  ShieldPersonRegular,
} from '@fluentui/react-icons';
import type { FluentIcon } from '@fluentui/react-icons';
import { HomePage } from '../pages/home/HomePage';
import { LibraryPage } from '../pages/library/LibraryPage';
import type { PageAccess } from './pageAccess';

export type NavSection = 'programme' | 'studio';

export interface PageDefinition extends PageAccess {
  section: NavSection;
  labelKey: 'nav.home' | 'nav.library' | 'nav.charter' | 'nav.impact' | 'nav.myData' | 'nav.people';
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

const managers = ['Programme.Manager', 'Programme.Admin'] as const;

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
    id: 'people',
    path: '/studio/people',
    section: 'studio',
    labelKey: 'nav.people',
    icon: PeopleRegular,
    roles: managers,
    Component: PeoplePage,
  },
];

export const navSections: readonly NavSection[] = ['programme', 'studio'];
