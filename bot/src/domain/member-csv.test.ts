import { describe, expect, it } from 'vitest';
import { readMemberCsv, resolveMemberRows } from './member-csv';
import type { CsvReading } from './member-csv';

const SOPHIE = { id: '00000000-0000-4000-8000-000000000005', email: 'sophie.martin@aurore-demo.example' };
const JULIEN = { id: '00000000-0000-4000-8000-000000000004', email: 'julien.moreau@aurore-demo.example' };

function rowsOf(reading: CsvReading) {
  if (!reading.ok) throw new Error(`refused: ${JSON.stringify(reading.issues)}`);
  return reading;
}

describe('reading a members file', () => {
  it('reads Excel’s French export: BOM, semicolons, CRLF, other columns, blank lines', () => {
    const reading = rowsOf(
      readMemberCsv(
        '\uFEFFNom;E-mail;Site\r\n"Martin; Sophie";Sophie.Martin@aurore-demo.example;Douai\r\n\r\nJulien;julien.moreau@aurore-demo.example;Douai\r\n',
      ),
    );
    expect(reading.rows).toEqual([
      { row: 2, email: 'sophie.martin@aurore-demo.example' },
      { row: 4, email: 'julien.moreau@aurore-demo.example' },
    ]);
    expect(reading.columnNames.email).toBe('E-mail');
  });

  it('reads comma-separated files with an objectId column', () => {
    expect(rowsOf(readMemberCsv(`objectId,name\n${SOPHIE.id},"Martin, Sophie"\n`)).rows).toEqual([
      { row: 2, objectId: SOPHIE.id },
    ]);
  });

  it('checks every row and names each bad cell by row and column', () => {
    const reading = readMemberCsv('email;objectId\nnot-an-email;\n;\nok@aurore-demo.example;1234\n');
    expect(reading).toEqual({
      ok: false,
      issues: [
        { row: 2, column: 'email', kind: 'invalid-email' },
        { row: 3, column: 'email / objectId', kind: 'missing-identifier' },
        { row: 4, column: 'objectId', kind: 'invalid-object-id' },
      ],
    });
  });

  it('refuses files it cannot trust: no identifier column, no rows, not UTF-8, unclosed quote', () => {
    expect(readMemberCsv('name;site\nSophie;Douai\n')).toMatchObject({
      ok: false,
      issues: [{ row: 1, kind: 'no-identifier-column' }],
    });
    expect(readMemberCsv('email\n')).toMatchObject({ ok: false, issues: [{ kind: 'no-rows' }] });
    expect(readMemberCsv('email\nh\uFFFDl\uFFFDne@x.example\n')).toMatchObject({
      ok: false,
      issues: [{ kind: 'not-utf8' }],
    });
    expect(readMemberCsv('email\n"a@b.example\n')).toMatchObject({
      ok: false,
      issues: [{ kind: 'malformed' }],
    });
  });

  it('refuses more rows than the limit, before reading any of them', () => {
    const rows = Array.from({ length: 2_001 }, (_, index) => `p${index}@x.example`).join('\n');
    expect(readMemberCsv(`email\n${rows}`)).toMatchObject({ ok: false, issues: [{ kind: 'too-many-rows' }] });
  });
});

describe('matching rows to people', () => {
  const columns = { email: 'Mail', objectId: 'Id' };

  it('finds people by email or object id, and counts a person named twice once', () => {
    const resolution = resolveMemberRows(
      [
        { row: 2, email: SOPHIE.email },
        { row: 3, objectId: JULIEN.id },
        { row: 4, email: SOPHIE.email },
        { row: 5, objectId: SOPHIE.id, email: SOPHIE.email },
      ],
      [SOPHIE, JULIEN],
      columns,
    );
    expect(resolution).toEqual({ ok: true, personIds: [SOPHIE.id, JULIEN.id], duplicateRows: [4, 5] });
  });

  it('names unknown people and rows whose email and id disagree, in the file’s own column names', () => {
    const resolution = resolveMemberRows(
      [
        { row: 2, email: 'nobody@aurore-demo.example' },
        { row: 3, objectId: SOPHIE.id, email: JULIEN.email },
      ],
      [SOPHIE, JULIEN],
      columns,
    );
    expect(resolution).toEqual({
      ok: false,
      issues: [
        { row: 2, column: 'Mail', kind: 'unknown-person' },
        { row: 3, column: 'Mail', kind: 'different-people' },
      ],
    });
  });
});
