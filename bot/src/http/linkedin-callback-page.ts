import { messagePage } from './message-page';
import type { Locale } from '@contract/locale';

/** How a connection to LinkedIn ended, as the person reads it on the page LinkedIn sent them back to. */
export type LinkedInCallbackOutcome = 'connected' | 'declined' | 'failed' | 'stale';

const WORDS: Record<
  Locale,
  Record<LinkedInCallbackOutcome, { title: string; body: string }> & { back: string }
> = {
  fr: {
    connected: {
      title: 'LinkedIn est connecté',
      body: 'Vous pouvez publier sur LinkedIn depuis Ambassade, en un clic, toujours après avoir relu votre texte. Vous pouvez fermer cette fenêtre.',
    },
    declined: {
      title: 'LinkedIn n’est pas connecté',
      body: 'Vous avez refusé l’autorisation : rien n’a été enregistré. Vous pourrez connecter LinkedIn plus tard depuis « Mes données ».',
    },
    failed: {
      title: 'La connexion à LinkedIn n’a pas abouti',
      body: 'LinkedIn n’a pas répondu comme prévu : rien n’a été enregistré. Réessayez dans un moment depuis « Mes données ».',
    },
    stale: {
      title: 'Ce lien de connexion n’est plus valable',
      body: 'Il a déjà servi ou a expiré au bout de quelques minutes. Recommencez depuis « Mes données » dans Ambassade.',
    },
    back: 'Revenir à Ambassade',
  },
  en: {
    connected: {
      title: 'LinkedIn is connected',
      body: 'You can post on LinkedIn from Ambassade in one click, always after reading your text over. You may close this window.',
    },
    declined: {
      title: 'LinkedIn is not connected',
      body: 'You declined the authorisation: nothing was saved. You can connect LinkedIn later from “My data”.',
    },
    failed: {
      title: 'Connecting LinkedIn did not work',
      body: 'LinkedIn did not answer as expected: nothing was saved. Try again in a moment from “My data”.',
    },
    stale: {
      title: 'This connection link is no longer valid',
      body: 'It was already used, or expired after a few minutes. Start again from “My data” in Ambassade.',
    },
    back: 'Back to Ambassade',
  },
};

/** The page the person lands on after LinkedIn, in their language, in light or dark as their system is set. */
export function linkedInCallbackPage(
  outcome: LinkedInCallbackOutcome,
  locale: Locale,
  backUrl: string,
): string {
  const { title, body } = WORDS[locale][outcome];
  return messagePage(locale, { title, body, link: { href: backUrl, text: WORDS[locale].back } });
}
