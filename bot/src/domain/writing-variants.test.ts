import { describe, expect, it } from 'vitest';
import { defaultGuardrails } from '@contract/guardrails';
import { checkVariant, readVariants } from './writing-variants';

const rules = { ...defaultGuardrails('x', 'en'), allowedLinkDomains: ['aurore-demo.example'] };

describe('reading the model’s answer', () => {
  it('takes the variants of {"variants": [...]}', () => {
    expect(readVariants('{"variants": ["a", "b", "c"]}')).toEqual(['a', 'b', 'c']);
  });

  it('refuses anything else rather than showing half of it', () => {
    for (const content of [
      null,
      '',
      'not json',
      '{"texts": ["a"]}',
      '{"variants": []}',
      '{"variants": ["a", 2]}',
    ])
      expect(readVariants(content), String(content)).toBeUndefined();
  });
});

describe('checking a variant', () => {
  it('flags a banned term and leaves it where it is, for the person to decide', () => {
    expect(checkVariant('Insider tip: we are hiring #employee', rules, 24)).toEqual({
      text: 'Insider tip: we are hiring #employee',
      findings: [{ kind: 'banned-term', term: 'insider' }],
    });
  });

  it('adds the missing disclosure and says so', () => {
    expect(checkVariant('We are hiring', rules, 24)).toEqual({
      text: 'We are hiring #employee',
      findings: [{ kind: 'disclosure-added', disclosure: '#employee' }],
    });
  });

  it('counts the tracked link in the length, and flags a link to another domain', () => {
    const long = `${'a'.repeat(250)} #employee`;
    expect(checkVariant(long, rules, 24).findings).toEqual([
      { kind: 'too-long', length: 260 + 24, maxLength: 280 },
    ]);
    expect(checkVariant('See https://elsewhere.example/x #employee', rules, 24).findings).toEqual([
      { kind: 'link-domain', domain: 'elsewhere.example' },
    ]);
  });
});
