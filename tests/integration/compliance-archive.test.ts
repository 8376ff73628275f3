import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArchiveVerification, Retention, SupervisedShare } from '../../bot/src/contract/compliance';
import type { ErasureReceipt } from '../../bot/src/contract/me';
import type { ShareResult } from '../../bot/src/contract/share';
import { exportWholeDays } from '../../bot/src/compliance/export-daily';
import { LocalArchiveStore } from '../../bot/src/compliance/local-archive-store';
import { purgeExpired } from '../../bot/src/compliance/purge-expired';
import { verifyArchive } from '../../bot/src/compliance/verify-archive';
import {
  DEMO_ADMIN_ID,
  DEMO_AMBASSADOR_ID,
  DEMO_EMPLOYEE_ID,
  DEMO_MANAGER_ID,
  DEMO_REVIEWER_ID,
  DEMO_TENANT_ID,
} from '../../bot/src/demo/demo-data';
import type { ArchiveEntry, ArchiveRecordDoc } from '../../bot/src/domain/archive/archive-record';
import { archiveRecordId } from '../../bot/src/domain/archive/archive-record';
import { recordHash } from '../../bot/src/domain/archive/hash-chain';
import { apiAs } from '../support/api-client';
import { getJson, startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

let service: TestService;
let ambassador: Awaited<ReturnType<typeof apiAs>>;
let reviewer: Awaited<ReturnType<typeof apiAs>>;
let admin: Awaited<ReturnType<typeof apiAs>>;
beforeAll(async () => {
  service = await startTestService();
  [ambassador, reviewer, admin] = await Promise.all([
    apiAs(service, DEMO_AMBASSADOR_ID),
    apiAs(service, DEMO_REVIEWER_ID, ['Programme.Reviewer'], 'Claire Petit'),
    apiAs(service, DEMO_ADMIN_ID, ['Programme.Admin']),
  ]);
});
afterAll(() => service.dispose());

const entry = (text: string, overrides: Partial<ArchiveEntry> = {}): ArchiveEntry => ({
  type: 'share',
  at: new Date().toISOString(),
  personId: 'person-1',
  personName: 'Camille Durand',
  network: 'linkedin',
  text,
  itemId: 'item-01',
  details: {},
  ...overrides,
});

async function recordsOf(tenantId: string): Promise<ArchiveRecordDoc[]> {
  const records: ArchiveRecordDoc[] = [];
  for await (const record of service.repositories.archive.records(tenantId, { includePurged: true })) {
    records.push(record);
  }
  return records;
}

/** The raw answer of an export: its type, and its body as bytes and as text (byte order mark kept). */
async function download(token: string, query: string) {
  const response = await fetch(`${service.url}/api/v1/compliance/archive?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    bytes,
    text: bytes.toString('utf8'),
  };
}

async function shareUniquely(prefix = 'Archive check'): Promise<ShareResult> {
  const { status, body } = await ambassador.post('/api/v1/library/item-01/shares', {
    network: 'linkedin',
    language: 'fr',
    text: `${prefix} ${randomUUID()}`,
  });
  expect(status).toBeLessThan(300);
  return body as ShareResult;
}

describe('the archive of what ambassadors shared', () => {
  it('keeps a share word for word, exports it as JSONL to a reviewer, and its hash verifies', async () => {
    const shared = await shareUniquely();
    const exported = await download(reviewer.token, 'format=jsonl');
    expect(exported.status).toBe(200);
    expect(exported.contentType).toMatch(/^application\/x-ndjson/);
    const lines = exported.text
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as ArchiveRecordDoc & { seq: number });
    const line = lines.find((candidate) => candidate.text === shared.finalText);
    expect(line).toMatchObject({
      type: 'share',
      personId: DEMO_AMBASSADOR_ID,
      network: 'linkedin',
      itemId: 'item-01',
      details: { trackedUrl: shared.trackedUrl, language: 'fr' },
    });
    expect(line!.details['destination']).toMatch(/utm_source=linkedin/);
    const { hash, ...unhashed } = { ...line!, id: archiveRecordId(line!.seq), tenantId: DEMO_TENANT_ID };
    expect(recordHash(unhashed)).toBe(hash);

    const verification = (await reviewer.get('/api/v1/compliance/archive/verification'))
      .body as ArchiveVerification;
    expect(verification).toMatchObject({ intact: true, records: lines.length });

    const audit = (await reviewer.get('/api/v1/audit?action=share.confirmed')).body.items as {
      after: { text: string };
    }[];
    expect(audit.some((record) => record.after.text === shared.finalText)).toBe(true);
    const exports = (await reviewer.get('/api/v1/audit?action=archive.exported')).body.items as unknown[];
    expect(exports.length).toBeGreaterThan(0);
  });

  it('is for reviewers and administrators only', async () => {
    for (const [objectId, roles] of [
      [DEMO_EMPLOYEE_ID, []],
      [DEMO_AMBASSADOR_ID, []],
      [DEMO_MANAGER_ID, ['Programme.Manager']],
    ] as const) {
      const caller = await apiAs(service, objectId, [...roles]);
      expect((await download(caller.token, 'format=jsonl')).status).toBe(403);
      expect((await caller.get('/api/v1/compliance/archive/verification')).status).toBe(403);
      expect((await caller.get('/api/v1/compliance/shares')).status).toBe(403);
    }
    expect((await download(admin.token, 'format=csv')).status).toBe(200);
  });

  it('exports a share as an RFC 5322 message that a MIME parser reads back', async () => {
    const shared = await shareUniquely('Message électronique');
    const exported = await download(
      reviewer.token,
      `format=eml&from=${new Date().toISOString().slice(0, 10)}`,
    );
    expect(exported.contentType).toMatch(/^multipart\/mixed; boundary=/);
    const stream = await simpleParser(
      `Content-Type: ${exported.contentType}\r\nMIME-Version: 1.0\r\n\r\n${exported.text.split('\r\n\r\n').slice(1).join('\r\n\r\n')}`,
    );
    const messages = await Promise.all(
      stream.attachments
        .filter((part) => part.contentType === 'message/rfc822')
        .map((part) => simpleParser(part.content)),
    );
    const message = messages.find((candidate) => candidate.text?.trim() === shared.finalText);
    expect(message).toBeDefined();
    expect(message!.from?.value[0]?.name).toBe('Julien Moreau');
    expect(message!.to && 'value' in message!.to ? message!.to.value[0]?.name : undefined).toBe('LinkedIn');
    expect(message!.subject).toBe('Share on LinkedIn');
    expect(message!.headers.get('x-ambassade-type')).toBe('share');
    expect(String(message!.headers.get('x-ambassade-hash'))).toMatch(/^[0-9a-f]{64}$/);
  });

  it('exports CSV for a spreadsheet: UTF-8 with BOM, formula-looking cells neutralised', async () => {
    const shared = await shareUniquely('=1+1 partagé');
    const exported = await download(reviewer.token, 'format=csv');
    expect(exported.contentType).toMatch(/^text\/csv/);
    expect([...exported.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(exported.text.startsWith('\uFEFFseq,type,at,')).toBe(true);
    expect(exported.text).toContain(`'${shared.finalText}`);
  });

  it('answers a malformed period with a problem naming the field', async () => {
    const { status, body } = await reviewer.get('/api/v1/compliance/archive?from=2026-12-31&to=2026-01-01');
    expect(status).toBe(400);
    expect(body.errors[0].field).toBe('query.to');
  });
});

