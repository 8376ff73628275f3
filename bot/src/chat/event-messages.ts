import type { Locale } from '@contract/locale';

/** What event cards say, in French and English (the pattern of `messages.ts`, kept apart for this feature). */
const en = {
  when: 'When',
  where: 'Where',
  online: 'Online',
  joinOnline: 'Join online',
  register: 'Register',
  joinWaitlist: 'Join the waitlist',
  cancelRegistration: 'Cancel my registration',
  leaveWaitlist: 'Leave the waitlist',
  registered: 'You are registered. See you there!',
  waitlisted:
    'The event is full: you are number {position} on the waitlist. You will get a seat as soon as one frees up.',
  seatsLeft: '{seats} of {capacity} seats left.',
  full: 'The event is full; join the waitlist to get the next seat that frees up.',
  closed: 'Registration is closed.',
  cancelledEvent: 'This event was cancelled.',
  notRegistered: 'You are not registered.',
  invitation: 'You are invited to an exclusive ambassador event',
  reminder: 'Reminder: this event is tomorrow',
  promoted: 'Good news: a seat freed up and it is yours',
  cancellationNotice: 'Sorry, this event was cancelled',
  notInvited: 'This event is for other ambassadors: you cannot register for it.',
  notFound: 'This event no longer exists.',
  started: 'The event has started: registrations can no longer change.',
};

export type EventMessages = Record<keyof typeof en, string>;

const fr: EventMessages = {
  when: 'Quand',
  where: 'Où',
  online: 'En ligne',
  joinOnline: 'Rejoindre en ligne',
  register: 'S’inscrire',
  joinWaitlist: 'Rejoindre la liste d’attente',
  cancelRegistration: 'Annuler mon inscription',
  leaveWaitlist: 'Quitter la liste d’attente',
  registered: 'Vous êtes inscrit(e). À bientôt !',
  waitlisted:
    'L’événement est complet : vous êtes numéro {position} sur la liste d’attente. Vous aurez une place dès qu’une se libère.',
  seatsLeft: 'Il reste {seats} places sur {capacity}.',
  full: 'L’événement est complet ; rejoignez la liste d’attente pour obtenir la prochaine place libérée.',
  closed: 'Les inscriptions sont closes.',
  cancelledEvent: 'Cet événement a été annulé.',
  notRegistered: 'Vous n’êtes pas inscrit(e).',
  invitation: 'Vous êtes invité(e) à un événement exclusif pour les ambassadeurs',
  reminder: 'Rappel : cet événement a lieu demain',
  promoted: 'Bonne nouvelle : une place s’est libérée, elle est pour vous',
  cancellationNotice: 'Désolé, cet événement est annulé',
  notInvited: 'Cet événement est réservé à d’autres ambassadeurs : vous ne pouvez pas vous y inscrire.',
  notFound: 'Cet événement n’existe plus.',
  started: 'L’événement a commencé : les inscriptions ne peuvent plus changer.',
};

const tables: Readonly<Record<Locale, EventMessages>> = { en, fr };

export function eventMessagesFor(locale: Locale): EventMessages {
  return tables[locale];
}
