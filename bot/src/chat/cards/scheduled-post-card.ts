import type { IOpenUrlAction } from '@microsoft/teams.cards';
import type { Locale } from '@contract/locale';
import { linkedInPostUrl } from '@contract/share';
import type { ScheduledPostDoc, ScheduledPostFailure } from '../../domain/documents';
import type { TabPage } from '../tab-deep-link';
import { itemPage } from '../tab-deep-link';
import { adaptiveCard, paragraph, title } from './adaptive-card';
import type { AdaptiveCard } from './adaptive-card';

const en = {
  posted: 'Your post is out on LinkedIn',
  failed: 'Your scheduled post did not go out',
  seePost: 'See it on LinkedIn',
  reconnect: 'Reconnect LinkedIn',
  acceptCharter: 'Read the charter',
  openItem: 'Open the content',
  /** Between the heading and the item's title in the notification. */
  separator: ': ',
  reasons: {
    reconnect:
      'LinkedIn no longer accepts your connection. Connect LinkedIn again in “My data”, then post it.',
    tooLong: 'LinkedIn refused the text as too long (3,000 characters at most). Shorten it and post again.',
    withdrawn: 'This content was withdrawn or has expired in the meantime: it can no longer be shared.',
    charter: 'The charter has a new version: read and accept it, then post again.',
    textRefused:
      'Your text no longer passes the charter’s guardrails, which changed since. Edit it and post again.',
    linkedin:
      'LinkedIn did not confirm the post. Look at your profile: if it is not there, post it again from the tab.',
    unknown:
      'We could not confirm whether LinkedIn published it. Look at your profile before posting it again: we did not try twice, so as never to post it twice.',
  } satisfies Record<ScheduledPostFailure, string>,
};

const fr: typeof en = {
  posted: 'Votre publication est en ligne sur LinkedIn',
  failed: 'Votre publication programmée n’est pas partie',
  seePost: 'La voir sur LinkedIn',
  reconnect: 'Reconnecter LinkedIn',
  acceptCharter: 'Lire la charte',
  openItem: 'Ouvrir le contenu',
  separator: ' : ',
  reasons: {
    reconnect:
      'LinkedIn n’accepte plus votre connexion. Reconnectez LinkedIn dans « Mes données », puis publiez-la.',
    tooLong:
      'LinkedIn a refusé le texte, trop long (3 000 caractères au plus). Raccourcissez-le et publiez de nouveau.',
    withdrawn: 'Ce contenu a été retiré ou a expiré entre-temps : il ne peut plus être partagé.',
    charter: 'La charte a une nouvelle version : lisez-la et acceptez-la, puis publiez de nouveau.',
    textRefused:
      'Votre texte ne respecte plus les garde-fous de la charte, qui ont changé depuis. Modifiez-le et publiez de nouveau.',
    linkedin:
      'LinkedIn n’a pas confirmé la publication. Regardez votre profil : si elle n’y est pas, publiez-la de nouveau depuis l’onglet.',
    unknown:
      'Nous n’avons pas pu confirmer que LinkedIn l’a publiée. Regardez votre profil avant de la publier de nouveau : nous n’avons pas réessayé, pour ne jamais la publier deux fois.',
  },
};

const messages: Record<Locale, typeof en> = { en, fr };

/**
 * What the person hears once their scheduled post is settled: out (with the post), or why not and the one thing
 * to do about it (reconnect, accept the charter, edit the text on the item's page).
 */
export function buildScheduledPostCard(
  post: ScheduledPostDoc,
  locale: Locale,
  tabLink: (page: TabPage) => string,
): { card: AdaptiveCard; summary: string } {
  const m = messages[locale];
  const heading = post.status === 'posted' ? m.posted : m.failed;
  const body: AdaptiveCard['body'] = [
    title(heading),
    { ...paragraph(post.itemTitle[locale]), weight: 'Bolder' },
    { ...paragraph(post.text), isSubtle: true },
  ];
  if (post.failure) body.push(paragraph(m.reasons[post.failure]));
  const action = actionFor(post, m, tabLink);
  return {
    card: adaptiveCard(body, action && [action]),
    summary: `${heading}${m.separator}${post.itemTitle[locale]}`,
  };
}

function actionFor(
  post: ScheduledPostDoc,
  m: typeof en,
  tabLink: (page: TabPage) => string,
): IOpenUrlAction | undefined {
  const open = (title: string, url: string): IOpenUrlAction => ({ type: 'Action.OpenUrl', title, url });
  if (post.postUrn) return open(m.seePost, linkedInPostUrl(post.postUrn));
  switch (post.failure) {
    case 'reconnect':
      return open(m.reconnect, tabLink('my-data'));
    case 'charter':
      return open(m.acceptCharter, tabLink('charter'));
    case 'withdrawn':
      return undefined;
    default:
      return open(m.openItem, tabLink(itemPage(post.itemId)));
  }
}
