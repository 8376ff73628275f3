import type { Messages } from '../messages';

/** Une page que les rôles de la personne n’ouvrent pas : à qui elle est destinée, avec égards. */
export const accessFr = {
  restricted: {
    managers:
      'Cette page est destinée aux responsables du programme. Si vous en avez besoin pour votre travail, adressez-vous à l’administrateur du programme.',
    reviewers:
      'Cette page est destinée aux relecteurs de contenus. Si vous en avez besoin pour votre travail, adressez-vous à l’administrateur du programme.',
    admins:
      'Cette page est destinée aux administrateurs du programme. Si vous en avez besoin, adressez-vous à l’un d’eux.',
  },
  otherwise: 'Ouvrir : {{page}}',
} satisfies Messages;
