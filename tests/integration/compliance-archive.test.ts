import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyArchive } from '../../bot/src/archive/verify-archive';
import type { ArchiveEntry, ArchiveRecordDoc } from '../../bot/src/domain/archive/archive-record';
import { archiveRecordId } from '../../bot/src/domain/archive/archive-record';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

let service: TestService;
beforeAll(async () => {
  service = await startTestService({ env: { DEMO_DATA: 'off' } });
});
afterAll(() => service.dispose());

const entry = (text: string): ArchiveEntry => ({
  type: 'share',
  at: new Date().toISOString(),
  personId: 'person-1',
  personName: 'Camille Durand',
  network: 'linkedin',
  text,
  itemId: 'item-01',
  details: {},
});

async function recordsOf(tenantId: string): Promise<ArchiveRecordDoc[]> {
  const records: ArchiveRecordDoc[] = [];
  for await (const record of service.repositories.archive.records(tenantId)) records.push(record);
  return records;
}

describe('the compliance archive in the store', () => {
  it('appenders racing each other still make one chain without gaps', async () => {
    const { archive } = service.repositories;
    await Promise.all(
      Array.from({ length: 12 }, (_, index) => archive.append('tenant-race', entry(`post ${index}`))),
    );
    const records = await recordsOf('tenant-race');
    expect(records.map((record) => record.seq)).toEqual(Array.from({ length: 12 }, (_, index) => index + 1));
    expect(new Set(records.map((record) => record.text)).size).toBe(12);
    expect(await verifyArchive(archive, 'tenant-race', new Date())).toMatchObject({
      intact: true,
      records: 12,
    });
  });

  it('names the record that was altered directly in the store', async () => {
    const { archive } = service.repositories;
    for (const text of ['one', 'two', 'three', 'four']) await archive.append('tenant-altered', entry(text));
    const container = service.store.container('archive');
    const { resource } = await container.item(archiveRecordId(3), 'tenant-altered').read<ArchiveRecordDoc>();
    await container.items.upsert({ ...resource!, text: 'three, as nobody posted it' });

    const verification = await verifyArchive(archive, 'tenant-altered', new Date());
    expect(verification).toMatchObject({
      intact: false,
      records: 2,
      firstBreak: { kind: 'altered', recordId: archiveRecordId(3), seq: 3 },
    });
  });

  it('notices the last record taken away', async () => {
    const { archive } = service.repositories;
    for (const text of ['one', 'two', 'three']) await archive.append('tenant-truncated', entry(text));
    await service.store.container('archive').item(archiveRecordId(3), 'tenant-truncated').delete();

    const verification = await verifyArchive(archive, 'tenant-truncated', new Date());
    expect(verification).toMatchObject({
      intact: false,
      records: 2,
      firstBreak: { kind: 'missing', seq: 3 },
    });
  });
});
