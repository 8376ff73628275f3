import { describe, expect, it } from 'vitest';
import type { Preferences } from '@contract/enrolment';
import type { PersonDoc } from '../documents';
import { authoredRecipients } from './authored-audience';

const person = (id: string, nudges: Preferences['nudges'], groupIds = ['pilot']) =>
  ({
    id,
    groupIds,
    locale: 'fr',
    enrolment: { status: 'ambassador', languages: ['fr'], preferences: { nudges } },
  }) as PersonDoc;

describe('a manager’s nudge', () => {
  it('goes to its audience at once, except to digest people, whose digest lists it', () => {
    const ambassadors = [
      person('now', 'immediate'),
      person('never', 'never'),
      person('daily', 'daily-digest'),
      person('weekly', 'weekly-digest'),
      person('elsewhere', 'immediate', ['plant']),
    ];
    const { now, inDigest } = authoredRecipients(
      { audience: { groupIds: ['pilot'], brandIds: [], languages: [] } },
      ambassadors,
    );
    // "never" stays in: the outbox counts them as opted out.
    expect(now.map((recipient) => recipient.id)).toEqual(['now', 'never']);
    expect(inDigest).toBe(2);
  });
});
