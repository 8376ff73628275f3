/**
 * The activity feed notifications the app package declares (`activities.activityTypes` in
 * appPackage/manifest.json), each with the parameters its English and French template texts read. Whatever
 * sends a notification takes the type and the parameter names from here; the packaging test holds the manifest
 * to this list.
 *
 * A proposal's outcome is two types, not one with the decision as a parameter: Teams translates the template
 * text into the reader's language but passes parameter values through as sent.
 */
export const activityTypes = {
  /** A reviewer has submitted content waiting for them. */
  contentToReview: ['itemTitle'],
  /** An ambassador must accept a new major version of the charter before sharing again. */
  charterToAccept: ['charterVersion'],
  /** The ambassador's proposal was approved. */
  proposalApproved: ['proposalTitle'],
  /** The ambassador's proposal was sent back for changes. */
  proposalSentBack: ['proposalTitle'],
  /** Someone on a full event's waitlist was given a seat that freed up. */
  seatFreedUp: ['eventTitle'],
} as const satisfies Record<string, readonly string[]>;
