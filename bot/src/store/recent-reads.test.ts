import { describe, expect, it } from 'vitest';
import { RecentReads } from './recent-reads';

function clockAt(start: number) {
  const clock = { now: start, read: () => clock.now };
  return clock;
}

function countingLoad<T>(answer: () => T) {
  const load = Object.assign(() => (load.calls++, Promise.resolve(answer())), { calls: 0 });
  return load;
}

describe('RecentReads', () => {
  it('answers a read again from its first answer while it is recent, then reads again', async () => {
    const clock = clockAt(0);
    const reads = new RecentReads<{ n: number }>(5_000, 10, clock.read);
    let n = 0;
    const load = countingLoad(() => ({ n: ++n }));

    expect(await reads.read('t1', 'list', load)).toEqual({ n: 1 });
    clock.now = 4_999;
    expect(await reads.read('t1', 'list', load)).toEqual({ n: 1 });
    clock.now = 5_000;
    expect(await reads.read('t1', 'list', load)).toEqual({ n: 2 });
    expect(load.calls).toBe(2);
  });

  it('shares one read between callers that ask while it is under way', async () => {
    const reads = new RecentReads<string>(5_000, 10);
    const load = countingLoad(() => 'answer');
    const [first, second] = await Promise.all([reads.read('t1', 'k', load), reads.read('t1', 'k', load)]);
    expect([first, second, load.calls]).toEqual(['answer', 'answer', 1]);
  });

  it("forgets one tenant's answers after a write, and only that tenant's", async () => {
    const reads = new RecentReads<string>(5_000, 10);
    const t1 = countingLoad(() => 't1');
    const t2 = countingLoad(() => 't2');
    await reads.read('t1', 'k', t1);
    await reads.read('t2', 'k', t2);

    reads.forget('t1');
    await reads.read('t1', 'k', t1);
    await reads.read('t2', 'k', t2);
    expect([t1.calls, t2.calls]).toEqual([2, 1]);
  });

  it('forgets one answer alone when a write changes only it', async () => {
    const reads = new RecentReads<string>(5_000, 10);
    const a = countingLoad(() => 'a');
    const b = countingLoad(() => 'b');
    await reads.read('t1', 'a', a);
    await reads.read('t1', 'b', b);

    reads.forgetAnswer('t1', 'a');
    await reads.read('t1', 'a', a);
    await reads.read('t1', 'b', b);
    expect([a.calls, b.calls]).toEqual([2, 1]);
  });

  it('does not keep an answer a write overtook: the next read goes to the store', async () => {
    const reads = new RecentReads<string>(5_000, 10);
    let release: (value: string) => void = () => undefined;
    const slow = reads.read('t1', 'k', () => new Promise<string>((resolve) => (release = resolve)));
    reads.forget('t1');
    release('before the write');
    expect(await slow).toBe('before the write');
    expect(await reads.read('t1', 'k', () => Promise.resolve('after the write'))).toBe('after the write');
  });

  it('does not keep a failed read', async () => {
    const reads = new RecentReads<string>(5_000, 10);
    await expect(reads.read('t1', 'k', () => Promise.reject(new Error('store down')))).rejects.toThrow(
      'store down',
    );
    expect(await reads.read('t1', 'k', () => Promise.resolve('back'))).toBe('back');
  });

  it('keeps a bounded number of answers per tenant, dropping the oldest', async () => {
    const reads = new RecentReads<string>(5_000, 2);
    const a = countingLoad(() => 'a');
    await reads.read('t1', 'a', a);
    await reads.read('t1', 'b', () => Promise.resolve('b'));
    await reads.read('t1', 'c', () => Promise.resolve('c'));
    await reads.read('t1', 'a', a);
    expect(a.calls).toBe(2);
  });

  it('freezes answers, since every caller shares them', async () => {
    const reads = new RecentReads<{ items: { title: string }[] }>(5_000, 10);
    const answer = await reads.read('t1', 'k', () => Promise.resolve({ items: [{ title: 'x' }] }));
    expect(() => {
      answer.items[0]!.title = 'changed';
    }).toThrow(TypeError);
    expect(() => answer.items.push({ title: 'more' })).toThrow(TypeError);
  });
});
