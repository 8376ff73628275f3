import type { Messages } from '../messages';

/** Le diagnostic de maturité et le plan du programme, pour les responsables du programme. */
export const readinessFr = {
  dimensions: {
    objectives: 'Objectifs et KPI',
    sponsorship: 'Engagement de la direction',
    content: 'Contenus',
    charter: 'Charte des réseaux sociaux',
    moderation: 'Modération',
    pilot: 'Groupe pilote',
    training: 'Formation',
    launch: 'Lancement',
    animation: 'Animation',
    measurement: 'Mesure',
    constraints: 'Contraintes du secteur',
  },
  diagnostic: {
    title: 'Diagnostic de maturité',
    intro:
      'Les conditions du succès sont-elles réunies ? Répondez pour l’organisation telle qu’elle est aujourd’hui, avant le lancement ou à mesure que le programme grandit, et refaites le diagnostic plus tard pour voir les progrès.',
    loading: 'Chargement du diagnostic…',
    empty:
      'Le diagnostic n’a pas encore été fait : quelques minutes d’affirmations à évaluer, une condition du succès à la fois.',
    take: 'Faire le diagnostic',
    retake: 'Le refaire',
    plan: 'Plan du programme',
    takenOn: 'Fait le {{date}}.',
    overall: 'Maturité globale : {{score, number}} sur 100',
    overallNone: 'Maturité globale : aucune affirmation ne s’applique',
    scores: 'Scores par condition du succès',
    chartCaption: 'Score sur 100 et, entre parenthèses, l’évolution depuis le diagnostic précédent.',
    columns: {
      dimension: 'Condition du succès',
      score: 'Score',
      previous: 'Précédent',
      change: 'Évolution',
    },
    notApplicable: 'Sans objet',
    noChange: 'Inchangé',
    history: 'Diagnostics faits',
    historyLabel: 'Diagnostics faits',
    historyColumns: {
      takenOn: 'Fait le',
      overall: 'Maturité globale',
    },
  },
  questionnaire: {
    title: 'Faire le diagnostic de maturité',
    intro:
      'Pour chaque affirmation, dites dans quelle mesure elle est vraie aujourd’hui dans votre organisation. Vos réponses précédentes sont reprises : changez ce qui a bougé.',
    loading: 'Chargement du questionnaire…',
    back: 'Diagnostic de maturité',
    scale: {
      '0': 'Pas du tout',
      '1': 'Un peu',
      '2': 'En partie',
      '3': 'Largement',
      '4': 'Tout à fait',
    },
    notApplicable: 'Sans objet',
    required: 'Choisissez une réponse.',
    unanswered_one: '{{count, number}} affirmation attend encore sa réponse.',
    unanswered_many: '{{count, number}} affirmations attendent encore leur réponse.',
    unanswered_other: '{{count, number}} affirmations attendent encore leur réponse.',
    submit: 'Enregistrer les réponses',
    saving: 'Enregistrement…',
    saveFailed: 'Les réponses n’ont pas pu être enregistrées.',
    questions: {
      'objectives-defined':
        'L’objectif du programme est clair et partagé : notoriété, repositionnement, recrutement, ventes…',
      'objectives-kpis':
        'Les KPI qui montreront le succès sont choisis, avec des cibles : partages, clics, participation.',
      'sponsorship-example':
        'Des membres du comité de direction, voire le dirigeant, sont présents sur les réseaux sociaux et montreront l’exemple.',
      'sponsorship-case':
        'Un plaidoyer répond aux réticences à prévoir : ce que le programme apporte, et comment ses risques sont maîtrisés.',
      'sponsorship-trust':
        'La direction accepte que les collaborateurs s’expriment avec leurs propres mots, et non en relais du message officiel.',
      'content-suppliers':
        'On sait qui produit les contenus et qui les transmet aux ambassadeurs : communication, RH, marketing, intranet.',
      'content-fit':
        'Il y a assez de contenus, adaptés à l’objectif et aux codes de chaque réseau, pour partager chaque semaine.',
      'charter-written':
        'Une charte des réseaux sociaux est rédigée : rassurante et émancipatrice, comme un code de la route qui protège les usagers.',
      'charter-endorsed': 'Les directions juridique, RH et communication ont validé la charte.',
      'moderation-named':
        'Un modérateur est nommé pour garder un œil sur les publications des ambassadeurs, en conseillant et en encourageant plutôt qu’en surveillant.',
      'moderation-review':
        'On a décidé qui relit les contenus avant qu’ils n’arrivent aux ambassadeurs, et qui est le référent pour l’usage des réseaux sociaux.',
      'pilot-identified':
        'Dans l’entité la plus concernée, vous savez qui a déjà une empreinte sur les réseaux sociaux.',
      'pilot-volunteers':
        'Un appel à volontaires peut faire émerger des profils motivés pour un groupe pilote ; personne n’est obligé d’y participer.',
      'training-planned':
        'Une formation est prévue pour le groupe pilote, même pour ceux qui sont déjà actifs, par niveau si besoin.',
      'training-win-win':
        'La formation apporte aux ambassadeurs quelque chose pour eux-mêmes : un meilleur profil, l’écriture d’un post, leur marque personnelle.',
      'launch-event':
        'Le lancement est prévu comme un événement qui montre au groupe pilote l’importance qu’on lui accorde.',
      'launch-sponsors': 'Des sponsors du comité de direction seront présents au lancement.',
      'animation-team':
        'Une équipe a le temps de faire vivre le programme dans la durée : animation, modération, communication.',
      'animation-rhythm':
        'Des encouragements réguliers sont prévus : sondages, challenges, événements exclusifs, moments en présentiel.',
      'measurement-tracking':
        'Les résultats peuvent être mesurés : partages, clics et portée de ce que publient les ambassadeurs.',
      'measurement-review':
        'Les résultats seront revus régulièrement avec les parties prenantes, pour ajuster tout en gardant des KPI assez stables pour montrer les progrès.',
      'constraints-listed':
        'Entreprise cotée : ce que les ambassadeurs peuvent dire des résultats et de la stratégie est convenu avec la communication financière (périodes de silence, information privilégiée).',
      'constraints-regulated':
        'Secteur réglementé (finance, industrie pharmaceutique…) : les validations et l’archivage de ce qui est partagé répondent aux attentes du régulateur.',
    },
  },
  plan: {
    title: 'Plan du programme',
    intro:
      'Les onze étapes de la méthode, dans l’ordre. Les étapes que le produit voit se cochent d’elles-mêmes ; cochez les autres au fil de l’eau.',
    loading: 'Chargement du plan du programme…',
    progress: '{{done, number}} étapes faites sur {{count, number}}',
    tableLabel: 'Étapes du plan du programme',
    columns: {
      step: 'Étape',
      state: 'État',
      next: 'Où',
    },
    states: {
      todo: 'À faire',
      'in-progress': 'En cours',
      done: 'Fait',
    },
    stateOf: 'État de « {{step}} »',
    computed: 'Vu par le produit',
    saving: 'Enregistrement…',
    saveFailed: 'L’étape n’a pas pu être mise à jour.',
    links: {
      diagnostic: 'Faire le diagnostic',
      objectives: 'Fixer les KPI cibles d’une campagne',
      platform: 'Décider de la relecture et des règles des contenus',
      charter: 'Rédiger la charte',
      leadership: 'Trouver les sponsors parmi les personnes',
      content: 'Préparer des contenus',
      pilot: 'Créer le groupe pilote',
      training: 'Planifier une session de formation',
      launch: 'Planifier l’événement de lancement',
      animation: 'Lancer un challenge',
      measurement: 'Lire les Insights',
    },
  },
} satisfies Messages;
