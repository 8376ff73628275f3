import { parseCsvCellField } from '@contract/groups';
import type { CodedReason } from '@contract/problem-codes';
import type { ProblemDetails } from '../../../api/ApiProblem';

export interface CsvRowError {
  /** As a spreadsheet numbers rows: the header is row 1. */
  row: number;
  /** The header's name; "*" for the whole file. */
  column: string;
  /** What is wrong with the cell, to translate. */
  reason: CodedReason;
}

/** The rows a refused import names, in file order; empty when the problem is not about the file's rows. */
export function csvRowErrors(problem: ProblemDetails | undefined): CsvRowError[] {
  return (problem?.errors ?? [])
    .flatMap(({ field, code, params }) => {
      const cell = parseCsvCellField(field);
      return cell ? [{ ...cell, reason: params ? { code, params } : { code } }] : [];
    })
    .sort((a, b) => a.row - b.row);
}
