import type { Me } from '@contract/me';
import type { AppRole } from '@contract/roles';

type EnrolmentStatus = Me['enrolment']['status'];

// Contract values are not valid resource keys as they are (dots nest in i18next), so they are mapped here.

export const roleLabelKeys = {
  'Programme.Manager': 'roles.manager',
  'Programme.Reviewer': 'roles.reviewer',
  'Programme.Admin': 'roles.admin',
} as const satisfies Record<AppRole, string>;

export const enrolmentLabelKeys = {
  'not-enrolled': 'enrolment.notEnrolled',
  ambassador: 'enrolment.ambassador',
  left: 'enrolment.left',
} as const satisfies Record<EnrolmentStatus, string>;

/** Labels for the request fields the API may name in a problem's `errors`. */
export const fieldLabelKeys = {
  locale: 'fields.locale',
  timeZone: 'fields.timeZone',
  'body.text': 'fields.text',
  'body.network': 'fields.network',
  'body.language': 'fields.language',
  'body.name.fr': 'fields.nameFr',
  'body.name.en': 'fields.nameEn',
  'body.entraGroupId': 'fields.entraGroupId',
  'body.url': 'fields.feedUrl',
  'body.campaignId': 'fields.campaign',
} as const;

export function fieldLabelKey(
  field: string,
): (typeof fieldLabelKeys)[keyof typeof fieldLabelKeys] | undefined {
  return Object.hasOwn(fieldLabelKeys, field)
    ? fieldLabelKeys[field as keyof typeof fieldLabelKeys]
    : undefined;
}
