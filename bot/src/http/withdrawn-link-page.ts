import type { Locale } from '@contract/locale';

const WORDS: Record<Locale, { title: string; body: string }> = {
  fr: {
    title: 'Ce contenu n’est plus disponible',
    body: 'L’organisation qui l’avait publié l’a retiré : le lien que vous avez suivi ne mène plus nulle part.',
  },
  en: {
    title: 'This content is no longer available',
    body: 'The organisation that published it has withdrawn it: the link you followed no longer leads anywhere.',
  },
};

/**
 * What a visitor of a withdrawn item's tracked link reads (410 Gone): someone outside the organisation, from a
 * post on a social network, with no sign-in and no tab, in light or dark as their system is set.
 */
export function withdrawnLinkPage(locale: Locale): string {
  const { title, body } = WORDS[locale];
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
  p { font-size: 1rem; line-height: 1.5; margin: 0; }
</style>
</head>
<body>
<main>
<h1>${title}</h1>
<p>${body}</p>
</main>
</body>
</html>
`;
}
