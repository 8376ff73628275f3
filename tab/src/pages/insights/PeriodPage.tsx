import { useEffect } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Period, PeriodQuery } from '@contract/insights';
import type { ApiQuery } from '../../api/apiQuery';
import { useApiQuery } from '../../hooks/useApiQuery';
import { AsyncPage } from '../../ui/AsyncPage';
import { RestrictedPage } from '../RestrictedPage';
import { isForbidden } from '../restrictedAccess';
import { PeriodPicker } from './PeriodPicker';
import { PeriodSummary } from './PeriodSummary';
import { toPeriodQuery } from './periodSelection';
import { usePeriodSelection } from './usePeriodSelection';

interface PeriodPageProps<T extends { period: Period }> {
  /** The page's title, or one taken from the figures once loaded (a campaign's name). */
  title: string | ((value: T | undefined) => string);
  intro?: ReactNode;
  /** The figures' read for a period. */
  query: (period: PeriodQuery) => ApiQuery<T>;
  loadingLabel: string;
  /** Above the figures, e.g. a way back up the drill-down. */
  before?: ReactNode;
  children: (value: T, periodSearch: string) => ReactNode;
}

/**
 * A page of figures over a period the person picks: the picker, then loading, error or the figures. A refusal
 * from the API (roles changed since sign-in) reads as the same polite page as an address the menu hides.
 */
export function PeriodPage<T extends { period: Period }>({
  title,
  intro,
  query,
  loadingLabel,
  before,
  children,
}: PeriodPageProps<T>) {
  const { t } = useTranslation();
  const selection = usePeriodSelection();
  const { from, to } = selection.period;
  const state = useApiQuery(query(toPeriodQuery({ from, to })));
  const timeZone = state.status === 'done' ? state.value.period.timeZone : undefined;
  const { learnTimeZone } = selection;
  useEffect(() => {
    if (timeZone) learnTimeZone(timeZone);
  }, [timeZone, learnTimeZone]);

  if (state.status === 'error' && isForbidden(state.error))
    return (
      <RestrictedPage
        roles={['Programme.Manager', 'Programme.Admin']}
        otherwise={{
          path: '/company-summary',
          label: t('access.otherwise', { page: t('nav.companySummary') }),
        }}
      />
    );

  return (
    <AsyncPage
      title={typeof title === 'string' ? title : title(state.status === 'done' ? state.value : undefined)}
      intro={intro}
      header={
        <>
          {before}
          <PeriodPicker
            preset={selection.preset}
            period={selection.period}
            today={selection.today}
            onChoose={selection.choose}
          />
        </>
      }
      state={state}
      loadingLabel={loadingLabel}
    >
      {(value) => (
        <>
          <PeriodSummary period={value.period} />
          {children(value, selection.search)}
        </>
      )}
    </AsyncPage>
  );
}
