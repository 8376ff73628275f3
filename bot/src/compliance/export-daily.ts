import { toJsonLine } from '../domain/archive/archive-formats';
import type { Repositories } from '../store/repositories';
import type { ArchiveStore } from './archive-store';
import { dailyExportName } from './archive-store';

const DAY_MS = 86_400_000;
/** A day is exported once it has been over this long: records written by a slow instance have landed. */
const SETTLING_MS = 60 * 60_000;
/** Days caught up in one run at most, so a long-stopped service catches up over a few turns. */
const MAX_DAYS_PER_RUN = 31;

/** Who the audit log names for the daily copies. */
export const ARCHIVE_EXPORT_ACTOR = { id: 'archive-export', name: 'Archive export', roles: [] };

const dayOf = (instant: number) => new Date(instant).toISOString().slice(0, 10);

/**
 * Sends each whole day of a tenant's archive to the archive store as one JSONL file, day after day from the
 * first record (or the last day sent), and remembers how far it got. Returns the days written.
 */
export async function exportWholeDays(
  repositories: Pick<Repositories, 'organisations' | 'archive' | 'audit'>,
  store: ArchiveStore,
  tenantId: string,
  now: Date,
  signal?: AbortSignal,
): Promise<string[]> {
  const organisation = await repositories.organisations.find(tenantId);
  if (!organisation) return [];
  const start = organisation.compliance?.exportedThrough
    ? Date.parse(`${organisation.compliance.exportedThrough}T00:00:00Z`) + DAY_MS
    : await firstRecordDay(repositories, tenantId);
  if (start === undefined) return [];
  const written: string[] = [];
  const alreadyThere: string[] = [];
  for (
    let dayStart = start;
    dayStart + DAY_MS + SETTLING_MS <= now.getTime() && written.length < MAX_DAYS_PER_RUN && !signal?.aborted;
    dayStart += DAY_MS
  ) {
    const day = dayOf(dayStart);
    const range = { from: new Date(dayStart).toISOString(), to: new Date(dayStart + DAY_MS).toISOString() };
    const created = await store.write(dailyExportName(tenantId, day), lines(repositories, tenantId, range));
    await repositories.organisations.update(tenantId, tenantId, (current) => ({
      ...current,
      compliance: { ...current.compliance, exportedThrough: day },
    }));
    if (!created) alreadyThere.push(day);
    written.push(day);
  }
  // One audit record a run, however many days it caught up.
  const last = written.at(-1);
  if (last) {
    await repositories.audit.append({
      tenantId,
      at: now.toISOString(),
      actor: ARCHIVE_EXPORT_ACTOR,
      action: 'archive.exported',
      entity: { type: 'archive-export', id: last },
      after: { destination: 'archive store', days: written, alreadyThere },
    });
  }
  return written;
}

async function firstRecordDay(
  repositories: Pick<Repositories, 'archive'>,
  tenantId: string,
): Promise<number | undefined> {
  for await (const record of repositories.archive.records(tenantId, { includePurged: true })) {
    return Date.parse(`${record.at.slice(0, 10)}T00:00:00Z`);
  }
  return undefined;
}

async function* lines(
  repositories: Pick<Repositories, 'archive'>,
  tenantId: string,
  range: { from: string; to: string },
): AsyncGenerator<string> {
  for await (const record of repositories.archive.records(tenantId, range)) yield toJsonLine(record);
}
