import type { Locale } from '@contract/locale';
import type { Localized } from './documents';

/** Things a person must now do, as the capabilities where they happen name them. */
export type ActionKind =
  'contentToReview' | 'charterToAccept' | 'proposalApproved' | 'proposalSentBack' | 'seatFreedUp';

/** "This happened, and these people must act on it": announced once the write that made it happen succeeded. */
export interface ActionNotice {
  kind: ActionKind;
  tenantId: string;
  recipients: readonly { id: string; locale: Locale }[];
  /** What it is about (the content's, proposal's or event's title, or the charter's version): its one detail. */
  subject: Localized | string;
}

/**
 * Where the Teams layer delivers what capabilities announce. `announce` answers whether it took the notice
 * over, once it is written down to be sent: when it did not (the notice goes to chat, or no such channel is
 * configured), the capability sends its own chat message, if it has one, so one event never reaches a person
 * twice.
 */
export interface ActionNotices {
  announce(notice: ActionNotice): Promise<boolean>;
}
