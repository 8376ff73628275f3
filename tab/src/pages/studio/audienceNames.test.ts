import { describe, expect, it } from 'vitest';
import type { Organisation } from '@contract/organisation';
import { audienceNames } from './audienceNames';

const organisation: Organisation = {
  tenantId: 't',
  name: 'Contoso',
  brands: [{ id: 'b1', name: 'Contoso Bikes' }],
  groups: [{ id: 'g1', name: { fr: 'Lyon', en: 'Lyons' }, kind: 'site', memberCount: 3 }],
  writingHelp: false,
};
const audience = { groupIds: ['g1', 'g2'], brandIds: ['b1'], languages: ['fr' as const] };
const languageName = (language: string) => `language ${language}`;

describe('audienceNames', () => {
  it('names groups in the reader’s language and brands, then languages, keeping unknown ids', () => {
    expect(audienceNames(audience, organisation, 'en', languageName)).toEqual([
      'Lyons',
      'g2',
      'Contoso Bikes',
      'language fr',
    ]);
  });

  it('shows ids while the organisation is unknown', () => {
    expect(audienceNames(audience, undefined, 'fr', languageName)).toEqual(['g1', 'g2', 'b1', 'language fr']);
  });
});
