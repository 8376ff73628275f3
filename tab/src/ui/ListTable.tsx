import {
  Table,
  TableBody,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import type { CSSProperties, ReactNode } from 'react';
import { PHONE_WIDTH } from './phoneWidth';

/** Enough for the widest table of the tab; a cell past it shows no column name on a phone. */
const MAX_COLUMNS = 10;
const columnNumbers = Array.from({ length: MAX_COLUMNS }, (_, index) => index + 1);
const columnNameProperty = (column: number) => `--list-table-column-${column}`;

const useStyles = makeStyles({
  table: {
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    [PHONE_WIDTH]: {
      display: 'block',
      border: 'none',
      backgroundColor: 'transparent',
      '& > tbody': { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
      '& > tbody > tr': {
        display: 'block',
        padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
        backgroundColor: tokens.colorNeutralBackground1,
        border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
        borderRadius: tokens.borderRadiusLarge,
      },
      // Each value beside its column's name: the header row is hidden from sight (not from screen readers,
      // which keep the table's own headers), so the name is drawn, and marked as decoration ("/ ''").
      '& > tbody > tr > td': {
        display: 'grid',
        gridTemplateColumns: 'minmax(0, 35%) minmax(0, 1fr)',
        columnGap: tokens.spacingHorizontalS,
        alignItems: 'baseline',
        justifyItems: 'start',
        height: 'auto',
        padding: `${tokens.spacingVerticalXS} 0`,
        textAlign: 'start',
      },
      '& > tbody > tr > td > *': { gridColumn: 2 },
      '& > tbody > tr > td::before': {
        gridColumn: 1,
        // A column's name wraps in its own column even where the value must not (a figure).
        whiteSpace: 'normal',
        color: tokens.colorNeutralForeground3,
        fontSize: tokens.fontSizeBase200,
      },
      ...Object.fromEntries(
        columnNumbers.map((column) => [
          `& > tbody > tr > td:nth-child(${column})::before`,
          { content: `var(${columnNameProperty(column)}) / ""` },
        ]),
      ),
      // A cell of buttons names its action itself, and its buttons sit side by side.
      '& > tbody > tr > td:nth-child(n):has(button)': { display: 'block' },
      '& > tbody > tr > td:nth-child(n):has(button)::before': { content: 'none' },
      '& > thead': {
        position: 'absolute',
        width: '1px',
        height: '1px',
        overflow: 'hidden',
        clipPath: 'inset(50%)',
        whiteSpace: 'nowrap',
      },
    },
  },
  endHeader: { justifyContent: 'flex-end', textAlign: 'end' },
});

/** A column's name; a column of figures has its header aligned with its numbers, at the end. */
export type ListColumn = string | { name: string; align: 'end' };

const nameOf = (column: ListColumn) => (typeof column === 'string' ? column : column.name);

interface ListTableProps {
  /** The table's accessible name. */
  label: string;
  /** The columns' names, in order: the header row, and each value's caption on a phone. */
  columns: readonly ListColumn[];
  /** One `TableRow` (with its key) per line, with a cell per column. */
  children: ReactNode;
  size?: 'small' | 'medium';
  className?: string;
}

/** A table with native semantics that, on a phone, becomes a list of cards, each value beside its column's name. */
export function ListTable({ label, columns, children, size, className }: ListTableProps) {
  const styles = useStyles();
  const columnNames = Object.fromEntries(
    columns.map((column, index) => [columnNameProperty(index + 1), JSON.stringify(nameOf(column))]),
  ) as CSSProperties;
  return (
    <Table
      aria-label={label}
      size={size}
      className={mergeClasses(styles.table, className)}
      style={columnNames}
    >
      <TableHeader>
        <TableRow>
          {columns.map((column) => (
            <TableHeaderCell
              key={nameOf(column)}
              button={typeof column === 'string' ? undefined : { className: styles.endHeader }}
            >
              {nameOf(column)}
            </TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>{children}</TableBody>
    </Table>
  );
}
