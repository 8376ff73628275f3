import { describe, expect, it } from 'vitest';
import { adaptiveCardProblems } from '../../../../tests/support/adaptive-card-check';
import type { ScheduledPostDoc, ScheduledPostFailure } from '../../domain/documents';
import { buildScheduledPostCard } from './scheduled-post-card';

const tabLink = (page: string) => `https://teams.example/${page}`;
const post: ScheduledPostDoc = {
  id: 'post-1',
  tenantId: 't',
  personId: 'p',
  itemId: 'item-1',
  itemTitle: { fr: 'Portes ouvertes', en: 'Open day' },
  network: 'linkedin',
  language: 'en',
  text: 'Come and see us',
  at: '2026-12-08T09:00:00Z',
  status: 'posted',
  createdAt: '2026-12-07T09:00:00Z',
  postUrn: 'urn:li:share:7',
};
const failed = (failure: ScheduledPostFailure): ScheduledPostDoc => ({
  ...post,
  status: 'failed',
  failure,
  postUrn: undefined,
});
const buttons = (card: object) =>
  ((card as { actions?: { title: string; url: string }[] }).actions ?? []).map(({ title, url }) => ({
    title,
    url,
  }));

describe('the card that says how a scheduled post went', () => {
  it('links a post that is out to the post on LinkedIn, in the person’s language', () => {
    const { card, summary } = buildScheduledPostCard(post, 'fr', tabLink);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(summary).toBe('Votre publication est en ligne sur LinkedIn : Portes ouvertes');
    expect(buttons(card)).toEqual([
      { title: 'La voir sur LinkedIn', url: 'https://www.linkedin.com/feed/update/urn:li:share:7' },
    ]);
  });

  it('says why one did not go out, with the one thing to do about it', () => {
    const expected: Record<ScheduledPostFailure, string | undefined> = {
      reconnect: 'https://teams.example/my-data',
      charter: 'https://teams.example/charter',
      withdrawn: undefined,
      tooLong: 'https://teams.example/item:item-1',
      textRefused: 'https://teams.example/item:item-1',
      linkedin: 'https://teams.example/item:item-1',
      unknown: 'https://teams.example/item:item-1',
    };
    for (const [failure, url] of Object.entries(expected) as [ScheduledPostFailure, string | undefined][]) {
      const { card } = buildScheduledPostCard(failed(failure), 'en', tabLink);
      expect(adaptiveCardProblems(card), failure).toEqual([]);
      expect(JSON.stringify(card), failure).toContain('Your scheduled post did not go out');
      expect(
        buttons(card).map((button) => button.url),
        failure,
      ).toEqual(url ? [url] : []);
    }
  });
});
