import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { Period } from '@contract/insights';
import { currentLocale } from '../../i18n/i18n';
import { formatDay } from './figures';

const useStyles = makeStyles({
  root: { margin: `0 0 ${tokens.spacingVerticalM}`, color: tokens.colorNeutralForeground2 },
});

/** Which days the figures cover, what they are compared with, and in which time zone days are counted. */
export function PeriodSummary({ period }: { period: Period }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const locale = currentLocale();
  const day = (value: string) => formatDay(value, locale);
  return (
    <p className={styles.root}>
      {t('insights.period.summary', {
        from: day(period.from),
        to: day(period.to),
        previousFrom: day(period.previousFrom),
        previousTo: day(period.previousTo),
        timeZone: period.timeZone,
      })}
    </p>
  );
}
