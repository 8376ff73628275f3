import { describe, expect, it } from 'vitest';
import { WriteBatcher } from './write-batcher';

describe('WriteBatcher', () => {
  it('writes what arrives together in one batch, and answers each caller', async () => {
    const batches: number[][] = [];
    const batcher = new WriteBatcher<number, string>(
      async (items) => {
        batches.push(items);
        return items.map((item) => `wrote ${item}`);
      },
      10,
      5,
    );
    const results = await Promise.all([1, 2, 3].map((item) => batcher.write(item)));
    expect(results).toEqual(['wrote 1', 'wrote 2', 'wrote 3']);
    expect(batches).toEqual([[1, 2, 3]]);
  });

  it('never writes more than the batch size at once', async () => {
    const batches: number[][] = [];
    const batcher = new WriteBatcher<number, number>(
      async (items) => {
        batches.push(items);
        return items;
      },
      2,
      5,
    );
    await Promise.all([1, 2, 3, 4, 5].map((item) => batcher.write(item)));
    expect(batches.map((batch) => batch.length)).toEqual([2, 2, 1]);
  });

  it('fails every write of a batch whose request failed', async () => {
    const batcher = new WriteBatcher<number, number>(
      async () => {
        throw new Error('store down');
      },
      10,
      5,
    );
    await expect(Promise.all([batcher.write(1), batcher.write(2)])).rejects.toThrow('store down');
  });
});
