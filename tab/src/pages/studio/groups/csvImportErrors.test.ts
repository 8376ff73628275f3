import { describe, expect, it } from 'vitest';
import { csvRowErrors } from './csvImportErrors';

describe('csvRowErrors', () => {
  it('lists the cells a refused import names, by row, with their codes, and nothing else', () => {
    expect(
      csvRowErrors({
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        code: 'csv.rowsToCorrect',
        errors: [
          { field: 'csv:7:E-mail', code: 'csv.unknownPerson' },
          { field: 'csv:3:email / objectId', code: 'csv.missingIdentifier' },
          { field: 'csv:1:*', code: 'csv.tooManyRows', params: { maximum: 5000 } },
          { field: 'body.csv', code: 'field.tooLong', params: { maximum: 10 } },
        ],
      }),
    ).toEqual([
      { row: 1, column: '*', reason: { code: 'csv.tooManyRows', params: { maximum: 5000 } } },
      { row: 3, column: 'email / objectId', reason: { code: 'csv.missingIdentifier' } },
      { row: 7, column: 'E-mail', reason: { code: 'csv.unknownPerson' } },
    ]);
    expect(csvRowErrors(undefined)).toEqual([]);
  });
});
