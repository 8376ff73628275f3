import type { schedulingEn } from '../en/scheduling';

/** Les publications LinkedIn programmées : le « publier à… » du formulaire de partage et la liste de Mon impact. */
export const schedulingFr: typeof schedulingEn = {
  choose: 'Publier au moment que je choisis',
  chooseHint: 'Ambassade la publie sur LinkedIn en votre nom à ce moment, après l’avoir vérifiée de nouveau.',
  when: 'Publier le',
  button: 'Programmer sur LinkedIn',
  scheduling: 'Programmation…',
  scheduled:
    'Programmée : elle sera publiée sur LinkedIn le {{when}}. Le chat Ambassade vous dira quand elle sera en ligne.',
  moved:
    'Ce moment tombe dans vos heures calmes : elle sera publiée le {{when}}, à leur fin. Le chat Ambassade vous dira quand elle sera en ligne.',
  seeScheduled: 'Voir mes publications programmées',
  list: {
    title: 'Publications programmées',
    intro:
      'Les publications qu’Ambassade fera sur LinkedIn en votre nom. Vous pouvez les annuler jusqu’à leur heure.',
    at: 'Le {{when}}',
    posting: 'Publication en cours',
    cancel: 'Annuler',
    cancelLabel: 'Annuler la publication du {{when}}',
    dialogTitle: 'Annuler cette publication ?',
    dialogText:
      'Rien ne sera publié le {{when}}. Votre texte n’est pas gardé : partagez de nouveau pour le publier.',
    confirm: 'Annuler la publication',
    keep: 'La garder',
    cancelled: 'La publication du {{when}} est annulée.',
  },
};
