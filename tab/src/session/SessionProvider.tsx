import { useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Me } from '@contract/me';
import type { TeamsHost } from '../host/teamsHost';
import { SessionContext } from './sessionContext';

export function SessionProvider({ host, me, children }: { host: TeamsHost; me: Me; children: ReactNode }) {
  const [current, setCurrent] = useState(me);
  const value = useMemo(() => ({ host, me: current, replaceMe: setCurrent }), [host, current]);
  return <SessionContext value={value}>{children}</SessionContext>;
}
