import { CsvError, parse } from 'csv-parse/sync';
import type { Info } from 'csv-parse/sync';
import { z } from 'zod';
import { CSV_MAX_ROWS } from '@contract/groups';
import type { CodedReason } from '@contract/problem-codes';

/** The column a row names a person by; a file may have either or both, in any order, among other columns. */
export type IdentifierColumn = 'email' | 'objectId';

/** Header spellings people use, compared without case, spaces, dashes or underscores. */
const HEADER_ALIASES: Record<string, IdentifierColumn> = {
  email: 'email',
  mail: 'email',
  emailaddress: 'email',
  courriel: 'email',
  adressemail: 'email',
  objectid: 'objectId',
  oid: 'objectId',
  id: 'objectId',
  entraid: 'objectId',
};

export type CsvIssueKind =
  | 'not-utf8'
  | 'malformed'
  | 'no-identifier-column'
  | 'no-rows'
  | 'too-many-rows'
  | 'missing-identifier'
  | 'invalid-email'
  | 'invalid-object-id'
  | 'unknown-person'
  | 'different-people';

/** One refused cell: `row` as a spreadsheet numbers it (the header is row 1), `column` as the header says. */
export interface CsvIssue {
  row: number;
  column: string;
  kind: CsvIssueKind;
}

export interface MemberRow {
  row: number;
  email?: string;
  objectId?: string;
}

/** The header's own names for the identifier columns, so that messages quote what the person wrote. */
export type ColumnNames = Record<IdentifierColumn, string>;

export type CsvReading =
  { ok: true; rows: MemberRow[]; columnNames: ColumnNames } | { ok: false; issues: CsvIssue[] };

const emailSchema = z.email().max(254);
const objectIdSchema = z.guid();

/**
 * Reads a members file as Excel and other tools write it: UTF-8 with or without a byte order mark, comma or
 * semicolon separated (Excel in French uses semicolons), a header row naming an `email` and/or `objectId`
 * column. Every row is checked; any problem refuses the whole file, each problem named by row and column.
 */
export function readMemberCsv(text: string): CsvReading {
  const content = text.replace(/^\uFEFF/, '');
  // The tab decodes the file as UTF-8: bytes that are not (e.g. an "ANSI" export) become U+FFFD.
  if (content.includes('\uFFFD')) return refuse({ row: 1, column: '*', kind: 'not-utf8' });

  let records: { record: string[]; info: Info }[];
  try {
    // With `info`, each record comes with where it was read: its line is the row a spreadsheet shows.
    records = parse(content, {
      delimiter: guessDelimiter(content),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      trim: true,
    }) as unknown as { record: string[]; info: Info }[];
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      return refuse({ row: line ?? 1, column: '*', kind: 'malformed' });
    }
    throw error;
  }

  const [header, ...data] = records;
  const columns = new Map<IdentifierColumn, { index: number; name: string }>();
  header?.record.forEach((name, index) => {
    const column = HEADER_ALIASES[name.toLowerCase().replace(/[\s_-]/g, '')];
    if (column && !columns.has(column)) columns.set(column, { index, name });
  });
  if (columns.size === 0)
    return refuse({ row: header?.info.lines ?? 1, column: '*', kind: 'no-identifier-column' });
  if (data.length === 0) return refuse({ row: 2, column: '*', kind: 'no-rows' });
  if (data.length > CSV_MAX_ROWS)
    return refuse({ row: CSV_MAX_ROWS + 2, column: '*', kind: 'too-many-rows' });

  const email = columns.get('email');
  const objectId = columns.get('objectId');
  const issues: CsvIssue[] = [];
  const rows: MemberRow[] = [];
  for (const { record, info } of data) {
    const row = info.lines;
    const emailValue = email ? record[email.index] || undefined : undefined;
    const objectIdValue = objectId ? record[objectId.index] || undefined : undefined;
    if (!emailValue && !objectIdValue) {
      issues.push({
        row,
        column: [...columns.values()].map((c) => c.name).join(' / '),
        kind: 'missing-identifier',
      });
      continue;
    }
    if (email && emailValue && !emailSchema.safeParse(emailValue).success)
      issues.push({ row, column: email.name, kind: 'invalid-email' });
    if (objectId && objectIdValue && !objectIdSchema.safeParse(objectIdValue).success)
      issues.push({ row, column: objectId.name, kind: 'invalid-object-id' });
    rows.push({
      row,
      ...(emailValue ? { email: emailValue.toLowerCase() } : {}),
      ...(objectIdValue ? { objectId: objectIdValue.toLowerCase() } : {}),
    });
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    rows,
    columnNames: { email: email?.name ?? 'email', objectId: objectId?.name ?? 'objectId' },
  };
}

