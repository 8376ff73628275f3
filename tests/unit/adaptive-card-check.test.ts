import { describe, expect, it } from 'vitest';
import { adaptiveCardProblems } from '../support/adaptive-card-check';

describe('the Adaptive Cards check', () => {
  it('names an element type the schema does not know and a button without its address', () => {
    const problems = adaptiveCardProblems({
      type: 'AdaptiveCard',
      version: '1.5',
      body: [{ type: 'Carousel3D' }],
      actions: [{ type: 'Action.OpenUrl', title: 'Open' }],
    });

    expect(problems).toEqual([expect.stringContaining('Carousel3D'), expect.stringContaining('"url"')]);
  });

  it('finds nothing in a card that keeps to the schema', () => {
    expect(
      adaptiveCardProblems({
        type: 'AdaptiveCard',
        version: '1.5',
        body: [{ type: 'TextBlock', text: 'Open day', wrap: true }],
        actions: [{ type: 'Action.OpenUrl', title: 'Open', url: 'https://teams.example/library' }],
      }),
    ).toEqual([]);
  });
});
