import {
  ProgressBar,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { TargetsVsActual } from '@contract/insights';
import { Panel } from '../../ui/Panel';
import { formatFigure, formatRatio } from './figures';
import type { FigureFormat, FigureKind } from './figures';
import { targetProgress } from './targetProgress';

const useStyles = makeStyles({
  scroll: {
    overflowX: 'auto',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  numberHeader: { justifyContent: 'flex-end', textAlign: 'end' },
  progress: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: '160px' },
  bar: { flexGrow: 1 },
});

const figures: readonly { id: keyof TargetsVsActual; kind: FigureKind }[] = [
  { id: 'shares', kind: 'count' },
  { id: 'clicks', kind: 'count' },
  { id: 'participationRate', kind: 'ratio' },
];

/** A campaign's KPI targets beside what it reached over its whole run. */
export function TargetsPanel({ targets, format }: { targets: TargetsVsActual; format: FigureFormat }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const title = t('insights.targets.title');

  return (
    <Panel title={title}>
      <div className={styles.scroll} role="region" aria-label={title} tabIndex={0}>
        <Table aria-label={title}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('insights.targets.figure')}</TableHeaderCell>
              <TableHeaderCell button={{ className: styles.numberHeader }}>
                {t('insights.targets.target')}
              </TableHeaderCell>
              <TableHeaderCell button={{ className: styles.numberHeader }}>
                {t('insights.targets.actual')}
              </TableHeaderCell>
              <TableHeaderCell>{t('insights.targets.progress')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {figures.map(({ id, kind }) => {
              const { target, actual } = targets[id];
              const progress = targetProgress(actual, target);
              const label = t(`insights.figures.${id}`);
              return (
                <TableRow key={id}>
                  <TableCell>{label}</TableCell>
                  <TableCell className={styles.number}>
                    {target > 0 ? formatFigure(target, kind, format) : t('insights.targets.none')}
                  </TableCell>
                  <TableCell className={styles.number}>{formatFigure(actual, kind, format)}</TableCell>
                  <TableCell>
                    {progress === undefined ? (
                      '—'
                    ) : (
                      <div className={styles.progress}>
                        <ProgressBar
                          className={styles.bar}
                          value={Math.min(progress, 1)}
                          color={progress >= 1 ? 'success' : 'brand'}
                          thickness="large"
                          aria-label={t('insights.targets.progressOf', { figure: label })}
                        />
                        <span className={styles.number}>{formatRatio(progress, format.locale)}</span>
                      </div>
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      <p>{t('insights.targets.hint')}</p>
    </Panel>
  );
}
