import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../bot/src/logger';
import { JobScheduler } from '../../bot/src/jobs/job-scheduler';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service.dispose());

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('background jobs under a lease', () => {
  it('run on exactly one of two instances, and move to the other when the first stops', async () => {
    const runs: string[] = [];
    const logger = createLogger('silent');
    const schedulerFor = () => {
      const scheduler: JobScheduler = new JobScheduler(
        service.repositories.leases,
        [{ name: 'test-job', intervalMs: 40, run: async () => void runs.push(scheduler.owner) }],
        logger,
      );
      return scheduler;
    };
    const first = schedulerFor();
    const second = schedulerFor();
    first.start();
    second.start();
    await until(() => runs.length >= 8);
    expect(new Set(runs).size).toBe(1);
    await Promise.all([first.stop(), second.stop()]);

    // The first instance stops (releasing its lease): the other takes over.
    const third = schedulerFor();
    const fourth = schedulerFor();
    third.start();
    await until(() => runs.some((owner) => owner === third.owner));
    fourth.start();
    await third.stop();
    await until(() => runs.some((owner) => owner === fourth.owner));
    await fourth.stop();
  });

  it('a lease held by a live instance is refused to others until it expires', async () => {
    const { leases } = service.repositories;
    const now = new Date('2026-11-22T10:00:00Z');
    expect(await leases.tryAcquire('digest', 'a', 60_000, now)).toBe(true);
    expect(await leases.tryAcquire('digest', 'b', 60_000, now)).toBe(false);
    expect(await leases.tryAcquire('digest', 'a', 60_000, new Date(now.getTime() + 30_000))).toBe(true);
    expect(await leases.tryAcquire('digest', 'b', 60_000, new Date(now.getTime() + 120_000))).toBe(true);
  });
});
