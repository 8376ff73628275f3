import { randomUUID } from 'node:crypto';
import type { Logger } from '../logger';
import type { LeaseRepository } from '../store/lease-repository';

/** What a long run needs from the scheduler: keep its lease, and notice the instance stopping. */
export interface JobContext {
  /** Extends the lease; false when another instance holds it now: the run must stop at once. */
  renewLease(): Promise<boolean>;
  /** Aborted when the instance stops: the run finishes what it has in hand and returns. */
  signal: AbortSignal;
  /** Says the run found nothing to do, and when work it knows of falls due, if it knows. */
  idle(nextDueAt?: Date): void;
}

export interface Job {
  /** Also the lease's id: one instance at a time runs a job of this name. */
  name: string;
  /** The wait between runs while there is work; a holder's lease lasts three of these. */
  intervalMs: number;
  /**
   * The wait after a run that found nothing to do (default: `intervalMs`), cut short by a wake-up or by work
   * falling due. An idle holder's lease lapses meanwhile: whichever instance looks next may take the job.
   */
  idleIntervalMs?: number;
  /** Calls `wake` when work for the job is written in this process; returns how to stop listening. */
  wakeOn?(wake: () => void): () => void;
  run(context: JobContext): Promise<void>;
}

/** A holder that stops renewing loses the lease after this many intervals, and another instance takes over. */
const LEASE_INTERVALS = 3;

interface Turns {
  timer?: NodeJS.Timeout;
  /** When the pending timer fires (epoch ms). */
  dueAt: number;
  /** When the last run ended: a wake-up never brings the next one closer than `intervalMs` after it. */
  endedAt: number;
  running: boolean;
  /** Woken while running: the next run comes at most `intervalMs` after this one. */
  woken: boolean;
}

/**
 * Runs background jobs on every instance's timer, but each job only where its lease is held: exactly one
 * instance at a time, and another takes over when the holder dies or stops. A job with nothing to do waits
 * longer, unless woken by work written in this process: at rest, an instance hardly runs anything.
 */
export class JobScheduler {
  readonly owner = randomUUID();
  private readonly turns = new Map<string, Turns>();
  private readonly running = new Set<Promise<void>>();
  private readonly unsubscribes: (() => void)[] = [];
  private stopped = false;
  private readonly stopping = new AbortController();

  constructor(
    private readonly leases: LeaseRepository,
    private readonly jobs: Job[],
    private readonly logger: Logger,
  ) {}

  start(): void {
    for (const job of this.jobs) {
      this.turns.set(job.name, { dueAt: 0, endedAt: -Infinity, running: false, woken: false });
      this.schedule(job, 0);
      if (job.wakeOn) this.unsubscribes.push(job.wakeOn(() => this.wake(job)));
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping.abort();
    for (const unsubscribe of this.unsubscribes.splice(0)) unsubscribe();
    for (const turns of this.turns.values()) clearTimeout(turns.timer);
    await Promise.allSettled([...this.running]);
    await Promise.allSettled(this.jobs.map((job) => this.leases.release(job.name, this.owner)));
  }

  private turnsOf(job: Job): Turns {
    const turns = this.turns.get(job.name);
    if (!turns) throw new Error(`job ${job.name} is not scheduled`);
    return turns;
  }

  private schedule(job: Job, delayMs: number): void {
    if (this.stopped) return;
    const turns = this.turnsOf(job);
    clearTimeout(turns.timer);
    turns.dueAt = Date.now() + delayMs;
    turns.timer = setTimeout(() => {
      turns.running = true;
      const tick = this.tick(job).then((nextDelayMs) => {
        turns.running = false;
        turns.endedAt = Date.now();
        this.running.delete(tick);
        this.schedule(job, turns.woken ? Math.min(nextDelayMs, job.intervalMs) : nextDelayMs);
        turns.woken = false;
      });
      this.running.add(tick);
    }, delayMs);
  }

  /** Work was written: run soon, though never sooner than `intervalMs` after the last run (as under load). */
  private wake(job: Job): void {
    if (this.stopped) return;
    const turns = this.turnsOf(job);
    if (turns.running) {
      turns.woken = true;
      return;
    }
    const earliest = Math.max(Date.now(), turns.endedAt + job.intervalMs);
    if (earliest < turns.dueAt) this.schedule(job, earliest - Date.now());
  }

  /** One turn; resolves with the wait before the next. */
  private async tick(job: Job): Promise<number> {
    try {
      const acquire = () => this.leases.tryAcquire(job.name, this.owner, job.intervalMs * LEASE_INTERVALS);
      if (!(await acquire())) return job.intervalMs;
      let idle: { nextDueAt?: Date } | undefined;
      await job.run({
        renewLease: acquire,
        signal: this.stopping.signal,
        idle: (nextDueAt) => (idle = { nextDueAt }),
      });
      if (!idle) return job.intervalMs;
      const idleMs = job.idleIntervalMs ?? job.intervalMs;
      const untilDue = idle.nextDueAt ? idle.nextDueAt.getTime() - Date.now() : idleMs;
      // Never sooner than a busy job would run, never later than an idle one.
      return Math.min(idleMs, Math.max(job.intervalMs, untilDue));
    } catch (error) {
      this.logger.error(
        { err: error, job: job.name },
        'background job failed; it runs again at its next turn',
      );
      return job.intervalMs;
    }
  }
}
