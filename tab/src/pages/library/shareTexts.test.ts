import { describe, expect, it } from 'vitest';
import { defaultGuardrails } from '@contract/guardrails';
import type { Locale } from '@contract/locale';
import type { Network } from '@contract/network';
import { languagesFor, networksWithTexts, pickLanguage, suggestedText } from './shareTexts';

const text = (network: Network, language: Locale) => ({
  network,
  language,
  text: `${network} ${language}`,
  guardrails: defaultGuardrails(network, language),
});
const item = {
  texts: [text('x', 'en'), text('linkedin', 'fr'), text('linkedin', 'en'), text('tiktok', 'fr')],
};

describe('share text choices', () => {
  it('lists the networks with a text, in the usual order', () => {
    expect(networksWithTexts(item)).toEqual(['linkedin', 'x', 'tiktok']);
    expect(networksWithTexts({ texts: [] })).toEqual([]);
  });

  it('lists the languages a network has a text in', () => {
    expect(languagesFor(item, 'linkedin')).toEqual(['fr', 'en']);
    expect(languagesFor(item, 'x')).toEqual(['en']);
    expect(languagesFor(item, 'facebook')).toEqual([]);
  });

  it('prefers the person’s language, else the first available', () => {
    expect(pickLanguage(['fr', 'en'], 'en')).toBe('en');
    expect(pickLanguage(['en'], 'fr')).toBe('en');
    expect(pickLanguage([], 'fr')).toBeUndefined();
  });

  it('finds the suggested text for a network and language', () => {
    expect(suggestedText(item, 'linkedin', 'en')?.text).toBe('linkedin en');
    expect(suggestedText(item, 'x', 'fr')).toBeUndefined();
  });
});
