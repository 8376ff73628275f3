import { describe, expect, it } from 'vitest';
import { channelTabConfig } from './channelTabConfig';

describe('channelTabConfig', () => {
  it('points Teams at the chosen page with the host hint, and browsers at the same page without it', () => {
    expect(channelTabConfig('https://ambassade.contoso.com', 'charter', 'Charte')).toEqual({
      entityId: 'ambassade-charter',
      contentUrl: 'https://ambassade.contoso.com/charter?host=teams',
      websiteUrl: 'https://ambassade.contoso.com/charter',
      suggestedDisplayName: 'Charte',
    });
  });
});
