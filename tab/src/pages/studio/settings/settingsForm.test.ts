import { describe, expect, it } from 'vitest';
import type { ContentPolicy } from '@contract/content-policy';
import { settingsFormFrom, toPolicyInput } from './settingsForm';

const policy: ContentPolicy = {
  fourEyes: true,
  guardrails: [
    {
      network: 'x',
      language: 'en',
      maxLength: 280,
      disclosure: '#employee',
      bannedTerms: ['insider', 'guaranteed return'],
      allowedLinkDomains: [],
      custom: false,
    },
  ],
};

describe('the settings form', () => {
  it('edits lists one entry per line and gives them back as lists', () => {
    const form = settingsFormFrom(policy);
    expect(form.rules['x:en'].bannedTerms).toBe('insider\nguaranteed return');
    form.rules['x:en'] = {
      ...form.rules['x:en'],
      bannedTerms: 'insider\n\n  rumour  ',
      allowedLinkDomains: 'Aurore-Demo.example',
      maxLength: ' 250 ',
    };
    expect(toPolicyInput({ ...form, fourEyes: false })).toEqual({
      ok: true,
      input: {
        fourEyes: false,
        guardrails: [
          {
            network: 'x',
            language: 'en',
            maxLength: 250,
            disclosure: '#employee',
            bannedTerms: ['insider', 'rumour'],
            allowedLinkDomains: ['aurore-demo.example'],
          },
        ],
      },
    });
  });

  it('names the rules whose maximum length is not a whole number from 1', () => {
    const form = settingsFormFrom(policy);
    form.rules['x:en'] = { ...form.rules['x:en'], maxLength: '0' };
    expect(toPolicyInput(form)).toEqual({ ok: false, invalidLength: ['x:en'] });
  });
});
