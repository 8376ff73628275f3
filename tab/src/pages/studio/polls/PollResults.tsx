import { TableCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { Poll, PollTally } from '@contract/polls';
import { formatNumber } from '../../../i18n/formatNumber';
import { currentLocale } from '../../../i18n/i18n';
import { localized } from '../../../i18n/localized';
import { ListTable } from '../../../ui/ListTable';

const useStyles = makeStyles({
  chart: {
    display: 'grid',
    gridTemplateColumns: 'minmax(6rem, max-content) 1fr max-content',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'center',
    margin: `0 0 ${tokens.spacingVerticalL}`,
  },
  label: { overflowWrap: 'anywhere' },
  track: {
    height: '16px',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground4,
    overflow: 'hidden',
  },
  bar: { height: '100%', backgroundColor: tokens.colorBrandBackground },
  value: { fontVariantNumeric: 'tabular-nums' },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
});

/**
 * One bar per option and the same figures as a table. The bars are drawn for the eye only: screen readers
 * read the table, so nobody hears each figure twice.
 */
export function PollResults({ poll, results }: { poll: Poll; results: PollTally }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const locale = currentLocale();
  const rows = results.options.map((row) => {
    const option = poll.options.find((candidate) => candidate.id === row.optionId);
    const share = results.voters === 0 ? 0 : row.votes / results.voters;
    return { ...row, label: option ? localized(option.label, locale) : row.optionId, share };
  });
  const percent = (share: number) => `${formatNumber(Math.round(share * 100), locale)} %`;

  return (
    <>
      <div className={styles.chart} aria-hidden data-testid="poll-chart">
        {rows.map((row) => (
          <Fragment key={row.optionId}>
            <span className={styles.label}>{row.label}</span>
            <div className={styles.track}>
              <div className={styles.bar} style={{ width: `${row.share * 100}%` }} />
            </div>
            <span className={styles.value}>{formatNumber(row.votes, locale)}</span>
          </Fragment>
        ))}
      </div>
      <ListTable
        label={t('polls.page.resultsTable')}
        size="small"
        columns={[t('polls.page.option'), t('polls.page.votes'), t('polls.page.share')]}
      >
        {rows.map((row) => (
          <TableRow key={row.optionId}>
            <TableCell className={styles.label}>{row.label}</TableCell>
            <TableCell className={styles.number}>{formatNumber(row.votes, locale)}</TableCell>
            <TableCell className={styles.number}>{percent(row.share)}</TableCell>
          </TableRow>
        ))}
      </ListTable>
    </>
  );
}
