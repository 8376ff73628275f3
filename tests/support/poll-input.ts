import type { PollInput } from '../../bot/src/contract/polls';

/** A valid poll as a manager sends it, closing on 29 November 2026; `overrides` change what a test is about. */
export function pollInput(overrides: Partial<PollInput> = {}): PollInput {
  return {
    question: { fr: 'Quel format préférez-vous ?', en: 'Which format do you prefer?' },
    options: [{ label: { fr: 'Vidéo', en: 'Video' } }, { label: { fr: 'Article', en: 'Article' } }],
    choice: 'single',
    anonymous: false,
    resultsVisibility: 'after-vote',
    closesAt: '2026-11-29T12:00:00.000Z',
    audience: { groupIds: [], brandIds: [], languages: [] },
    send: true,
    ...overrides,
  };
}
