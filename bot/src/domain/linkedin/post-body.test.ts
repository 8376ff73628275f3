import { describe, expect, it } from 'vitest';
import { linkedInPostBody } from './post-body';

describe('linkedInPostBody', () => {
  it('posts the escaped text publicly in the member’s feed, with the tracked link as an article', () => {
    expect(
      linkedInPostBody({
        memberSub: 'abc123',
        text: 'Nos alternants (promo 2026) #collaborateur',
        content: {
          kind: 'article',
          source: 'https://ambassade.example/r/AbCdEfGhIjKl',
          title: 'Douai recrute',
          description: 'Venez construire nos véhicules',
        },
      }),
    ).toEqual({
      author: 'urn:li:person:abc123',
      commentary: 'Nos alternants \\(promo 2026\\) #collaborateur',
      visibility: 'PUBLIC',
      distribution: { feedDistribution: 'MAIN_FEED', targetEntities: [], thirdPartyDistributionChannels: [] },
      content: {
        article: {
          source: 'https://ambassade.example/r/AbCdEfGhIjKl',
          title: 'Douai recrute',
          description: 'Venez construire nos véhicules',
        },
      },
      lifecycleState: 'PUBLISHED',
      isReshareDisabledByAuthor: false,
    });
  });

  it('posts an uploaded image by its URN, with its alternative text', () => {
    const body = linkedInPostBody({
      memberSub: 'abc123',
      text: 'Bravo',
      content: { kind: 'image', imageUrn: 'urn:li:image:C4E10AQ', altText: 'La ligne de Douai' },
    });
    expect(body.content).toEqual({ media: { id: 'urn:li:image:C4E10AQ', altText: 'La ligne de Douai' } });
  });
});
