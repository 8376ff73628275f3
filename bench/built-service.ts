import { execFile, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

/* The service as `npm start` runs it: the bundled server, in a process of its own, measured from outside. */

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LISTENING_WITHIN_MS = 120_000;

/** Bundles the server (`npm run build` does this after the tab): the benchmark runs what `npm start` runs. */
export async function buildServer(): Promise<void> {
  await promisify(execFile)(process.execPath, ['scripts/build-server.mjs'], { cwd: root });
}

export interface BuiltService {
  child: ChildProcess;
  pid: number;
  url: string;
  /** When the process was spawned and when it logged that it listens (`performance.now()`). */
  spawnedAt: number;
  listeningAt: number;
  exited: Promise<number | null>;
}

/** Starts the bundled server; `onLine` hears each of its log lines (pino JSON). */
export async function startBuiltService(
  env: NodeJS.ProcessEnv,
  onLine: (line: string) => void = () => {},
): Promise<BuiltService> {
  const spawnedAt = performance.now();
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist/server/main.js'], {
    cwd: root,
    env: { ...process.env, PORT: '0', NODE_ENV: 'development', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no "listening" line in time')), LISTENING_WITHIN_MS);
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      const lines = (buffered + chunk.toString()).split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        onLine(line);
        if (!line.includes('Ambassade is listening')) continue;
        clearTimeout(timer);
        resolve((JSON.parse(line) as { url: string }).url);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the service exited (${code}) before listening`));
    });
  });
  return { child, pid: child.pid ?? 0, url, spawnedAt, listeningAt: performance.now(), exited };
}

/** Signs in through the development sign-in, as the tab does locally, and answers the bearer header. */
export async function devSignIn(service: BuiltService, objectId: string): Promise<Record<string, string>> {
  const answer = await fetch(`${service.url}/dev/signin`, {
    method: 'POST',
    body: new URLSearchParams({ objectId }),
    redirect: 'manual',
  });
  const fragment = new URLSearchParams((answer.headers.get('location') ?? '').split('#')[1] ?? '');
  const token = fragment.get('access_token');
  if (!token) throw new Error(`the dev sign-in answered ${answer.status} without a token`);
  return { authorization: `Bearer ${token}` };
}

export async function stop(service: BuiltService): Promise<void> {
  service.child.kill('SIGTERM');
  await service.exited;
}

/** Clock ticks per second of /proc/<pid>/stat's CPU times (USER_HZ: 100 on Linux). */
const USER_HZ = 100;

export interface ProcessCounters {
  /** User plus system CPU time, in seconds. */
  cpuSeconds: number;
  /** Bytes the process caused to be written to storage (/proc/<pid>/io `write_bytes`). */
  storageWriteBytes: number;
}

export async function processCounters(pid: number): Promise<ProcessCounters> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  const io = await readFile(`/proc/${pid}/io`, 'utf8');
  const writeBytes = Number(/^write_bytes: (\d+)$/m.exec(io)?.[1] ?? Number.NaN);
  return { cpuSeconds: ticks / USER_HZ, storageWriteBytes: writeBytes };
}
