import { describe, expect, it } from 'vitest';
import { escapeLittleText } from './little-text';

describe('escapeLittleText', () => {
  it('escapes every reserved character, the backslash first among them', () => {
    expect(escapeLittleText('a\\b | {c} @d [e] (f) <g> *h* _i_ ~j~')).toBe(
      'a\\\\b \\| \\{c\\} \\@d \\[e\\] \\(f\\) \\<g\\> \\*h\\* \\_i\\_ \\~j\\~',
    );
  });

  it('keeps hashtags clickable, and escapes a # that starts no word', () => {
    expect(escapeLittleText('Fiers de nos équipes #collaborateur #1 # fin#')).toBe(
      'Fiers de nos équipes #collaborateur #1 \\# fin\\#',
    );
  });

  it('leaves plain text, accents and emoji alone', () => {
    expect(escapeLittleText('Déjà 10 000 véhicules 🚗, bravo !')).toBe('Déjà 10 000 véhicules 🚗, bravo !');
  });
});
