/**
 * `npm run bench -- idle [--settle 60] [--window 30] [--documents 0] [--json]`
 *
 * The service at rest: started as `npm start` starts it (the bundled server, demo data, a fresh DATA_DIR, and
 * `--documents` activity events written first, for a programme's year of data),
 * left `--settle` seconds to finish starting, then watched for `--window` seconds with nobody using it.
 * `cpu_percent` is of one core, from /proc/<pid>/stat (user + system time over the window). `bytes_written`
 * is /proc/<pid>/io `write_bytes` over the window: what the process sent to storage, sockets excluded; the
 * data folder's files whose size or modification time changed are listed too. Goals: below 1, and 0.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { benchmarkOptions } from '../options';
import { writeActivityEvents } from '../activity-events';
import { buildServer, processCounters, startBuiltService, stop } from '../built-service';

const optionsSchema = z.object({
  settle: z.coerce.number().min(0).max(3_600).default(60),
  window: z.coerce.number().min(1).max(3_600).default(30),
  documents: z.coerce.number().int().min(0).max(2_000_000).default(0),
});

/** Every file under `dir`, with what says it was written: its size and modification time. */
async function fileStates(dir: string): Promise<Map<string, string>> {
  const states = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const { size, mtimeMs } = await stat(file);
    states.set(path.relative(dir, file), `${size}@${mtimeMs}`);
  }
  return states;
}

export async function run(args: readonly string[], progress: (line: string) => void) {
  const options = benchmarkOptions(optionsSchema, args);
  progress('building the server bundle');
  await buildServer();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ambassade-idle-'));
  try {
    if (options.documents > 0) {
      progress(`writing ${options.documents.toLocaleString('en')} activity events`);
      await writeActivityEvents(dataDir, options.documents, { close: true });
    }
    const service = await startBuiltService({ DATA_DIR: dataDir });
    try {
      progress(`listening; settling for ${options.settle} s`);
      await sleep(options.settle * 1000);
      const filesBefore = await fileStates(dataDir);
      const before = await processCounters(service.pid);
      const startedAt = performance.now();
      progress(`measuring for ${options.window} s`);
      await sleep(options.window * 1000);
      const after = await processCounters(service.pid);
      const seconds = (performance.now() - startedAt) / 1000;
      const filesAfter = await fileStates(dataDir);
      const changed = [...new Set([...filesBefore.keys(), ...filesAfter.keys()])].filter(
        (file) => filesBefore.get(file) !== filesAfter.get(file),
      );
      return {
        benchmark: 'idle',
        documents_added: options.documents,
        settle_s: options.settle,
        window_s: Math.round(seconds * 10) / 10,
        cpu_percent: Math.round(((after.cpuSeconds - before.cpuSeconds) / seconds) * 10_000) / 100,
        bytes_written: after.storageWriteBytes - before.storageWriteBytes,
        bytes_written_source: '/proc/<pid>/io write_bytes',
        data_files_changed: changed.sort(),
      };
    } finally {
      await stop(service);
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
