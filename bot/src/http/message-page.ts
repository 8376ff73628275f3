import type { Locale } from '@contract/locale';

/**
 * A page of its own, outside the tab, that says one thing: a title, a sentence and maybe a link. Read by people
 * with no sign-in (a withdrawn link's visitor) or on their way back to Teams (after LinkedIn), in light or dark as
 * their system is set. Its texts are the product's own, never a visitor's.
 */
export function messagePage(
  locale: Locale,
  page: { title: string; body: string; link?: { href: string; text: string } },
): string {
  const link = page.link ? `\n<a href="${escapeAttribute(page.link.href)}">${page.link.text}</a>` : '';
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${page.title}</title>
<style>
  :root { color-scheme: light dark; font-family: "Segoe UI", system-ui, sans-serif; }
  body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: Canvas; color: CanvasText; }
  main { max-width: 32rem; padding: 2rem 1.5rem; }
  h1 { font-size: 1.5rem; font-weight: 600; margin: 0 0 0.75rem; }
  p { font-size: 1rem; line-height: 1.5; margin: 0; }
  a { display: inline-block; margin-top: 1.5rem; color: LinkText; }
</style>
</head>
<body>
<main>
<h1>${page.title}</h1>
<p>${page.body}</p>${link}
</main>
</body>
</html>
`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
