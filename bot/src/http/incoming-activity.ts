import { z } from 'zod';

const account = z.looseObject({
  id: z.string().min(1).max(1_000),
  name: z.string().max(1_000).optional(),
  aadObjectId: z.string().max(100).optional(),
});
const dateTime = z
  .string()
  .max(100)
  .refine((value) => !Number.isNaN(Date.parse(value)), 'must be a date and time');

/**
 * What the bot relies on in an activity Teams (or the Agents Playground) posts to `/api/messages`: the Teams
 * SDK assumes these fields are there and well typed, and a turn started without them fails half-way. Anything
 * else passes through as sent, for the SDK and the handlers to read.
 */
export const incomingActivitySchema = z.looseObject({
  type: z.string().min(1).max(100),
  id: z.string().max(1_000).optional(),
  channelId: z.string().min(1).max(100),
  serviceUrl: z.url({ protocol: /^https?$/ }).max(2_000),
  from: account,
  recipient: account,
  conversation: z.looseObject({
    id: z.string().min(1).max(2_000),
    conversationType: z.string().max(100).optional(),
    tenantId: z.string().max(100).optional(),
  }),
  deliveryMode: z.enum(['normal', 'notification', 'expectReplies', 'ephemeral']).optional(),
  locale: z.string().max(100).optional(),
  timestamp: dateTime.optional(),
  localTimestamp: dateTime.optional(),
  expiration: dateTime.optional(),
  text: z.string().max(100_000).optional(),
  name: z.string().max(1_000).optional(),
  replyToId: z.string().max(1_000).optional(),
  membersAdded: z.array(account).max(1_000).optional(),
  membersRemoved: z.array(account).max(1_000).optional(),
  attachments: z
    .array(z.looseObject({ contentType: z.string().max(1_000) }))
    .max(100)
    .optional(),
  entities: z
    .array(z.looseObject({ type: z.string().max(1_000) }))
    .max(100)
    .optional(),
  channelData: z.looseObject({}).optional(),
});