describe('supervision, without policing', () => {
  it('shows a reviewer the share beside the text it came from, takes a private note and sends kind advice', async () => {
    const shared = await shareUniquely('Supervisé');
    const words = shared.finalText.split(' ')[1]!;
    const page = (await reviewer.get(`/api/v1/compliance/shares?words=${encodeURIComponent(words)}`)).body
      .items as SupervisedShare[];
    expect(page).toHaveLength(1);
    const [supervised] = page;
    expect(supervised).toMatchObject({
      person: { id: DEMO_AMBASSADOR_ID, name: 'Julien Moreau' },
      network: 'linkedin',
      text: shared.finalText,
      findings: [],
      followUps: [],
    });
    expect(supervised!.suggestedText).toEqual(expect.any(String));

    const followed = await reviewer.post(`/api/v1/compliance/shares/${supervised!.recordId}/follow-ups`, {
      note: 'Ton très personnel, bravo.',
      message: 'Votre partage était parfait : continuez ainsi !',
    });
    expect(followed.status).toBe(201);
    const again = (await reviewer.get(`/api/v1/compliance/shares?words=${encodeURIComponent(words)}`)).body
      .items as SupervisedShare[];
    expect(again[0]!.followUps).toEqual([
      expect.objectContaining({
        note: 'Ton très personnel, bravo.',
        message: 'Votre partage était parfait : continuez ainsi !',
        by: { id: DEMO_REVIEWER_ID, name: 'Claire Petit' },
      }),
    ]);
    const audited = (await reviewer.get(`/api/v1/audit?action=share.followed-up`)).body.items as unknown[];
    expect(audited).toHaveLength(1);

    const unknown = await reviewer.post('/api/v1/compliance/shares/archive-999999999999/follow-ups', {
      note: 'x',
    });
    expect(unknown.status).toBe(404);
    const empty = await reviewer.post(`/api/v1/compliance/shares/${supervised!.recordId}/follow-ups`, {
      note: '  ',
    });
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].field).toBe('body.note');
  });
});

