import { describe, expect, it } from 'vitest';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { ArchiveRecordDoc } from '../domain/archive/archive-record';
import { chainRecord } from '../domain/archive/hash-chain';
import { exportArchive } from './export-archive';

function record(seq: number, text: string, previous?: ArchiveRecordDoc): ArchiveRecordDoc {
  return chainRecord(
    'tenant-1',
    {
      type: 'share',
      at: new Date(Date.UTC(2026, 10, 1) + seq * 60_000).toISOString(),
      personId: `person-${seq % 50}`,
      personName: 'Élodie Martin',
      network: 'linkedin',
      text,
      itemId: 'item-01',
      details: { trackedUrl: `https://ambassade.test/r/code${seq}` },
    },
    previous,
  );
}

async function* chainOf(count: number, text = (seq: number) => `Post number ${seq}`) {
  let previous: ArchiveRecordDoc | undefined;
  for (let seq = 1; seq <= count; seq++) {
    previous = record(seq, text(seq), previous);
    yield previous;
  }
}

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

describe('archive exports', () => {
  it('JSONL: one record a line with the fields archiving systems read', async () => {
    const { contentType, fileName, chunks } = exportArchive(chainOf(2), 'jsonl', 'archive-2026-11');
    expect(contentType).toBe('application/x-ndjson; charset=utf-8');
    expect(fileName).toBe('archive-2026-11.jsonl');
    const lines = (await collect(chunks))
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatchObject({
      type: 'share',
      personName: 'Élodie Martin',
      network: 'linkedin',
      text: 'Post number 2',
      itemId: 'item-01',
      previousHash: lines[0].hash,
    });
    expect(Object.keys(lines[0])).toEqual(
      expect.arrayContaining([
        'type',
        'at',
        'personId',
        'personName',
        'network',
        'text',
        'itemId',
        'hash',
        'previousHash',
      ]),
    );
  });

  it('CSV: UTF-8 with a byte order mark, and cells a spreadsheet would run neutralised', async () => {
    const { chunks } = exportArchive(
      chainOf(1, () => '=HYPERLINK("https://evil.test")'),
      'csv',
      'a',
    );
    const text = await collect(chunks);
    expect(text.startsWith('\uFEFFseq,type,at,personId,personName,network,text,')).toBe(true);
    expect(text).toContain(`"'=HYPERLINK(""https://evil.test"")"`);
    expect(text).toContain('Élodie Martin');
  });

  it('streams 100,000 records with memory flat: what it keeps does not grow with the chain', async () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    gc();
    // Measured before the export starts, so that a copy of the chain held anywhere shows as growth.
    const retained = [process.memoryUsage().heapUsed];
    let bytes = 0;
    let seen = 0;
    for await (const chunk of exportArchive(chainOf(100_000), 'jsonl', 'big').chunks) {
      bytes += chunk.length;
      seen += 1;
      if (seen % 20_000 === 0) {
        gc();
        retained.push(process.memoryUsage().heapUsed);
      }
    }
    expect(seen).toBe(100_000);
    // The output is tens of megabytes; what stays in memory between samples must not follow it.
    expect(bytes).toBeGreaterThan(30_000_000);
    const growth = Math.max(...retained) - Math.min(...retained);
    expect(growth).toBeLessThan(8 * 1024 * 1024);
    // A behaviour, not a speed: a bound generous enough for a machine busy with other test files.
  }, 60_000);
});
