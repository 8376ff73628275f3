import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../bot/src/logger';
import { JobScheduler } from '../../bot/src/jobs/job-scheduler';
import type { Job } from '../../bot/src/jobs/job-scheduler';
import { WorkSignal } from '../../bot/src/store/work-signal';
import { startTestService } from '../support/test-service';
import type { TestService } from '../support/test-service';

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service.dispose());

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
    await expect.poll(() => runs.length).toBeGreaterThanOrEqual(8);
    expect(new Set(runs).size).toBe(1);
    await Promise.all([first.stop(), second.stop()]);

    // The first instance stops (releasing its lease): the other takes over.
    const third = schedulerFor();
    const fourth = schedulerFor();
    third.start();
    await expect.poll(() => runs).toContain(third.owner);
    fourth.start();
    await third.stop();
    await expect.poll(() => runs).toContain(fourth.owner);
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

  it('a job with nothing to do waits its idle interval unless woken by work written in this process', async () => {
    const work = new WorkSignal();
    const runs: number[] = [];
    const job: Job = {
      name: 'idle-job',
      intervalMs: 40,
      idleIntervalMs: 60_000,
      wakeOn: (wake) => work.listen(wake),
      run: async ({ idle }) => {
        runs.push(Date.now());
        idle();
      },
    };
    const scheduler = new JobScheduler(service.repositories.leases, [job], createLogger('silent'));
    scheduler.start();
    await expect.poll(() => runs.length).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(runs).toHaveLength(1);

    const wokenAt = Date.now();
    work.notify();
    work.notify();
    await expect.poll(() => runs.length).toBe(2);
    expect(runs[1]! - wokenAt).toBeLessThan(1_000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(runs).toHaveLength(2);
    await scheduler.stop();
    // Stopped: it listens no more.
    work.notify();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(runs).toHaveLength(2);
  });

  it('an idle job still runs on one instance at a time: work written elsewhere is run there once the lease lapses', async () => {
    const runs: string[] = [];
    let inside = 0;
    let most = 0;
    // Each instance hears only the work written in it, as in production.
    const schedulerFor = (work: WorkSignal) => {
      const scheduler: JobScheduler = new JobScheduler(
        service.repositories.leases,
        [
          {
            name: 'idle-shared-job',
            intervalMs: 40,
            idleIntervalMs: 60_000,
            wakeOn: (wake) => work.listen(wake),
            run: async ({ idle }) => {
              most = Math.max(most, (inside += 1));
              runs.push(scheduler.owner);
              await new Promise((resolve) => setTimeout(resolve, 30));
              inside -= 1;
              idle();
            },
          },
        ],
        createLogger('silent'),
      );
      return scheduler;
    };
    const firstWork = new WorkSignal();
    const secondWork = new WorkSignal();
    const first = schedulerFor(firstWork);
    const second = schedulerFor(secondWork);
    first.start();
    await expect.poll(() => runs.length).toBe(1);
    second.start();
    // Work written in both instances, ten times, 50 ms apart.
    for (let round = 0; round < 10; round += 1) {
      firstWork.notify();
      secondWork.notify();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // The first, woken again and again, keeps its lease: the second's work waits on it (done there).
    expect(runs.includes(second.owner)).toBe(false);
    // Work written only in the second: the first's lease lapses (three intervals) and the second runs it.
    const before = runs.length;
    secondWork.notify();
    await expect.poll(() => runs.slice(before), { timeout: 2_000, interval: 20 }).toContain(second.owner);
    await Promise.all([first.stop(), second.stop()]);
    expect(most).toBe(1);
  });
});
