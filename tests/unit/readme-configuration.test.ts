import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES } from '../../bot/src/config';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The variables named in the first column of the README's configuration table. */
function documentedVariables(): string[] {
  const table = readme.slice(readme.indexOf('| variable '));
  const rows = table.slice(0, table.indexOf('\n\n')).split('\n').slice(2);
  return rows.flatMap((row) =>
    [...(row.split('|')[1] ?? '').matchAll(/`([A-Z0-9_]+)`/g)].map(([, name]) => name!),
  );
}

describe("the README's configuration table", () => {
  it('lists every variable the service reads, and no other', () => {
    expect(documentedVariables().sort()).toEqual([...CONFIG_VARIABLES].sort());
  });
});
