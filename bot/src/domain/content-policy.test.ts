import { describe, expect, it } from 'vitest';
import { checkTexts, fourEyesApplies, guardrailMatrix, guardrailsFor } from './content-policy';
import type { ContentPolicyDoc } from './documents';

const policy: ContentPolicyDoc = {
  fourEyes: true,
  guardrails: [
    {
      network: 'linkedin',
      language: 'en',
      maxLength: 100,
      disclosure: '#AuroreEmployee',
      bannedTerms: ['rumour'],
      allowedLinkDomains: ['aurore-demo.example'],
    },
  ],
  updatedAt: '2026-11-01T00:00:00.000Z',
  updatedBy: 'admin',
};

describe('the content policy', () => {
  it('applies the administrator’s rule where set, the defaults elsewhere', () => {
    expect(guardrailsFor(policy, 'linkedin', 'en')).toEqual({
      maxLength: 100,
      disclosure: '#AuroreEmployee',
      bannedTerms: ['rumour'],
      allowedLinkDomains: ['aurore-demo.example'],
    });
    expect(guardrailsFor(policy, 'x', 'fr')).toMatchObject({ maxLength: 280, disclosure: '#collaborateur' });
    expect(guardrailsFor(undefined, 'linkedin', 'en')).toMatchObject({ maxLength: 3000 });
  });

  it('lists every network in every language, marking the custom rules', () => {
    const matrix = guardrailMatrix(policy);
    expect(matrix).toHaveLength(10);
    expect(matrix.filter((rule) => rule.custom)).toEqual([
      expect.objectContaining({ network: 'linkedin', language: 'en', maxLength: 100 }),
    ]);
  });

  it('checks each text, names the failing ones by index and adds missing disclosures', () => {
    const result = checkTexts(
      [
        { network: 'linkedin', language: 'en', text: 'Great news #AuroreEmployee' },
        { network: 'linkedin', language: 'en', text: 'A rumour says' },
        { network: 'x', language: 'en', text: 'x'.repeat(250) },
      ],
      policy,
    );
    expect(result.disclosureAddedTo).toEqual([1, 2]);
    expect(result.texts[1]!.text).toBe('A rumour says #AuroreEmployee');
    expect(result.failures).toEqual([
      { index: 1, issue: { kind: 'banned-term', term: 'rumour' } },
      // 250 + " #employee" + the tracked link X counts (23 + a space)
      { index: 2, issue: { kind: 'too-long', length: 284, maxLength: 280 } },
    ]);
  });

  it('four eyes: neither the author nor whoever submitted may approve, unless switched off', () => {
    const item = {
      authorId: 'author',
      history: [
        { at: '2026-11-01T00:00:00Z', by: { id: 'author', displayName: 'A' }, action: 'created' as const },
        { at: '2026-11-02T00:00:00Z', by: { id: 'editor', displayName: 'E' }, action: 'submitted' as const },
      ],
    };
    expect(fourEyesApplies(item, 'author', policy)).toBe(true);
    expect(fourEyesApplies(item, 'editor', policy)).toBe(true);
    expect(fourEyesApplies(item, 'reviewer', policy)).toBe(false);
    expect(fourEyesApplies(item, 'author', undefined)).toBe(true);
    expect(fourEyesApplies(item, 'author', { ...policy, fourEyes: false })).toBe(false);
  });
});
