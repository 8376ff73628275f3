import type { Messages } from './messages';

export const en = {
  app: {
    name: 'Ambassade',
    starting: 'Starting Ambassade…',
  },
  shell: {
    greeting: 'Hello, {{name}}',
    skipToContent: 'Skip to content',
    loadingPage: 'Loading the page…',
    navigation: 'Main navigation',
    sections: {
      programme: 'Programme',
      studio: 'Studio',
    },
  },
  nav: {
    home: 'Home',
    people: 'People',
  },
  language: {
    label: 'Language',
    saving: 'Saving your language…',
    saveFailed: 'Your language could not be saved.',
  },
  roles: {
    employee: 'Employee',
    manager: 'Programme manager',
    reviewer: 'Reviewer',
    admin: 'Administrator',
  },
  enrolment: {
    notEnrolled: 'Not an ambassador',
    ambassador: 'Ambassador',
    left: 'Left the programme',
  },
  groupKinds: {
    pilot: 'Pilot group',
    site: 'Site',
    team: 'Team',
    brand: 'Brand',
  },
  home: {
    title: 'Welcome, {{name}}',
    intro:
      'Ambassade helps colleagues who wish to share the company’s news on their own social networks. Taking part is entirely voluntary.',
    participation: {
      title: 'Your participation',
      notEnrolled: 'You are not an ambassador yet.',
      notEnrolledHint:
        'Taking part is voluntary: you can join the programme, and leave it, whenever you like.',
      ambassador: 'Ambassador since {{date}}',
      ambassadorUndated: 'You are an ambassador.',
      left: 'You have left the programme.',
      leftHint: 'You no longer receive reminders. You are welcome back whenever you like.',
      roles: 'Your roles',
    },
    organisation: {
      title: 'Your organisation',
      loading: 'Loading your organisation…',
      brands: 'Brands',
      noBrands: 'No brands yet.',
      groups: 'Groups',
      noGroups: 'No groups yet.',
      members_one: '{{count, number}} member',
      members_other: '{{count, number}} members',
    },
  },
  people: {
    title: 'People',
    intro: 'Everyone in the organisation and where they stand in the programme.',
    loading: 'Loading people…',
    loadingMore: 'Loading more people…',
    loadMore: 'Load more',
    shown_one: '{{count, number}} person shown',
    shown_other: '{{count, number}} people shown',
    empty: 'No one in the organisation yet.',
    tableLabel: 'People in the organisation',
    noGroups: 'None',
    columns: {
      name: 'Name',
      enrolment: 'Programme',
      groups: 'Groups',
    },
  },
  fields: {
    locale: 'Language',
    timeZone: 'Time zone',
  },
  errors: {
    actions: {
      retry: 'Retry',
      signIn: 'Sign in again',
      reload: 'Reload the page',
      home: 'Go to Home',
    },
    network: {
      title: 'Ambassade cannot be reached',
      message: 'Check your connection, then retry.',
    },
    unauthorized: {
      title: 'Your session has ended',
      message: 'Sign in again to continue.',
    },
    signIn: {
      title: 'You are not signed in',
      message: 'Sign in again to continue.',
    },
    forbidden: {
      title: 'You do not have access',
      message: 'This is reserved for other roles. Ask your programme administrator if you need it.',
    },
    notFound: {
      title: 'Not found',
      message: 'What you are looking for does not exist or was removed.',
    },
    invalid: {
      title: 'The request was not accepted',
      message: 'Check the information below, then try again.',
    },
    server: {
      title: 'Something went wrong on our side',
      message: 'Retry in a moment. If it keeps happening, tell your programme team.',
    },
    unexpected: {
      title: 'Something went wrong',
      message: 'Reload the page. If it keeps happening, tell your programme team.',
    },
    pageNotFound: {
      title: 'Page not found',
      message: 'This page does not exist.',
    },
  },
} satisfies Messages;
