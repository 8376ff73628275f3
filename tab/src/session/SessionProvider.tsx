import { useCallback, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Me } from '@contract/me';
import { getMe } from '../api/me';
import type { TeamsHost } from '../host/teamsHost';
import { SessionContext } from './sessionContext';

export function SessionProvider({ host, me, children }: { host: TeamsHost; me: Me; children: ReactNode }) {
  const [current, setCurrent] = useState(me);
  const refreshMe = useCallback(async () => {
    const fresh = await getMe();
    setCurrent(fresh);
    return fresh;
  }, []);
  const value = useMemo(
    () => ({ host, me: current, replaceMe: setCurrent, refreshMe }),
    [host, current, refreshMe],
  );
  return <SessionContext value={value}>{children}</SessionContext>;
}
