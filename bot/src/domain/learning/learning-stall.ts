import type { LearningProgressDoc } from './learning-documents';

const DAY_MS = 86_400_000;
/** A week without a module completed on the onboarding path, a week after getting it, is a stall. */
export const LEARNING_STALL_MS = 7 * DAY_MS;

/** Whether a person has stalled on a path they were given and has not been told yet: told once, ever. */
export function isStalled(progress: LearningProgressDoc, now: Date): boolean {
  const before = now.getTime() - LEARNING_STALL_MS;
  return (
    progress.completedAt === undefined &&
    progress.stallNudgedAt === undefined &&
    Date.parse(progress.startedAt) <= before &&
    Date.parse(progress.completed.at(-1)?.at ?? progress.startedAt) <= before
  );
}
