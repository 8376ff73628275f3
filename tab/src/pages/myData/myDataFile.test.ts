import { describe, expect, it } from 'vitest';
import { confirmationMatches, myDataFile } from './myDataFile';

describe('myDataFile', () => {
  it('saves the data as readable JSON under a fixed name', () => {
    expect(myDataFile({ person: { displayName: 'Léa' }, shares: [] })).toEqual({
      fileName: 'ambassade-my-data.json',
      type: 'application/json',
      text: '{\n  "person": {\n    "displayName": "Léa"\n  },\n  "shares": []\n}\n',
    });
  });
});

describe('confirmationMatches', () => {
  it('accepts the word whatever the case and surrounding spaces', () => {
    expect(confirmationMatches(' erase ', 'ERASE', 'en')).toBe(true);
    expect(confirmationMatches('Effacer', 'EFFACER', 'fr')).toBe(true);
  });

  it('refuses anything else', () => {
    expect(confirmationMatches('', 'ERASE', 'en')).toBe(false);
    expect(confirmationMatches('eras', 'ERASE', 'en')).toBe(false);
    expect(confirmationMatches('ERASE ME', 'ERASE', 'en')).toBe(false);
  });
});
