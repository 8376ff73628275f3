import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Journal, journalFiles, readJournal, removeJournals } from './journal';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ambassade-journal-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const failNever = () => {
  throw new Error('no write should fail here');
};
const set = (id: string) => ({ c: 'people', set: { id, tenantId: 't' } });

async function onlyFile(): Promise<string> {
  const files = await journalFiles(dir);
  expect(files).toHaveLength(1);
  return files[0]!.file;
}

describe('the journal', () => {
  it('is durable when nothing is pending, and after a sync otherwise', async () => {
    const journal = new Journal(dir, 1, failNever);
    expect(journal.durable()).toBeUndefined();
    journal.append(set('a'));
    await journal.durable();
    expect(journal.durable()).toBeUndefined();
    expect((await readJournal(await onlyFile())).frames).toEqual([[set('a')]]);
    await journal.close();
  });

  it('writes changes appended while a sync is under way together, in one frame (group commit)', async () => {
    const journal = new Journal(dir, 1, failNever);
    journal.append(set('a'));
    const first = journal.durable();
    for (const id of ['b', 'c', 'd']) {
      journal.append(set(id));
      void journal.durable();
    }
    await first;
    await journal.durable();
    const { frames } = await readJournal(await onlyFile());
    expect(frames).toEqual([[set('a')], [set('b'), set('c'), set('d')]]);
    await journal.close();
  });

  it('reads up to a frame cut short or damaged, and says how many bytes it dropped', async () => {
    const journal = new Journal(dir, 1, failNever);
    for (const id of ['a', 'b']) {
      journal.append(set(id));
      await journal.durable();
    }
    await journal.close();
    const file = await onlyFile();
    const intact = await readFile(file, 'utf8');

    const torn = '0badf00d [{"c":"people","set":{"id":"c"';
    await appendFile(file, torn);
    expect(await readJournal(file)).toEqual({ frames: [[set('a')], [set('b')]], tornBytes: torn.length });

    // A changed byte in the last frame fails its checksum: that frame is dropped, not misread.
    await writeFile(file, intact.replace('"b"', '"x"'));
    expect(await readJournal(file)).toMatchObject({ frames: [[set('a')]] });
  });

  it('starts a new file on rotation; older generations are removed once saved elsewhere', async () => {
    const journal = new Journal(dir, 4, failNever);
    journal.append(set('a'));
    await journal.durable();
    expect(await journal.rotate()).toBe(4);
    journal.append(set('b'));
    await journal.durable();
    expect((await journalFiles(dir)).map((file) => file.generation)).toEqual([4, 5]);
    await removeJournals(dir, 4);
    expect((await readJournal(await onlyFile())).frames).toEqual([[set('b')]]);
    await journal.close();
  });

  it('refuses, rather than confirms, changes it could not write, and writes them with the next', async () => {
    const failures: unknown[] = [];
    const journal = new Journal(path.join(dir, 'missing'), 1, (error) => failures.push(error));
    journal.append(set('a'));
    await expect(journal.durable()).rejects.toThrow();
    expect(failures).toHaveLength(1);
    const retried = new Journal(dir, 1, failNever);
    retried.append(set('a'));
    await retried.durable();
    await retried.close();
  });
});
