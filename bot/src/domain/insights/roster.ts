import type { Locale } from '@contract/locale';
import type { EnrolmentStatus, PersonDoc } from '../documents';
import type { AudienceMember } from '../targeting';

/** One person as Insights reads the directory: enough to count them by group, brand and audience. */
export interface RosterPerson {
  id: string;
  groupIds: string[];
  brandId?: string;
  locale: Locale;
  status: EnrolmentStatus;
  languages: Locale[];
}

/** An ambassador of today, as campaign audiences and breakdowns need them. */
export type Ambassador = AudienceMember & Pick<PersonDoc, 'id'>;

export function ambassadorsOf(roster: readonly RosterPerson[]): Ambassador[] {
  return roster
    .filter((person) => person.status === 'ambassador')
    .map(({ id, groupIds, brandId, locale, languages }) => ({
      id,
      groupIds,
      ...(brandId ? { brandId } : {}),
      locale,
      enrolment: { languages },
    }));
}
