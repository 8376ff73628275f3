import { useCallback, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { ErasureReceipt, Me } from '@contract/me';
import { read } from '../api/apiQuery';
import { meQuery } from '../api/me';
import type { TeamsHost } from '../host/teamsHost';
import { ErasedScreen } from './ErasedScreen';
import { SessionContext } from './sessionContext';

export function SessionProvider({ host, me, children }: { host: TeamsHost; me: Me; children: ReactNode }) {
  const [current, setCurrent] = useState(me);
  const [erasure, setErasure] = useState<ErasureReceipt>();
  const refreshMe = useCallback(async () => {
    // Asked of the API, never answered from the cache: the caller knows it changed.
    const fresh = await read({ ...meQuery(), staleTime: 0 });
    setCurrent(fresh);
    return fresh;
  }, []);
  const value = useMemo(
    () => ({ host, me: current, replaceMe: setCurrent, refreshMe, endWithErasure: setErasure }),
    [host, current, refreshMe],
  );
  if (erasure) return <ErasedScreen erasure={erasure} timeZone={current.timeZone} />;
  return <SessionContext value={value}>{children}</SessionContext>;
}
