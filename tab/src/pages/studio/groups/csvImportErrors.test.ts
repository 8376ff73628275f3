import { describe, expect, it } from 'vitest';
import { csvRowErrors } from './csvImportErrors';

describe('csvRowErrors', () => {
  it('lists the cells a refused import names, by row, and nothing else', () => {
    expect(
      csvRowErrors({
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        errors: [
          { field: 'csv:7:E-mail', message: 'Nobody in your organisation matches this.' },
          { field: 'csv:3:email / objectId', message: 'This row names nobody.' },
          { field: 'csv:1:*', message: 'The first row must name an “email” or “objectId” column.' },
          { field: 'body.csv', message: 'Too big' },
        ],
      }),
    ).toEqual([
      { row: 1, column: '*', message: 'The first row must name an “email” or “objectId” column.' },
      { row: 3, column: 'email / objectId', message: 'This row names nobody.' },
      { row: 7, column: 'E-mail', message: 'Nobody in your organisation matches this.' },
    ]);
    expect(csvRowErrors(undefined)).toEqual([]);
  });
});
