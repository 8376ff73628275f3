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
  writingHelp: { monthlyTokens: 1_000_000, usedThisMonth: 1_234 },
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
    expect(toPolicyInput({ ...form, fourEyes: false, monthlyTokens: ' 50000 ' })).toEqual({
      ok: true,
      input: {
        fourEyes: false,
        writingHelpMonthlyTokens: 50_000,
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
    expect(toPolicyInput(form)).toEqual({ ok: false, invalidLength: ['x:en'], invalidMonthlyTokens: false });
  });

  it('flags a monthly token cap that is not a whole number from 0 up to the API’s maximum', () => {
    const form = settingsFormFrom(policy);
    expect(form.monthlyTokens).toBe('1000000');
    for (const monthlyTokens of ['', '-1', '1.5', 'lots', '100000001'])
      expect(toPolicyInput({ ...form, monthlyTokens }), monthlyTokens).toEqual({
        ok: false,
        invalidLength: [],
        invalidMonthlyTokens: true,
      });
    expect(toPolicyInput({ ...form, monthlyTokens: '0' })).toMatchObject({
      ok: true,
      input: { writingHelpMonthlyTokens: 0 },
    });
  });
});
