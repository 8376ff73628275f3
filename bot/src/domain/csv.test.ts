import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  const columns = [
    { header: 'name', value: (row: { name: string; n: number }) => row.name },
    { header: 'n', value: (row: { name: string; n: number }) => row.n },
  ];

  it('writes a header and one CRLF line per row', () => {
    expect(toCsv([{ name: 'Ada', n: 1 }], columns)).toBe('name,n\r\nAda,1\r\n');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv([{ name: 'Dupont, "Jo"\nJr', n: 2 }], columns)).toBe('name,n\r\n"Dupont, ""Jo""\nJr",2\r\n');
  });

  it('neutralises cells a spreadsheet would run as formulas, but not negative numbers', () => {
    expect(toCsv([{ name: '=HYPERLINK("x")', n: -3 }], columns)).toBe(
      'name,n\r\n"\'=HYPERLINK(""x"")",-3\r\n',
    );
    expect(toCsv([{ name: '@SUM(A1)', n: 0 }], columns)).toBe("name,n\r\n'@SUM(A1),0\r\n");
  });

  it('quotes a cell holding another separator and neutralises a formula after it (Excel with French settings)', () => {
    expect(toCsv([{ name: 'ok;=1+1', n: 1 }], columns)).toBe(`name,n\r\n"ok;'=1+1",1\r\n`);
    expect(toCsv([{ name: 'Douai, -20 %', n: 1 }], columns)).toBe(`name,n\r\n"Douai, -20 %",1\r\n`);
    expect(toCsv([{ name: 'tab\t-2', n: 1 }], columns)).toBe(`name,n\r\n"tab\t'-2",1\r\n`);
    expect(toCsv([{ name: 'a - b; c', n: 1 }], columns)).toBe(`name,n\r\n"a - b; c",1\r\n`);
  });
});
