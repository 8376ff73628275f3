import { z } from 'zod';
import type { Locale } from './locale';
import { webAddressSchema } from './web-address';

/** POST /api/v1/studio/link-preview */
export const linkPreviewRequestSchema = z.object({ url: webAddressSchema }).strict();

/** What the page says about itself in its Open Graph tags (or its title and description). */
export const linkPreviewSchema = z.object({
  url: z.string(),
  title: z.string().optional(),
  description: z.string().optional(),
  imageUrl: z.string().optional(),
});
export type LinkPreview = z.infer<typeof linkPreviewSchema>;

/** Why a page could not be previewed (see the link preview fetcher). */
export type LinkPreviewFailure = 'timeout' | 'private-address' | 'unreachable' | 'not-html' | 'bad-status';

const failureMessages: Record<LinkPreviewFailure, Record<Locale, string>> = {
  timeout: { fr: 'La page n’a pas répondu à temps.', en: 'The page did not answer in time.' },
  'private-address': {
    fr: 'Cette adresse mène à un réseau privé, ce qui n’est pas permis.',
    en: 'The address leads to a private network, which is not allowed.',
  },
  unreachable: { fr: 'La page est injoignable.', en: 'The page could not be reached.' },
  'not-html': { fr: 'Cette adresse n’est pas une page web.', en: 'The address is not a web page.' },
  'bad-status': { fr: 'La page a répondu par une erreur.', en: 'The page answered with an error.' },
};

/** What the person reads when the preview cannot be read, in their language, and what to do then. */
export function linkPreviewFailureMessage(failure: LinkPreviewFailure, locale: Locale): string {
  const fillIn = locale === 'fr' ? 'Remplissez l’aperçu vous-même.' : 'Fill in the preview yourself.';
  return failure === 'private-address'
    ? failureMessages[failure][locale]
    : `${failureMessages[failure][locale]} ${fillIn}`;
}
