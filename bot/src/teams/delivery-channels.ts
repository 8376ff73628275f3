import type { ActionKind } from '../domain/action-notices';

/** Where a person hears of something: the Teams activity feed, or a message in the bot's chat. */
export type DeliveryChannel = 'feed' | 'chat';

/**
 * The one choice of channel for each event a person must act on, never both. Actionable events go to the
 * activity feed, as Microsoft asks; invitations, reminders, nudges, polls and challenges are not actions a
 * person owes, so they stay bot messages (Microsoft forbids promotional notifications in the feed). Without
 * Microsoft Graph, every event goes to chat: the events' own messages, where they have one.
 */
export const deliveryChannels: Readonly<Record<ActionKind, DeliveryChannel>> = {
  contentToReview: 'feed',
  charterToAccept: 'feed',
  proposalApproved: 'feed',
  proposalSentBack: 'feed',
  seatFreedUp: 'feed',
};
