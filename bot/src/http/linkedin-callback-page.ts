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
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<style>
  :root { color-scheme: light dark; font-family: "Segoe UI", system-ui, sans-serif; }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: Canvas; color: CanvasText; }
  main { max-width: 32rem; padding: 2rem 1.5rem; }
  h1 { font-size: 1.5rem; font-weight: 600; margin: 0 0 0.75rem; }
  p { font-size: 1rem; line-height: 1.5; margin: 0 0 1.5rem; }
  a { color: LinkText; }
</style>
</head>
<body>
<main>
<h1>${title}</h1>
<p>${body}</p>
<a href="${escapeAttribute(backUrl)}">${WORDS[locale].back}</a>
</main>
</body>
</html>
`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
