import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowRightRegular, ArrowUpRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { Comparison as FigureComparison } from '@contract/insights';
import { VisuallyHidden } from '../../ui/VisuallyHidden';
import { compareWithPrevious } from './comparison';
import { formatFigure, formatRatio } from './figures';
import type { FigureFormat, FigureKind } from './figures';

export interface KpiTile {
  id: string;
  label: string;
  kind: FigureKind;
  figure: FigureComparison;
  /** Shown under the figure, e.g. "42 of 300 employees". */
  detail?: string;
}

const useStyles = makeStyles({
  tiles: {
    display: 'grid',
    gap: tokens.spacingHorizontalL,
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 190px), 1fr))',
    margin: 0,
  },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
  },
  label: { color: tokens.colorNeutralForeground2 },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
  },
  change: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXXS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  up: { color: tokens.colorPaletteGreenForeground1 },
  down: { color: tokens.colorPaletteRedForeground1 },
  detail: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

const trendIcons = { up: ArrowUpRegular, down: ArrowDownRegular, flat: ArrowRightRegular };

/** The period's headline figures, each with how it moved since the previous period, in words as well as arrows. */
export function KpiTiles({
  label,
  tiles,
  format,
}: {
  label: string;
  tiles: readonly KpiTile[];
  format: FigureFormat;
}) {
  const styles = useStyles();
  return (
    <section aria-label={label}>
      <dl className={styles.tiles}>
        {tiles.map((tile) => (
          <div key={tile.id} className={styles.tile} data-kpi={tile.id}>
            <dt className={styles.label}>{tile.label}</dt>
            <dd className={styles.value}>{formatFigure(tile.figure.current, tile.kind, format)}</dd>
            {tile.figure.previous !== null && <Change tile={tile} format={format} />}
            {tile.detail && <dd className={styles.detail}>{tile.detail}</dd>}
          </div>
        ))}
      </dl>
    </section>
  );
}

function Change({ tile, format }: { tile: KpiTile; format: FigureFormat }) {
  const styles = useStyles();
  const { t } = useTranslation();
  const previous = tile.figure.previous ?? 0;
  const { trend, change } = compareWithPrevious(tile.figure.current, previous);
  const Icon = trendIcons[trend];
  const before = formatFigure(previous, tile.kind, format);
  const percent = change === undefined ? undefined : formatRatio(Math.abs(change), format.locale);
  const signed = percent && `${trend === 'down' ? '−' : trend === 'up' ? '+' : ''}${percent} · `;

  return (
    <dd className={mergeClasses(styles.change, trend === 'up' && styles.up, trend === 'down' && styles.down)}>
      <Icon aria-hidden />
      <span aria-hidden>
        {signed}
        {t('insights.kpi.previous', { value: before })}
      </span>
      {/* Said in full: the direction is never told by the arrow or the colour alone. */}
      <VisuallyHidden>
        {percent === undefined
          ? t(`insights.kpi.changeWithoutRate.${trend}`, { previous: before })
          : t(`insights.kpi.change.${trend}`, { change: percent, previous: before })}
      </VisuallyHidden>
    </dd>
  );
}
