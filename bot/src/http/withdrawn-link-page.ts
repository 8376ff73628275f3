import { messagePage } from './message-page';
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
  return messagePage(locale, { title, body });
}
