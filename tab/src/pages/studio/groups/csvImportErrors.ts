import { parseCsvCellField } from '@contract/groups';
import type { Problem } from '@contract/problem';

export interface CsvRowError {
  /** As a spreadsheet numbers rows: the header is row 1. */
  row: number;
  /** The header's name; "*" for the whole file. */
  column: string;
  message: string;
}

/** The rows a refused import names, in file order; empty when the problem is not about the file's rows. */
export function csvRowErrors(problem: Problem | undefined): CsvRowError[] {
  return (problem?.errors ?? [])
    .flatMap((error) => {
      const cell = parseCsvCellField(error.field);
      return cell ? [{ ...cell, message: error.message }] : [];
    })
    .sort((a, b) => a.row - b.row);
}
