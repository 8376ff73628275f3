/**
 * Another writer kept changing the document while this one retried: the write did not happen. The API answers
 * it as 409 (try again), never as a 500; nothing was half-written, since each write replaces one document.
 */
export class WriteConflict extends Error {
  constructor(readonly id: string) {
    super(`document ${id} kept changing under concurrent writes`);
  }
}

/**
 * The client's `If-Match` names a version someone has changed since: nothing was written. The API answers 412, and
 * the person reloads to see the other change before making theirs.
 */
export class StaleVersion extends Error {
  constructor(readonly id: string) {
    super(`document ${id} changed since the version the client had`);
  }
}

/** Racing writers wait a random few milliseconds, doubling with each attempt: they stop colliding in step. */
export function backOff(attempt: number, baseMs = 4): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * baseMs * 2 ** Math.min(attempt, 8)));
}
