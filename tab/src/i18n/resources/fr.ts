import type { Messages } from './messages';

export const fr = {
  app: {
    name: 'Ambassade',
    starting: 'Démarrage d’Ambassade…',
  },
  shell: {
    greeting: 'Bonjour, {{name}}',
    skipToContent: 'Aller au contenu',
    loadingPage: 'Chargement de la page…',
    navigation: 'Navigation principale',
    sections: {
      programme: 'Programme',
      studio: 'Studio',
    },
  },
  nav: {
    home: 'Accueil',
    people: 'Personnes',
  },
  language: {
    label: 'Langue',
    saving: 'Enregistrement de votre langue…',
    saveFailed: 'Votre langue n’a pas pu être enregistrée.',
  },
  roles: {
    employee: 'Collaborateur',
    manager: 'Responsable du programme',
    reviewer: 'Relecteur',
    admin: 'Administrateur',
  },
  enrolment: {
    notEnrolled: 'Pas encore ambassadeur',
    ambassador: 'Ambassadeur',
    left: 'A quitté le programme',
  },
  groupKinds: {
    pilot: 'Groupe pilote',
    site: 'Site',
    team: 'Équipe',
    brand: 'Marque',
  },
  home: {
    title: 'Bienvenue, {{name}}',
    intro:
      'Ambassade accompagne les collaborateurs qui souhaitent partager l’actualité de l’entreprise sur leurs propres réseaux sociaux. La participation est entièrement volontaire.',
    participation: {
      title: 'Votre participation',
      notEnrolled: 'Vous n’êtes pas encore ambassadeur.',
      notEnrolledHint:
        'La participation est volontaire : vous pouvez rejoindre le programme, et le quitter, quand vous le souhaitez.',
      ambassador: 'Ambassadeur depuis le {{date}}',
      ambassadorUndated: 'Vous êtes ambassadeur.',
      left: 'Vous avez quitté le programme.',
      leftHint: 'Vous ne recevez plus de rappels. Vous pouvez revenir quand vous le souhaitez.',
      roles: 'Vos rôles',
    },
    organisation: {
      title: 'Votre organisation',
      loading: 'Chargement de votre organisation…',
      brands: 'Marques',
      noBrands: 'Aucune marque pour l’instant.',
      groups: 'Groupes',
      noGroups: 'Aucun groupe pour l’instant.',
      members_one: '{{count, number}} membre',
      members_many: '{{count, number}} membres',
      members_other: '{{count, number}} membres',
    },
  },
  people: {
    title: 'Personnes',
    intro: 'Toutes les personnes de l’organisation et leur situation dans le programme.',
    loading: 'Chargement des personnes…',
    loadingMore: 'Chargement de la suite…',
    loadMore: 'Afficher plus',
    shown_one: '{{count, number}} personne affichée',
    shown_many: '{{count, number}} personnes affichées',
    shown_other: '{{count, number}} personnes affichées',
    empty: 'Personne dans l’organisation pour l’instant.',
    tableLabel: 'Personnes de l’organisation',
    noGroups: 'Aucun',
    columns: {
      name: 'Nom',
      enrolment: 'Programme',
      groups: 'Groupes',
    },
  },
  fields: {
    locale: 'Langue',
    timeZone: 'Fuseau horaire',
  },
  errors: {
    actions: {
      retry: 'Réessayer',
      signIn: 'Se reconnecter',
      reload: 'Recharger la page',
      home: 'Aller à l’accueil',
    },
    network: {
      title: 'Ambassade est injoignable',
      message: 'Vérifiez votre connexion, puis réessayez.',
    },
    unauthorized: {
      title: 'Votre session a expiré',
      message: 'Reconnectez-vous pour continuer.',
    },
    signIn: {
      title: 'Vous n’êtes pas connecté',
      message: 'Reconnectez-vous pour continuer.',
    },
    forbidden: {
      title: 'Vous n’avez pas accès',
      message:
        'Cet espace est réservé à d’autres rôles. Adressez-vous à l’administrateur du programme si vous en avez besoin.',
    },
    notFound: {
      title: 'Introuvable',
      message: 'Ce que vous cherchez n’existe pas ou a été supprimé.',
    },
    invalid: {
      title: 'La demande n’a pas été acceptée',
      message: 'Vérifiez les informations ci-dessous, puis réessayez.',
    },
    server: {
      title: 'Un problème est survenu de notre côté',
      message: 'Réessayez dans un instant. Si cela se reproduit, prévenez l’équipe du programme.',
    },
    unexpected: {
      title: 'Un problème est survenu',
      message: 'Rechargez la page. Si cela se reproduit, prévenez l’équipe du programme.',
    },
    pageNotFound: {
      title: 'Page introuvable',
      message: 'Cette page n’existe pas.',
    },
  },
} satisfies Messages;
