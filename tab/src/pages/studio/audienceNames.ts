import type { Campaign } from '@contract/campaigns';
import type { Locale } from '@contract/locale';
import type { Organisation } from '@contract/organisation';
import { localized } from '../../i18n/localized';

/**
 * Whom something is for, as people read it: its groups' and brands' names (their ids while the organisation is
 * unknown), then its languages.
 */
export function audienceNames(
  audience: Campaign['audience'],
  organisation: Organisation | undefined,
  locale: Locale,
  languageName: (language: Locale) => string,
): string[] {
  const groupName = (id: string) => {
    const group = organisation?.groups.find((candidate) => candidate.id === id);
    return group ? localized(group.name, locale) : id;
  };
  const brandName = (id: string) => organisation?.brands.find((brand) => brand.id === id)?.name ?? id;
  return [
    ...audience.groupIds.map(groupName),
    ...audience.brandIds.map(brandName),
    ...audience.languages.map(languageName),
  ];
}
