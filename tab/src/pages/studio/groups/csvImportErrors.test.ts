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
          { field: 'csv:7:E-mail', code: 'csv.unknownPerson', message: 'Nobody matches this.' },
          {
            field: 'csv:3:email / objectId',
            code: 'csv.missingIdentifier',
            message: 'This row names nobody.',
          },
          { field: 'csv:1:*', code: 'csv.tooManyRows', params: { maximum: 5000 }, message: 'No more.' },
          { field: 'body.csv', code: 'field.tooLong', params: { maximum: 10 }, message: 'Too big' },
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
