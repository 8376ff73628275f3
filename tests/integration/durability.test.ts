import { afterAll, describe, expect, it } from 'vitest';
import { watch } from 'node:fs';
import { appendFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_MANAGER_ID } from '../../bot/src/demo/demo-data';
import { getJson } from '../support/test-service';
import { devSignIn, spawnService } from '../support/service-process';
import type { ServiceProcess } from '../support/service-process';

/*
 * The embedded store as a process that dies: every write the API answered is there after a restart, however
 * the process ended (SIGKILL, SIGTERM) and whatever it was doing (a burst, a trickle, saving, starting).
 */

const dataDirs: string[] = [];
const processes: ServiceProcess[] = [];
afterAll(async () => {
  for (const { child } of processes) child.kill('SIGKILL');
  await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function freshDataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ambassade-durability-'));
  dataDirs.push(dir);
  return dir;
}

interface Running {
  service: ServiceProcess;
  url: string;
  token: string;
  /** The process's log lines so far. */
  lines: string[];
}

async function start(dataDir: string): Promise<Running> {
  const service = spawnService({ DATA_DIR: dataDir });
  processes.push(service);
  const lines: string[] = [];
  service.child.stdout.on('data', (chunk: Buffer) => lines.push(...chunk.toString().split('\n')));
  const url = await service.listening;
  return { service, url, token: await devSignIn(url, DEMO_MANAGER_ID), lines };
}

async function kill(running: Running, signal: NodeJS.Signals): Promise<void> {
  running.service.child.kill(signal);
  await running.service.exited;
}

let counter = 0;
/** One write through the API (a new group); the group's id if it was answered 201, else undefined. */
async function createGroup({ url, token }: Running): Promise<string | undefined> {
  const name = `Durable ${(counter += 1)}`;
  try {
    const { status, body } = await getJson(`${url}/api/v1/studio/groups`, token, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: { fr: name, en: name }, kind: 'pilot' }),
    });
    return status === 201 ? (body as { id: string }).id : undefined;
  } catch {
    return undefined; // the process died before answering: nothing was promised
  }
}

async function groupIds(running: Running): Promise<Set<string>> {
  const { status, body } = await getJson(`${running.url}/api/v1/studio/groups`, running.token);
  expect(status).toBe(200);
  return new Set((body as { items: { id: string }[] }).items.map((group) => group.id));
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * SIGKILLs the process as it writes its `nth` snapshot file (a save: at shutdown, or at start after a crash),
 * noticed through the folder's change events. Resolves once it has exited, whether or not it got that far.
 */
async function killWhileSaving(service: ServiceProcess, dataDir: string, nth: number): Promise<void> {
  let seen = 0;
  const watcher = watch(path.join(dataDir, 'cosmos'), (_event, name) => {
    if (name?.endsWith('.tmp') && (seen += 1) === nth) service.child.kill('SIGKILL');
  });
  try {
    await Promise.race([service.exited, sleep(15_000)]);
    service.child.kill('SIGKILL');
    await service.exited;
  } finally {
    watcher.close();
  }
  expect(seen).toBeGreaterThanOrEqual(nth);
}

/* One data folder for the whole file, so each restart also checks every write answered in earlier ones. */
let dataDir: string;
let running: Running;
const answered: string[] = [];

async function write(count: number): Promise<void> {
  const ids = await Promise.all(Array.from({ length: count }, () => createGroup(running)));
  answered.push(...ids.filter((id): id is string => id !== undefined));
}

async function restartAndCheck(): Promise<void> {
  running = await start(dataDir);
  const ids = await groupIds(running);
  expect(answered.filter((id) => !ids.has(id))).toEqual([]);
}

describe('answered writes survive the process ending', () => {
  it('SIGKILL right after the last answer: all N writes are there after a restart', async () => {
    dataDir = await freshDataDir();
    running = await start(dataDir);
    for (let round = 0; round < 5; round += 1) await write(8);
    await kill(running, 'SIGKILL');
    expect(answered).toHaveLength(40);
    await restartAndCheck();
  });

  it('SIGKILL after a steady trickle of writes (one every 150 ms): all are there', async () => {
    const before = answered.length;
    for (let round = 0; round < 12; round += 1) {
      await write(1);
      await sleep(150);
    }
    await kill(running, 'SIGKILL');
    expect(answered.length - before).toBe(12);
    await restartAndCheck();
  });

  it('SIGTERM during a burst of writes: every write answered before the end is there', async () => {
    const before = answered.length;
    const burst = write(60);
    await sleep(30);
    running.service.child.kill('SIGTERM');
    await burst;
    await running.service.exited;
    expect(answered.length).toBeGreaterThan(before);
    await restartAndCheck();
  });

  it('killed while saving, at shutdown or at start, again and again: every start succeeds, nothing answered is lost', async () => {
    for (const nth of [1, 3]) {
      await write(5);
      // SIGTERM saves the containers changed since their last snapshot on the way out.
      running.service.child.kill('SIGTERM');
      await killWhileSaving(running.service, dataDir, nth);
      await restartAndCheck();
    }
    // After a crash, the start replays the journal and saves what it held: killed there too, twice.
    await write(5);
    await kill(running, 'SIGKILL');
    for (const nth of [1, 2]) {
      const starting = spawnService({ DATA_DIR: dataDir });
      processes.push(starting);
      starting.listening.catch(() => undefined);
      await killWhileSaving(starting, dataDir, nth);
    }
    await restartAndCheck();
  });

  it('a journal torn by a crash mid-write: the intact part is restored, and the log says so in one line', async () => {
    await write(5);
    await kill(running, 'SIGKILL');
    const journalDir = path.join(dataDir, 'cosmos');
    const [journal] = (await readdir(journalDir)).filter((name) => name.startsWith('journal-'));
    // What a crash in the middle of writing a frame leaves: part of a line, never synced, never answered.
    await appendFile(path.join(journalDir, journal!), '3f2a9c1e [{"c":"groups","set":{"id":"gro');

    await restartAndCheck();
    const warnings = running.lines.filter((line) => line.includes('local data restored with a problem'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('cut short');
    await kill(running, 'SIGKILL');
  });
});
