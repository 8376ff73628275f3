import { foldText } from '@contract/text';

const MAX_SLUG_LENGTH = 60;

/** "Douai recrute : l’aventure électrique !" → "douai-recrute-laventure-electrique". */
export function slugify(name: string): string {
  const slug = foldText(name)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/-+$/, '');
  return slug || 'campaign';
}

/** The slug itself when free, else the first free "slug-2", "slug-3"…: slugs are unique per tenant. */
export function uniqueSlug(name: string, taken: ReadonlySet<string>): string {
  const base = slugify(name);
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base.slice(0, MAX_SLUG_LENGTH - String(suffix).length - 1)}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
