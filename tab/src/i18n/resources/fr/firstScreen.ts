import { accessFr } from './access';
import { problemsFr } from './problems';
import type { Messages } from '../messages';

/** What the first screen needs (the shell, home, the library, errors): loaded before the tab shows. */
export const frFirstScreen = {
  app: {
    name: 'Ambassade',
    starting: 'Démarrage d’Ambassade…',
  },
  tabConfig: {
    title: 'Ajouter Ambassade à ce canal',
    intro: 'Choisissez ce que l’onglet affiche. Chacun ne voit que les contenus qui lui sont destinés.',
    page: 'Page',
    pages: { library: 'Bibliothèque', charter: 'Charte des réseaux sociaux' },
    outsideTeams:
      'Cette page configure l’onglet Ambassade depuis Teams : ajoutez l’onglet à un canal ou une conversation.',
  },
  shell: {
    greeting: 'Bonjour, {{name}}',
    skipToContent: 'Aller au contenu',
    loadingPage: 'Chargement de la page…',
    navigation: 'Navigation principale',
    menu: 'Menu',
    closeMenu: 'Fermer le menu',
    sections: {
      programme: 'Programme',
      studio: 'Studio',
    },
  },
  nav: {
    challenges: 'Défis et classement',
    studioChallenges: 'Défis',
    pointsRules: 'Règles de points',
    polls: 'Sondages',
    nudges: 'Relances',
    events: 'Événements',
    eventsStudio: 'Gérer les événements',
    learning: 'Se former',
    home: 'Accueil',
    library: 'Bibliothèque',
    charter: 'Charte',
    impact: 'Mon impact',
    myData: 'Mes données',
    people: 'Personnes',
    propose: 'Proposer une publication',
    campaigns: 'Campagnes',
    content: 'Studio de contenus',
    review: 'File de relecture',
    contentSettings: 'Paramètres',
    groups: 'Groupes',
    feeds: 'Flux intranet',
    audit: 'Journal d’audit',
    supervision: 'Partages des ambassadeurs',
    retention: 'Conservation des données',
    charterAdmin: 'Versions de la charte',
    insights: 'Statistiques',
    companySummary: 'Bilan de l’entreprise',
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
      ambassadorHint: 'Choisissez une publication dans la bibliothèque, personnalisez-la et partagez-la.',
      openLibrary: 'Trouver un contenu à partager',
      readCharter: 'Devenir ambassadeur',
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
      setUp: {
        intro:
          'Le programme n’est pas encore en place pour votre organisation. En tant qu’administrateur, nommez-la pour commencer : les groupes, la charte et les campagnes suivent dans le studio.',
        name: 'Nom de l’organisation',
        brands: 'Marques',
        brandsHint: 'Une par ligne ; vous pouvez laisser vide.',
        submit: 'Mettre en place le programme',
      },
    },
  },
  common: {
    newWindow: ' (s’ouvre dans une nouvelle fenêtre)',
    noFileChosen: 'Aucun fichier choisi',
    cancel: 'Annuler',
    inTimeZone: 'Heure de {{zone}} (fuseau de votre profil)',
    clearSearch: 'Effacer la recherche',
    peopleSearch: {
      searching: 'Recherche…',
      results: 'Personnes trouvées',
      noResults: 'Personne ne correspond à « {{text}} ».',
    },
  },
  languages: {
    fr: 'Français',
    en: 'Anglais',
  },
  library: {
    title: 'Bibliothèque',
    intro:
      'Des contenus prêts à partager sur vos propres réseaux. Personnalisez chaque texte avant de le partager.',
    search: 'Rechercher dans la bibliothèque',
    filters: {
      label: 'Recherche et filtres',
      campaign: 'Campagne',
      anyCampaign: 'Toutes les campagnes',
      network: 'Réseau',
      anyNetwork: 'Tous les réseaux',
      language: 'Langue',
      anyLanguage: 'Toutes les langues',
      brand: 'Marque',
      anyBrand: 'Toutes les marques',
    },
    clearFilters: 'Effacer les filtres',
    loading: 'Chargement de la bibliothèque…',
    loadingMore: 'Chargement de la suite…',
    loadMore: 'Afficher plus',
    shown_one: '{{count, number}} contenu affiché',
    shown_many: '{{count, number}} contenus affichés',
    shown_other: '{{count, number}} contenus affichés',
    empty:
      'Aucun contenu pour vous pour l’instant. Les nouvelles publications apparaîtront ici au lancement des campagnes.',
    emptyFiltered: 'Aucun résultat — effacez les filtres pour tout voir.',
    listLabel: 'Contenus à partager',
    networks: 'Réseaux',
    until: 'Jusqu’au {{date}}',
    proposedBy: 'Proposé par {{name}}',
  },
  fields: {
    locale: 'Langue',
    timeZone: 'Fuseau horaire',
    text: 'Votre texte',
    network: 'Réseau',
    language: 'Langue du texte',
    nameFr: 'Nom en français',
    nameEn: 'Nom en anglais',
    entraGroupId: 'Identifiant d’objet du groupe Entra ID',
    feedUrl: 'Adresse du flux',
    campaign: 'Campagne qui reçoit ses articles',
    unnamed: 'Un champ',
  },
  errors: {
    actions: {
      retry: 'Réessayer',
      signIn: 'Se reconnecter',
      reload: 'Recharger la page',
      home: 'Aller à l’accueil',
      charter: 'Lire et accepter',
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
    changedElsewhere: {
      title: 'Quelqu’un l’a modifié entre-temps',
      message:
        'Rien de vos changements n’a été enregistré. Rechargez pour voir les siens, puis refaites les vôtres.',
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
    charterRequired: {
      title: 'Une nouvelle version de la charte doit être acceptée',
      message: 'La charte a changé sur le fond : acceptez la nouvelle version pour continuer à partager.',
    },
    notAmbassador: {
      title: 'Réservé aux ambassadeurs',
      message: 'Lisez la charte et rejoignez le programme pour partager des contenus.',
    },
    pageNotFound: {
      title: 'Page introuvable',
      message: 'Cette page n’existe pas.',
    },
  },
  access: accessFr,
  problems: problemsFr,
  erased: {
    title: 'Vos données sont effacées',
    message:
      'Effacées le {{date}}. Référence : {{reference}} — conservez-la si vous contactez l’équipe du programme. Vous êtes maintenant déconnecté.',
    restart: 'Revenir au début',
    keptTitle: 'Ce que la loi nous oblige à conserver',
  },
} satisfies Messages;
