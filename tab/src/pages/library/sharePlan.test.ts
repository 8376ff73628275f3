import { describe, expect, it } from 'vitest';
import type { ShareResult } from '@contract/share';
import { planShare } from './sharePlan';

const base: ShareResult = {
  mechanism: 'intent-with-text',
  trackedUrl: 'https://amb.example/r/abc',
  finalText: 'Proud of our plant #employee',
  disclosureAdded: true,
  firstShare: true,
};

describe('planShare', () => {
  it('X: opens the share page, which already carries the text', () => {
    const openUrl = 'https://twitter.com/intent/tweet?text=Proud';
    expect(planShare({ ...base, openUrl })).toEqual({ openUrl, guidance: 'finish-in-window' });
  });

  it('LinkedIn and Facebook: copies the text first, then opens the share page', () => {
    const openUrl = 'https://www.linkedin.com/sharing/share-offsite/?url=x';
    expect(
      planShare({ ...base, mechanism: 'intent-with-clipboard', openUrl, clipboardText: 'Proud #employee' }),
    ).toEqual({ copyText: 'Proud #employee', openUrl, guidance: 'paste-in-window' });
  });

  it('Instagram and TikTok: copies the caption and offers the media', () => {
    expect(planShare({ ...base, mechanism: 'download-and-copy', downloadUrl: '/media/1.jpg' })).toEqual({
      copyText: base.finalText,
      downloadUrl: '/media/1.jpg',
      guidance: 'post-from-app',
    });
  });
});
