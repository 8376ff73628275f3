import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { isTimeZone } from '@contract/locale';
import { useSession } from '../../session/sessionContext';
import { todayIn } from './period';
import type { Period, PeriodPreset } from './period';
import { periodSearchParams, readPeriodSelection } from './periodSelection';

// The reporting time zone decides which day "today" is; every answer names it. Kept across pages so that
// a drill-down starts from the zone already learnt rather than from the person's own.
let reportingTimeZone: string | undefined;

/** The period the page shows, kept in its address, and how to change it. */
export function usePeriodSelection() {
  const { me } = useSession();
  const [search, setSearch] = useSearchParams();
  const [timeZone, setTimeZone] = useState(
    () => reportingTimeZone ?? (isTimeZone(me.timeZone) ? me.timeZone : 'UTC'),
  );
  const today = todayIn(timeZone);
  const selection = useMemo(() => readPeriodSelection(search, today), [search, today]);

  const choose = useCallback(
    (preset: PeriodPreset, custom?: Period) => setSearch(periodSearchParams(preset, custom)),
    [setSearch],
  );

  /** Told the time zone the API counted days in; the period is worked out again if "today" differs there. */
  const learnTimeZone = useCallback((zone: string) => {
    if (!isTimeZone(zone)) return;
    reportingTimeZone = zone;
    setTimeZone(zone);
  }, []);

  return { ...selection, today, search: search.toString(), choose, learnTimeZone };
}