describe('retention and legal hold', () => {
  const yearsAgo = (years: number) => new Date(Date.now() - years * 366 * 86_400_000).toISOString();

  it('keeps the archive of a person under legal hold through erasure and purge, and tells them why', async () => {
    const held = { id: `held-${randomUUID()}`, name: 'Dominique Held' };
    const free = { id: `free-${randomUUID()}`, name: 'Sacha Free' };
    const { archive } = service.repositories;
    for (const person of [held, free]) {
      await archive.append(
        DEMO_TENANT_ID,
        entry(`old post of ${person.id}`, {
          personId: person.id,
          personName: person.name,
          at: yearsAgo(4),
        }),
      );
      await archive.append(
        DEMO_TENANT_ID,
        entry(`recent post of ${person.id}`, {
          personId: person.id,
          personName: person.name,
        }),
      );
    }

    const hold = await admin.post('/api/v1/admin/legal-holds', {
      scope: { kind: 'person', personId: held.id },
      reason: 'Enquête AMF 2026-14',
    });
    expect(hold.status).toBe(201);

    const heldPerson = await service.token({ objectId: held.id, name: held.name });
    const receipt = (
      await getJson(`${service.url}/api/v1/me`, heldPerson, {
        method: 'DELETE',
        headers: { 'accept-language': 'fr-FR' },
      })
    ).body as ErasureReceipt;
    expect(receipt.kept).toMatchObject({ archiveRecords: 2, legalHold: true });
    expect(receipt.kept!.explanation).toContain('Enquête AMF 2026-14');
    expect(receipt.kept!.until).toBeUndefined();

    const freePerson = await service.token({ objectId: free.id, name: free.name });
    const freeReceipt = (await getJson(`${service.url}/api/v1/me`, freePerson, { method: 'DELETE' }))
      .body as ErasureReceipt;
    expect(freeReceipt.kept).toMatchObject({ archiveRecords: 2, legalHold: false });
    expect(freeReceipt.kept!.explanation).toMatch(/financial regulations require/);

    const report = await purgeExpired(service.repositories, DEMO_TENANT_ID, new Date());
    expect(report.archiveRecords).toBe(1);
    const texts = (await recordsOf(DEMO_TENANT_ID)).map((record) => record.text);
    expect(texts).toContain(`old post of ${held.id}`);
    expect(texts).toContain(`recent post of ${held.id}`);
    expect(texts).toContain(`recent post of ${free.id}`);
    expect(texts).not.toContain(`old post of ${free.id}`);
    // Emptied, not taken out: the chain still verifies end to end.
    expect(await verifyArchive(archive, DEMO_TENANT_ID, new Date())).toMatchObject({ intact: true });

    const retention = (await admin.get('/api/v1/admin/retention')).body as Retention;
    expect(retention.settings.archiveYears).toBe(3);
    expect(retention.lastPurge).toMatchObject({ archiveRecords: 1 });
    expect(retention.holds.map((placed) => placed.reason)).toEqual(['Enquête AMF 2026-14']);
    const lifted = await admin.delete(`/api/v1/admin/legal-holds/${retention.holds[0]!.id}`);
    expect(lifted.status).toBe(204);
    const actions = (
      (await admin.get('/api/v1/audit?entityType=legal-hold')).body.items as { action: string }[]
    )
      .map((record) => record.action)
      .sort();
    expect(actions).toEqual(['legal-hold.lifted', 'legal-hold.placed']);
  });

  it('lets an administrator set the periods within their bounds, audited', async () => {
    const settings = { archiveYears: 7, activityMonths: 13, auditYears: 7, outboxDays: 30, leaversDays: 60 };
    const changed = await admin.put('/api/v1/admin/retention', settings);
    expect(changed.status).toBe(200);
    expect((changed.body as Retention).settings).toEqual(settings);
    const tooShort = await admin.put('/api/v1/admin/retention', { ...settings, archiveYears: 2 });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.errors[0].field).toBe('body.archiveYears');
    expect((await reviewer.get('/api/v1/admin/retention')).status).toBe(403);
    await admin.put('/api/v1/admin/retention', { ...settings, archiveYears: 3, auditYears: 6 });
  });
});

