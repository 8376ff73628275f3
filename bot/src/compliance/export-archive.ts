import { randomUUID } from 'node:crypto';
import type { ArchiveFormat } from '@contract/compliance';
import type { ArchiveRecordDoc } from '../domain/archive/archive-record';
import { toEml, toJsonLine } from '../domain/archive/archive-formats';
import { csvLine } from '../domain/csv';

export interface ArchiveExport {
  contentType: string;
  fileName: string;
  /** The file, a piece at a time, as the records arrive: memory stays flat whatever the chain's length. */
  chunks: AsyncGenerator<string>;
}

const CSV_COLUMNS: { header: string; value: (record: ArchiveRecordDoc) => string | number }[] = [
  { header: 'seq', value: (record) => record.seq },
  { header: 'type', value: (record) => record.type },
  { header: 'at', value: (record) => record.at },
  { header: 'personId', value: (record) => record.personId },
  { header: 'personName', value: (record) => record.personName },
  { header: 'network', value: (record) => record.network ?? '' },
  { header: 'text', value: (record) => record.text },
  { header: 'itemId', value: (record) => record.itemId ?? '' },
  { header: 'details', value: (record) => JSON.stringify(record.details) },
  { header: 'hash', value: (record) => record.hash },
  { header: 'previousHash', value: (record) => record.previousHash },
];

/** The archive's records in the format an archiving system (JSONL, EML) or a person in a spreadsheet (CSV) reads. */
export function exportArchive(
  records: AsyncIterable<ArchiveRecordDoc>,
  format: ArchiveFormat,
  fileStem: string,
): ArchiveExport {
  switch (format) {
    case 'jsonl':
      return {
        contentType: 'application/x-ndjson; charset=utf-8',
        fileName: `${fileStem}.jsonl`,
        chunks: map(records, toJsonLine),
      };
    case 'csv':
      return {
        contentType: 'text/csv; charset=utf-8',
        fileName: `${fileStem}.csv`,
        chunks: csv(records),
      };
    case 'eml': {
      const boundary = `ambassade-archive-${randomUUID()}`;
      return {
        contentType: `multipart/mixed; boundary="${boundary}"`,
        fileName: `${fileStem}.eml`,
        chunks: multipart(records, boundary),
      };
    }
  }
}

async function* map(
  records: AsyncIterable<ArchiveRecordDoc>,
  line: (record: ArchiveRecordDoc) => string,
): AsyncGenerator<string> {
  for await (const record of records) yield line(record);
}

async function* csv(records: AsyncIterable<ArchiveRecordDoc>): AsyncGenerator<string> {
  // The byte order mark tells Excel the file is UTF-8, so accents read right.
  yield `\uFEFF${csvLine(CSV_COLUMNS.map((column) => column.header))}`;
  yield* map(records, (record) => csvLine(CSV_COLUMNS.map((column) => column.value(record))));
}

/** One `message/rfc822` part per communication, in a MIME multipart stream (RFC 2046). */
async function* multipart(
  records: AsyncIterable<ArchiveRecordDoc>,
  boundary: string,
): AsyncGenerator<string> {
  yield 'MIME-Version: 1.0\r\n' + `Content-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n`;
  for await (const record of records) {
    yield (
      `--${boundary}\r\nContent-Type: message/rfc822\r\n` +
      `Content-Disposition: attachment; filename="${record.id}.eml"\r\n\r\n${toEml(record)}\r\n`
    );
  }
  yield `--${boundary}--\r\n`;
}
