import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeQueriesLinear } from './linear-queries';

interface Row {
  id: string;
  _rid: string;
  n: number;
  tags: string[];
  batchId?: string;
  projectedAt?: string;
}

type Engine = (text: string) => {
  code: string;
  exec(rows: unknown[], options?: { parameters?: { name: string; value: unknown }[] }): { result: unknown[] };
};

const fromServer = createRequire(createRequire(import.meta.url).resolve('@vercel/cosmosdb-server'));
makeQueriesLinear();
const query = (fromServer('@zeit/cosmosdb-query') as { default: Engine }).default;

const rows = fc
  .uniqueArray(
    fc.record({
      n: fc.integer({ min: 0, max: 9 }),
      tags: fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }),
      batchId: fc.option(fc.constantFrom('b1', 'b2'), { nil: undefined }),
      projectedAt: fc.option(fc.constant('2026-12-01'), { nil: undefined }),
    }),
    { maxLength: 40 },
  )
  .map((records) =>
    records.map((record, index): Row => {
      const id = `doc-${String(index).padStart(3, '0')}`;
      const row: Row = { id, _rid: id, n: record.n, tags: record.tags };
      if (record.batchId) row.batchId = record.batchId;
      if (record.projectedAt) row.projectedAt = record.projectedAt;
      return row;
    }),
  );

describe('the embedded query engine, made linear', () => {
  it('compiles FROM and JOIN without copying the accumulator for each document', () => {
    for (const text of [
      'SELECT * FROM c',
      'SELECT c.id, t FROM c JOIN t IN c.tags',
      'SELECT VALUE COUNT(1) FROM c',
    ]) {
      expect(query(text).code, text).not.toContain('[...$');
      expect(query(text).code, text).toContain('$.push(');
    }
  });

  it('answers what the queries mean, on any collection', () => {
    fc.assert(
      fc.property(rows, (collection) => {
        const byRid = (a: Row, b: Row) => a._rid.localeCompare(b._rid);
        const run = (text: string, parameters: { name: string; value: unknown }[] = []) =>
          query(text).exec(collection, { parameters }).result;

        expect(run('SELECT c.id FROM c WHERE c.n > @n', [{ name: '@n', value: 4 }])).toEqual(
          collection
            .filter((row) => row.n > 4)
            .sort(byRid)
            .map(({ id }) => ({ id })),
        );
        expect(run('SELECT c.id, t FROM c JOIN t IN c.tags')).toEqual(
          [...collection].sort(byRid).flatMap((row) => row.tags.map((t) => ({ id: row.id, t }))),
        );
        expect(
          run(
            'SELECT TOP 1 c.id, c.batchId FROM c WHERE IS_DEFINED(c.batchId) AND NOT IS_DEFINED(c.projectedAt)',
          ),
        ).toEqual(
          collection
            .filter((row) => row.batchId !== undefined && row.projectedAt === undefined)
            .sort(byRid)
            .slice(0, 1)
            .map(({ id, batchId }) => ({ id, batchId })),
        );
        expect(run('SELECT VALUE COUNT(1) FROM c WHERE ARRAY_CONTAINS(c.tags, "a")')).toEqual([
          collection.filter((row) => row.tags.includes('a')).length,
        ]);
      }),
      { numRuns: 200 },
    );
  });
});
