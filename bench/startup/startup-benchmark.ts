/**
 * `npm run bench -- startup [--documents 100000] [--starts 3] [--json]`
 *
 * How long the service takes to start (spawn to its "listening" line, as `npm start` runs it: the bundled
 * server) on local data. Baseline: the demo data alone. Then `--documents` activity events are written to the
 * same folder through the real write path (SDK bulk requests, journal, compaction), and the start is timed
 * twice more: just after the writes, as a crash would leave the folder (journal replayed at start), and after
 * a clean stop (snapshots only). Each figure is the median of `--starts` starts; `restore_ms` is the part the
 * store's restore took, as it logs it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { benchmarkOptions } from '../options';
import { buildServer, startBuiltService, stop } from '../built-service';
import type { BuiltService } from '../built-service';
import { writeActivityEvents } from '../activity-events';

const optionsSchema = z.object({
  documents: z.coerce.number().int().min(1).max(2_000_000).default(100_000),
  starts: z.coerce.number().int().min(1).max(20).default(3),
});

interface Start {
  startMs: number;
  restoreMs: number;
  documents: number;
}

/** Starts the built service on `dataDir`, notes how long it took and what its restore logged, stops it. */
async function timedStart(dataDir: string): Promise<Start> {
  const lines: string[] = [];
  const service: BuiltService = await startBuiltService({ DATA_DIR: dataDir }, (line) => lines.push(line));
  await stop(service);
  const restored = lines
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .find((entry) => entry.msg === 'restored local data');
  return {
    startMs: service.listeningAt - service.spawnedAt,
    restoreMs: Number(restored?.ms),
    documents: Number(restored?.documents),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function medianStart(dataDir: string, starts: number): Promise<Start> {
  const runs: Start[] = [];
  for (let index = 0; index < starts; index += 1) runs.push(await timedStart(dataDir));
  return {
    startMs: Math.round(median(runs.map((run) => run.startMs))),
    restoreMs: median(runs.map((run) => run.restoreMs)),
    documents: runs[0]?.documents ?? 0,
  };
}

export async function run(args: readonly string[], progress: (line: string) => void) {
  const options = benchmarkOptions(optionsSchema, args);
  progress('building the server bundle');
  await buildServer();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'ambassade-startup-'));
  try {
    progress('first start: demo data');
    await timedStart(dataDir);
    const baseline = await medianStart(dataDir, options.starts);
    progress(`baseline: ${baseline.documents} documents, ${baseline.startMs} ms to listen`);

    progress(`writing ${options.documents.toLocaleString('en')} activity events`);
    const writeStarted = performance.now();
    // Not closed: the folder is left as a crash right after the last answer would leave it.
    await writeActivityEvents(dataDir, options.documents, { close: false });
    const writeMs = performance.now() - writeStarted;
    const afterCrash = await timedStart(dataDir);
    progress(`after a crash: ${afterCrash.documents} documents, ${Math.round(afterCrash.startMs)} ms`);
    const loaded = await medianStart(dataDir, options.starts);
    progress(`clean: ${loaded.documents} documents, ${loaded.startMs} ms to listen`);
    return {
      benchmark: 'startup',
      documents_added: options.documents,
      write_ms: Math.round(writeMs),
      documents_baseline: baseline.documents,
      startup_ms_baseline: baseline.startMs,
      restore_ms_baseline: baseline.restoreMs,
      documents: loaded.documents,
      startup_ms: loaded.startMs,
      restore_ms: loaded.restoreMs,
      startup_ms_after_crash: Math.round(afterCrash.startMs),
      restore_ms_after_crash: afterCrash.restoreMs,
      ratio: Math.round((loaded.startMs / baseline.startMs) * 100) / 100,
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
