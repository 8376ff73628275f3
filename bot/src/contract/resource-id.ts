import { z } from 'zod';

/**
 * What every id in an address looks like: the ids the service makes (UUIDs, `item-01`, `group-…`, Entra object
 * ids) and nothing Cosmos DB refuses in a resource id (`/ \ ? #`, blanks), so no bent id reaches the store.
 * Not dots alone either: `.` and `..` are path steps, and `docs/..` would read the container itself.
 */
export const resourceIdSchema = z
  .string()
  .regex(
    /^(?!\.+$)[A-Za-z0-9._:-]{1,128}$/,
    'must be 1 to 128 letters, digits, dots, colons, hyphens or underscores, not dots alone',
  );
