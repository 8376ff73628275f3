import { isDueForReminder } from '../domain/event-registration';
import { sendReminders } from '../events/event-notifications';
import type { Logger } from '../logger';
import type { Repositories } from '../store/repositories';
import type { Job } from './job-scheduler';

/** Registrants hear about an event the day before it starts. */
export const REMINDER_LEAD_MS = 24 * 60 * 60 * 1000;

/**
 * Queues the day-before reminder card for each event starting within a day, across tenants, under a lease.
 * The outbox keeps one reminder per (event, person) whatever happens; `remindedAt` then spares the work.
 */
export function eventReminderJob(
  repositories: Repositories,
  logger: Logger,
  clock: () => Date = () => new Date(),
): Job {
  return {
    name: 'event-reminders',
    intervalMs: 5 * 60_000,
    async run({ signal }) {
      const now = clock();
      const due = await repositories.events.startingBefore(now, new Date(now.getTime() + REMINDER_LEAD_MS));
      for (const event of due) {
        // Stopping: what is left goes to the next holder's turn.
        if (signal.aborted) return;
        try {
          const outcome = await sendReminders(repositories, event, now);
          await repositories.events.decide(event.tenantId, event.id, (current) =>
            isDueForReminder(current, now, REMINDER_LEAD_MS)
              ? { ...current, remindedAt: now.toISOString() }
              : undefined,
          );
          logger.info({ eventId: event.id, ...outcome }, 'event reminders queued');
        } catch (error) {
          logger.error({ err: error, eventId: event.id }, 'event reminders not queued; next turn retries');
        }
      }
    },
  };
}
