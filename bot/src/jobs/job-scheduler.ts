import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger';
import type { LeaseRepository } from '../store/lease-repository';

/** What a long run needs from the scheduler: keep its lease, and notice the instance stopping. */
export interface JobContext {
  /** Extends the lease; false when another instance holds it now: the run must stop at once. */
  renewLease(): Promise<boolean>;
  /** Aborted when the instance stops: the run finishes what it has in hand and returns. */
  signal: AbortSignal;
}

export interface Job {
  /** Also the lease's id: one instance at a time runs a job of this name. */
  name: string;
  intervalMs: number;
  run(context: JobContext): Promise<void>;
}

/** A holder that stops renewing loses the lease after this many intervals, and another instance takes over. */
const LEASE_INTERVALS = 3;

/**
 * Runs background jobs on every instance's timer, but each job only where its lease is held: exactly one
 * instance at a time, and another takes over when the holder dies or stops.
 */
export class JobScheduler {
  readonly owner = randomUUID();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();
  private stopped = false;
  private readonly stopping = new AbortController();

  constructor(
    private readonly leases: LeaseRepository,
    private readonly jobs: Job[],
    private readonly logger: Logger,
  ) {}

  start(): void {
    for (const job of this.jobs) this.schedule(job, 0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping.abort();
    for (const timer of this.timers.values()) clearTimeout(timer);
    await Promise.allSettled([...this.running]);
    await Promise.allSettled(this.jobs.map((job) => this.leases.release(job.name, this.owner)));
  }

  private schedule(job: Job, delayMs: number): void {
    if (this.stopped) return;
    this.timers.set(
      job.name,
      setTimeout(() => {
        const tick = this.tick(job).finally(() => {
          this.running.delete(tick);
          this.schedule(job, job.intervalMs);
        });
        this.running.add(tick);
      }, delayMs),
    );
  }

  private async tick(job: Job): Promise<void> {
    try {
      const acquire = () => this.leases.tryAcquire(job.name, this.owner, job.intervalMs * LEASE_INTERVALS);
      if (!(await acquire())) return;
      await job.run({ renewLease: acquire, signal: this.stopping.signal });
    } catch (error) {
      this.logger.error(
        { err: error, job: job.name },
        'background job failed; it runs again at its next turn',
      );
    }
  }
}
