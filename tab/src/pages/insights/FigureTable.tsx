import { TableCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import { ListTable } from '../../ui/ListTable';
import { PHONE_WIDTH } from '../../ui/phoneWidth';
import { RouterLink } from '../../ui/RouterLink';
import { formatFigure } from './figures';
import type { FigureFormat, FigureKind } from './figures';

export interface FigureColumn<Row> {
  id: string;
  header: string;
  kind: FigureKind;
  value: (row: Row) => number | string;
  /** Where the cell leads, for drill-down (programme → campaign → item). */
  link?: (row: Row) => string | undefined;
}

const useStyles = makeStyles({
  // A table wider than the tab scrolls on its own instead of widening the page (on a phone it is a list).
  scroll: {
    overflowX: 'auto',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  // Columns as wide as their content needs (Fluent fixes them equal): a title never wraps letter by letter.
  table: { minWidth: '320px', tableLayout: 'auto', [PHONE_WIDTH]: { minWidth: 0 } },
  number: { textAlign: 'end', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  text: { overflowWrap: 'anywhere', minWidth: '12em', [PHONE_WIDTH]: { minWidth: 0 } },
});

interface FigureTableProps<Row> {
  /** Names the table for screen readers (the panel's title). */
  label: string;
  columns: readonly FigureColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  format: FigureFormat;
}

/** Figures as a table: the exact numbers, and the accessible equivalent of every chart. */
export function FigureTable<Row>({ label, columns, rows, rowKey, format }: FigureTableProps<Row>) {
  const styles = useStyles();
  const numeric = (kind: FigureKind) =>
    kind === 'count' || kind === 'ratio' || kind === 'average' || kind === 'money';

  return (
    <div className={styles.scroll} role="region" aria-label={label} tabIndex={0}>
      <ListTable
        label={label}
        className={styles.table}
        columns={columns.map((column) =>
          numeric(column.kind) ? { name: column.header, align: 'end' as const } : column.header,
        )}
      >
        {rows.map((row) => (
          <TableRow key={rowKey(row)}>
            {columns.map((column) => {
              const text = formatFigure(column.value(row), column.kind, format);
              const to = column.link?.(row);
              return (
                <TableCell key={column.id} className={numeric(column.kind) ? styles.number : styles.text}>
                  {to ? <RouterLink to={to}>{text}</RouterLink> : text}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </ListTable>
    </div>
  );
}
