import { describe, expect, it } from 'vitest';
import { checkShareText, defaultGuardrails, guardrailMessage, linkLengthOn } from './guardrails';
import type { Guardrails } from './guardrails';

const rules: Guardrails = {
  maxLength: 40,
  disclosure: '#employee',
  bannedTerms: ['confidential', 'rendement garanti'],
  allowedLinkDomains: ['aurore-demo.example'],
};

describe('checkShareText', () => {
  it('appends the disclosure when missing, and only then', () => {
    expect(checkShareText('Great news', rules)).toMatchObject({
      finalText: 'Great news #employee',
      disclosureAdded: true,
    });
    expect(checkShareText('Great #Employee news', rules)).toMatchObject({
      finalText: 'Great #Employee news',
      disclosureAdded: false,
    });
  });

  it('finds banned terms whatever their case and accents', () => {
    const { issues } = checkShareText('Un RENDEMENT garanti, c’est CONFIDENTIEL? Confidential!', {
      ...rules,
      maxLength: 500,
    });
    expect(issues).toEqual([
      { kind: 'banned-term', term: 'confidential' },
      { kind: 'banned-term', term: 'rendement garanti' },
    ]);
  });

  it('counts the length as the network does, link included', () => {
    const text = 'x'.repeat(20);
    expect(checkShareText(text, rules).issues).toEqual([]);
    expect(checkShareText(text, rules, 24).issues).toEqual([{ kind: 'too-long', length: 54, maxLength: 40 }]);
  });

  it('counts the tracked link and its space on X only', () => {
    expect(linkLengthOn('x')).toBe(24);
    expect(linkLengthOn('linkedin')).toBe(0);
    expect(linkLengthOn('instagram')).toBe(0);
  });

  it('counts emoji as one character each', () => {
    expect(checkShareText('🚗🔋', { ...rules, disclosure: '' }).length).toBe(2);
  });

  it('allows links only to the allowed domains and their subdomains', () => {
    const allowed = checkShareText('See https://www.aurore-demo.example/x', { ...rules, maxLength: 500 });
    const refused = checkShareText('See https://aurore-demo.example.evil.test/x', {
      ...rules,
      maxLength: 500,
    });
    expect(allowed.issues).toEqual([]);
    expect(refused.issues).toEqual([{ kind: 'link-domain', domain: 'aurore-demo.example.evil.test' }]);
  });

  it('refuses an empty text and adds no disclosure to it', () => {
    expect(checkShareText('   ', rules)).toMatchObject({
      finalText: '',
      disclosureAdded: false,
      issues: [{ kind: 'empty' }],
    });
  });
});

describe('guardrailMessage and defaults', () => {
  it('says exactly what to change, in both languages', () => {
    expect(guardrailMessage({ kind: 'too-long', length: 281, maxLength: 280 }, 'en')).toBe(
      'Shorten by 1 character (281 of 280).',
    );
    expect(guardrailMessage({ kind: 'too-long', length: 290, maxLength: 280 }, 'fr')).toBe(
      'Raccourcissez de 10 caractères (290 sur 280).',
    );
    expect(guardrailMessage({ kind: 'banned-term', term: 'insider' }, 'en')).toContain('“insider”');
  });

  it('defaults: X allows 280 characters; the disclosure follows the language', () => {
    expect(defaultGuardrails('x', 'en')).toMatchObject({ maxLength: 280, disclosure: '#employee' });
    expect(defaultGuardrails('linkedin', 'fr')).toMatchObject({
      maxLength: 3000,
      disclosure: '#collaborateur',
    });
  });
});
