/**
 * RFC 4180 CSV. Cells that a spreadsheet would read as a formula (=, +, -, @, tab, CR) are prefixed with an
 * apostrophe: an export must never run code in the reader's spreadsheet.
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
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
