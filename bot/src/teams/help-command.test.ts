import { describe, expect, it } from 'vitest';
import { helpRequestLocale } from './help-command';

describe('helpRequestLocale', () => {
  it.each([
    ['help', 'en'],
    [' HELP ', 'en'],
    ['/help', 'en'],
    ['?', 'en'],
    ['aide', 'fr'],
    ['Aide\n', 'fr'],
    ['/aide', 'fr'],
  ])('%j is a help request hinting %s', (text, locale) => {
    expect(helpRequestLocale(text)).toBe(locale);
  });

  it.each([undefined, '', 'hello', 'help me', 'aide-moi', '??'])('%j is not a help request', (text) => {
    expect(helpRequestLocale(text)).toBeUndefined();
  });
});
