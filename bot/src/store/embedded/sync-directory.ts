import { open } from 'node:fs/promises';

/** Makes a folder's entries (a file created, renamed or removed) survive a crash, not only the files' bytes. */
export async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
