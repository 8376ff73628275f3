import { describe, expect, it } from 'vitest';
import type { ArchiveEntry, ArchiveRecordDoc } from './archive-record';
import { GENESIS_HASH } from './archive-record';
import { canonicalJson, chainRecord, ChainVerifier, purgedRecord, recordHash } from './hash-chain';

const entry = (text: string): ArchiveEntry => ({
  type: 'share',
  at: '2026-12-01T10:00:00.000Z',
  personId: 'person-1',
  personName: 'Camille Durand',
  network: 'linkedin',
  text,
  itemId: 'item-01',
  details: { link: 'https://example.test/r/abc', mediaSha256: ['ab'.repeat(32)] },
});

function chain(...texts: string[]): ArchiveRecordDoc[] {
  const records: ArchiveRecordDoc[] = [];
  for (const text of texts) records.push(chainRecord('tenant-1', entry(text), records.at(-1)));
  return records;
}

function verify(records: ArchiveRecordDoc[]) {
  const verifier = new ChainVerifier();
  for (const record of records) verifier.check(record);
  return verifier.result();
}

describe('the archive hash chain', () => {
  it('hashes the same content the same, whatever the order of its keys', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { y: 1, x: 2 }], c: 'é' } })).toBe(
      canonicalJson({ a: { c: 'é', d: [2, { x: 2, y: 1 }] }, b: 1 }),
    );
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  it('links each record to the one before, from the genesis hash', () => {
    const [first, second] = chain('Nous recrutons à Douai', 'Second post');
    expect(first).toMatchObject({ seq: 1, id: 'archive-000000000001', previousHash: GENESIS_HASH });
    expect(second).toMatchObject({ seq: 2, previousHash: first!.hash });
    expect(first!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(first!.hash).toBe(recordHash(first!));
  });

  it('verifies an untouched chain', () => {
    const records = chain('one', 'two', 'three');
    expect(verify(records)).toEqual({ intact: true, records: 3, lastHash: records[2]!.hash });
  });

  it('names the first record whose content was altered', () => {
    const records = chain('one', 'two', 'three');
    records[1] = { ...records[1]!, text: 'two, edited afterwards' };
    expect(verify(records)).toMatchObject({
      intact: false,
      records: 1,
      firstBreak: { kind: 'altered', recordId: records[1]!.id, seq: 2 },
    });
  });

  it('names a record rehashed after an edit: it no longer links to the one before', () => {
    const records = chain('one', 'two', 'three');
    const forged = { ...records[0]!, text: 'one, edited' };
    records[0] = { ...forged, hash: recordHash(forged) };
    expect(verify(records).firstBreak).toEqual({ kind: 'unlinked', recordId: records[1]!.id, seq: 2 });
  });

  it('names the number of a record taken out of the middle', () => {
    const records = chain('one', 'two', 'three');
    records.splice(1, 1);
    expect(verify(records).firstBreak).toEqual({ kind: 'missing', seq: 2 });
  });

  it('still verifies past records the retention purge emptied, and knows their content is gone', () => {
    const records = chain('one', 'two', 'three');
    records[0] = purgedRecord(records[0]!, new Date('2030-01-01T00:00:00Z'));
    records[1] = purgedRecord(records[1]!, new Date('2030-01-01T00:00:00Z'));
    expect(records[0]).toMatchObject({ text: '', personName: '', details: {} });
    expect(verify(records)).toEqual({ intact: true, records: 3, lastHash: records[2]!.hash });
  });
});
