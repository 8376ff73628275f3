import { createContext, use } from 'react';
import type { ErasureReceipt, Me } from '@contract/me';
import type { TeamsHost } from '../host/teamsHost';

export interface SessionValue {
  host: TeamsHost;
  me: Me;
  /** After the API returned an updated profile, e.g. on PATCH /api/v1/me. */
  replaceMe: (me: Me) => void;
  /** Reads the profile again after a change made elsewhere, e.g. joining or leaving the programme. */
  refreshMe: () => Promise<Me>;
  /** The person erased their data: the session ends here, and only the receipt remains on screen. */
  endWithErasure: (erasure: ErasureReceipt) => void;
}

export const SessionContext = createContext<SessionValue | undefined>(undefined);

export function useSession(): SessionValue {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession must be used inside a SessionProvider');
  return session;
}
