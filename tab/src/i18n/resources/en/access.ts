import type { Messages } from '../messages';

/** A page the person's roles do not open: who it is for, said kindly. */
export const accessEn = {
  restricted: {
    managers:
      'This page is for programme managers. If you need it for your work, ask your programme administrator.',
    reviewers:
      'This page is for content reviewers. If you need it for your work, ask your programme administrator.',
    admins: 'This page is for programme administrators. If you need it for your work, ask one of them.',
  },
  otherwise: 'Open {{page}}',
} satisfies Messages;