describe('the daily export to the archive store', () => {
  it('writes each whole day once, as JSONL, read-only, and remembers how far it got', async () => {
    const tenantId = 'tenant-export';
    const { archive, organisations } = service.repositories;
    await organisations.upsert({
      id: tenantId,
      tenantId,
      type: 'organisation',
      name: 'Export test',
      brands: [],
      createdAt: new Date().toISOString(),
    });
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    const older = await archive.append(tenantId, entry('three days ago', { at: daysAgo(3) }));
    const newer = await archive.append(tenantId, entry('two days ago', { at: daysAgo(2) }));
    await archive.append(tenantId, entry('today'));
    const directory = await mkdtemp(path.join(os.tmpdir(), 'archive-store-'));
    const store = new LocalArchiveStore(directory);

    // Two hours into today: yesterday is over and settled, today is not.
    const now = new Date(`${new Date().toISOString().slice(0, 10)}T02:00:00Z`);
    const days = await exportWholeDays(service.repositories, store, tenantId, now);
    expect(days).toEqual([older.at.slice(0, 10), newer.at.slice(0, 10), daysAgo(1).slice(0, 10)]);
    const file = path.join(directory, tenantId, `${days[0]}.jsonl`);
    const lines = (await readFile(file, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as ArchiveRecordDoc);
    expect(lines.map((line) => [line.text, line.hash])).toEqual([['three days ago', older.hash]]);
    expect((await stat(file)).mode & 0o222).toBe(0);
    expect((await organisations.find(tenantId))?.compliance?.exportedThrough).toBe(days.at(-1));

    // Written once: a later run goes on from where the last one stopped, and never rewrites a file.
    expect(await exportWholeDays(service.repositories, store, tenantId, now)).toEqual([]);
    expect(await store.write(`${tenantId}/${days[0]}.jsonl`, (async function* () {})())).toBe(false);
    expect(await readFile(file, 'utf8')).toContain('three days ago');
  });
});

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
