import { shareMechanisms } from '@contract/network';
import type { Network, ShareMechanism } from '@contract/network';

export interface ShareIntent {
  mechanism: ShareMechanism;
  openUrl?: string;
  clipboardText?: string;
  downloadUrl?: string;
}

/**
 * What the tab does to share on each network, as the networks allow it today: X takes the text and link in its
 * intent; LinkedIn and Facebook take only the link (their preview comes from the page's Open Graph tags), so the
 * text goes through the clipboard; Instagram and TikTok have no web intent: download the media, copy the caption.
 */
export function shareIntent(
  network: Network,
  text: string,
  trackedUrl: string,
  mediaUrl?: string,
): ShareIntent {
  const mechanism = shareMechanisms[network];
  switch (network) {
    case 'x':
      return {
        mechanism,
        openUrl: `https://twitter.com/intent/tweet?${new URLSearchParams({ text, url: trackedUrl })}`,
      };
    case 'linkedin':
      return {
        mechanism,
        openUrl: `https://www.linkedin.com/sharing/share-offsite/?${new URLSearchParams({ url: trackedUrl })}`,
        clipboardText: text,
      };
    case 'facebook':
      return {
        mechanism,
        openUrl: `https://www.facebook.com/sharer/sharer.php?${new URLSearchParams({ u: trackedUrl })}`,
        clipboardText: text,
      };
    case 'instagram':
    case 'tiktok':
      return {
        mechanism,
        clipboardText: `${text}\n${trackedUrl}`,
        ...(mediaUrl ? { downloadUrl: mediaUrl } : {}),
      };
  }
}
