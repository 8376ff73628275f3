import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** An import names a module without its extension: `./ContentForm` can find `contentForm.ts` on macOS or Windows. */
const moduleName = (file: string) => file.replace(/\.(ts|tsx|mts|mjs|js)$/, '').toLowerCase();

describe('the file names of the repository', () => {
  it('differ by more than case, extensions aside, so that a clone on a case-insensitive disk resolves alike', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
      cwd: root,
      encoding: 'utf8',
    })
      .split('\n')
      .filter((file) => file && existsSync(path.join(root, file)));
    const byName = new Map<string, string[]>();
    for (const file of files) byName.set(moduleName(file), [...(byName.get(moduleName(file)) ?? []), file]);
    expect([...byName.values()].filter((same) => same.length > 1)).toEqual([]);
  });
});
