import { lazy } from 'react';
import type { ComponentType } from 'react';
import { HomeRegular, PeopleRegular } from '@fluentui/react-icons';
import type { FluentIcon } from '@fluentui/react-icons';
import { HomePage } from '../pages/home/HomePage';
import type { PageAccess } from './pageAccess';

export type NavSection = 'programme' | 'studio';

export interface PageDefinition extends PageAccess {
  section: NavSection;
  labelKey: 'nav.home' | 'nav.people';
  icon: FluentIcon;
  Component: ComponentType;
}

// Studio pages are for a few managers: they download only when opened.
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
