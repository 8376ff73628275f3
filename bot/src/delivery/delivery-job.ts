import type { Config } from '../config';
import type { Job } from '../jobs/job-scheduler';
import type { Logger } from '../logger';
import { Dispatcher } from './dispatcher';
import type { DispatcherPorts } from './dispatcher';
import type { ProactiveSender } from './proactive-sender';

/** With nothing due, the outbox is looked at this often, or when its next delivery falls due if sooner. */
const IDLE_INTERVAL_MS = 5 * 60_000;

/**
 * The outbox dispatcher as a background job: one instance at a time sends, renewing its lease as it goes;
 * the dispatcher (with its rate and per-conversation state) lives as long as the instance.
 */
export function deliveryJob(
  ports: DispatcherPorts,
  sender: ProactiveSender,
  settings: Config['delivery'],
  logger: Logger,
): Job {
  const dispatcher = new Dispatcher(
    ports,
    sender,
    {
      ratePerSecond: settings.ratePerSecond,
      maxInFlight: settings.maxInFlight,
      claimMs: settings.claimMs,
      renewEveryMs: settings.intervalMs,
    },
    logger,
  );
  return {
    name: 'delivery',
    intervalMs: settings.intervalMs,
    idleIntervalMs: Math.max(settings.intervalMs, IDLE_INTERVAL_MS),
    // Deliveries enqueued in this process wake it at once.
    wakeOn: (wake) => ports.outbox.enqueued.listen(wake),
    run: (context) => dispatcher.run(context),
  };
}
