/**
 * RFC 4180 CSV. Cells that a spreadsheet would read as a formula (=, +, -, @, tab, CR) are prefixed with an
 * apostrophe: an export must never run code in the reader's spreadsheet. A spreadsheet set to another separator
 * (`;` with French settings, or tabs) splits cells where this file does not, so a formula after such a separator
 * inside a cell is neutralised too, and such a cell is quoted.
 */
export function toCsv<Row>(
  rows: Row[],
  columns: { header: string; value: (row: Row) => string | number }[],
): string {
  return [
    csvLine(columns.map((column) => column.header)),
    ...rows.map((row) => csvLine(columns.map((c) => c.value(row)))),
  ].join('');
}

/** One CRLF-terminated line, for exports written a row at a time. */
export function csvLine(cells: (string | number)[]): string {
  return `${cells.map(cell).join(',')}\r\n`;
}

function cell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = value.replace(/(^|[;\t])([=+\-@\t\r])/g, "$1'$2");
  return /[",;\t\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
