import type { AppRole } from '@contract/roles';

/** Who is calling, as established from a validated Entra ID access token. */
export interface Principal {
  tenantId: string;
  /** Entra ID object id (`oid`), stable across apps. */
  objectId: string;
  name: string;
  username: string;
  roles: AppRole[];
}
