import type { ShareResult } from '@contract/share';

/** What the tab does once the share is recorded, in this order: copy, then open or offer the download. */
export interface SharePlan {
  /** Put on the clipboard first, because the network's share page cannot take the text. */
  copyText?: string;
  /** The network's share page, opened in a new window. */
  openUrl?: string;
  /** The media to download and post from the phone app. */
  downloadUrl?: string;
  /** Which instructions the person reads. */
  guidance: 'finish-in-window' | 'paste-in-window' | 'post-from-app';
}

export function planShare(result: ShareResult): SharePlan {
  const copyText = result.clipboardText ?? result.finalText;
  switch (result.mechanism) {
    case 'intent-with-text':
      // The share page's address already carries the text and the tracked link.
      return { openUrl: result.openUrl, guidance: 'finish-in-window' };
    case 'intent-with-clipboard':
      return { copyText, openUrl: result.openUrl, guidance: 'paste-in-window' };
    case 'download-and-copy':
      return { copyText, downloadUrl: result.downloadUrl, guidance: 'post-from-app' };
  }
}
