import type { Job } from '../../bot/src/jobs/job-scheduler';

/** Runs a background job once, as the scheduler would with its lease held and the instance not stopping. */
export function runJobOnce(job: Job): Promise<void> {
  return job.run({ renewLease: async () => true, signal: new AbortController().signal, idle: () => {} });
}