/** The separator is whichever of `;` and `,` the header line uses more (quoted text aside). */
function guessDelimiter(content: string): ';' | ',' {
  const firstLine = (content.split(/\r?\n/).find((line) => line.trim()) ?? '').replace(/"[^"]*"/g, '');
  const count = (separator: string) => firstLine.split(separator).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

function refuse(issue: CsvIssue): CsvReading {
  return { ok: false, issues: [issue] };
}

export interface KnownPerson {
  id: string;
  email: string;
}

export type Resolution =
  { ok: true; personIds: string[]; duplicateRows: number[] } | { ok: false; issues: CsvIssue[] };

/**
 * Matches each row to a person of the tenant, by object id or email (both, when given, must name the same
 * person). A row naming a person an earlier row named is a duplicate: harmless, counted once.
 */
export function resolveMemberRows(
  rows: MemberRow[],
  people: KnownPerson[],
  columnNames: ColumnNames,
): Resolution {
  const byId = new Map(people.map((person) => [person.id.toLowerCase(), person]));
  const byEmail = new Map(people.map((person) => [person.email.toLowerCase(), person]));
  const issues: CsvIssue[] = [];
  const personIds: string[] = [];
  const duplicateRows: number[] = [];
  for (const row of rows) {
    const fromId = row.objectId ? byId.get(row.objectId) : undefined;
    const fromEmail = row.email ? byEmail.get(row.email) : undefined;
    if (row.objectId && !fromId)
      issues.push({ row: row.row, column: columnNames.objectId, kind: 'unknown-person' });
    if (row.email && !fromEmail)
      issues.push({ row: row.row, column: columnNames.email, kind: 'unknown-person' });
    if (fromId && fromEmail && fromId.id !== fromEmail.id)
      issues.push({ row: row.row, column: columnNames.email, kind: 'different-people' });
    const person = fromId ?? fromEmail;
    if (!person || issues.some((issue) => issue.row === row.row)) continue;
    if (personIds.includes(person.id)) duplicateRows.push(row.row);
    else personIds.push(person.id);
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, personIds, duplicateRows };
}

/** What is wrong with a cell: the code the person reads translated, and the English for logs and API clients. */
export function csvIssueReason(issue: CsvIssue): CodedReason & { message: string } {
  switch (issue.kind) {
    case 'not-utf8':
      return { code: 'csv.notUtf8', message: 'The file is not UTF-8: in Excel, save it as “CSV UTF-8”.' };
    case 'malformed':
      return { code: 'csv.malformed', message: 'This line cannot be read: a quotation mark is not closed.' };
    case 'no-identifier-column':
      return {
        code: 'csv.noIdentifierColumn',
        message: 'The first row must name an “email” or “objectId” column.',
      };
    case 'no-rows':
      return { code: 'csv.noRows', message: 'The file lists nobody.' };
    case 'too-many-rows':
      return {
        code: 'csv.tooManyRows',
        params: { maximum: CSV_MAX_ROWS },
        message: `No more than ${CSV_MAX_ROWS} people per file: split it.`,
      };
    case 'missing-identifier':
      return { code: 'csv.missingIdentifier', message: 'This row names nobody.' };
    case 'invalid-email':
      return { code: 'csv.invalidEmail', message: 'This is not an email address.' };
    case 'invalid-object-id':
      return { code: 'csv.invalidObjectId', message: 'This is not an Entra ID object id (a GUID).' };
    case 'unknown-person':
      return { code: 'csv.unknownPerson', message: 'Nobody in your organisation matches this.' };
    case 'different-people':
      return {
        code: 'csv.differentPeople',
        message: 'The email and the object id name two different people.',
      };
  }
}
