import { describe, expect, it } from 'vitest';
import { defaultGuardrails } from '@contract/guardrails';
import type { Locale } from '@contract/locale';
import type { Network } from '@contract/network';
import { languagesFor, networksWithTexts, pickLanguage, textChoices } from './shareTexts';

const text = (network: Network, language: Locale, words = `${network} ${language}`) => ({
  network,
  language,
  text: words,
  guardrails: defaultGuardrails(network, language),
});
const linkedinFr = ['Mon usine recrute !', 'Douai embauche 200 personnes.', 'Vous cherchez un métier ?'];
const item = {
  id: 'item-01',
  texts: [
    text('x', 'en'),
    ...linkedinFr.map((words) => text('linkedin', 'fr', words)),
    text('linkedin', 'en'),
    text('tiktok', 'fr'),
  ],
};
const colleagues = Array.from({ length: 24 }, (_, index) => `person-${index + 1}`);
const wordsOf = (texts: readonly { text: string }[]) => texts.map((suggestion) => suggestion.text);

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

  it('offers every text for the network and language, each once, and no other', () => {
    for (const person of colleagues) {
      const choices = wordsOf(textChoices(item, 'linkedin', 'fr', person));
      expect(choices).toHaveLength(linkedinFr.length);
      expect([...choices].sort()).toEqual([...linkedinFr].sort());
    }
    expect(wordsOf(textChoices(item, 'linkedin', 'en', 'person-1'))).toEqual(['linkedin en']);
    expect(textChoices(item, 'x', 'fr', 'person-1')).toEqual([]);
  });

  it('keeps one order per person and item, however the item stores its texts', () => {
    const stored = { ...item, texts: [...item.texts].reverse() };
    for (const person of colleagues) {
      const order = wordsOf(textChoices(item, 'linkedin', 'fr', person));
      expect(wordsOf(textChoices(item, 'linkedin', 'fr', person))).toEqual(order);
      expect(wordsOf(textChoices(stored, 'linkedin', 'fr', person))).toEqual(order);
    }
  });

  it('puts a different text first for different colleagues, every text first for some', () => {
    const firsts = colleagues.map((person) => textChoices(item, 'linkedin', 'fr', person)[0]?.text);
    expect(new Set(firsts)).toEqual(new Set(linkedinFr));
    expect(new Set(firsts.slice(0, 8)).size).toBeGreaterThan(1);
  });

  it('orders the same person’s texts differently from one item to the next', () => {
    const orders = ['item-01', 'item-02', 'item-03', 'item-04', 'item-05', 'item-06'].map((id) =>
      wordsOf(textChoices({ ...item, id }, 'linkedin', 'fr', 'person-1')).join('|'),
    );
    expect(new Set(orders).size).toBeGreaterThan(1);
  });
});
