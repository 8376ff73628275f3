// If the API still refuses a token obtained this recently, signing in again would only loop.
const LOOP_WINDOW_MS = 30_000;
const STORAGE_KEY = 'ambassade.signInStartedAt';

export function isRecent(startedAt: number | undefined, now: number): boolean {
  return startedAt !== undefined && now - startedAt >= 0 && now - startedAt < LOOP_WINDOW_MS;
}

export function noteSignInStarted(): void {
  sessionStorage.setItem(STORAGE_KEY, String(Date.now()));
}

/** After signing out, the next sign-in is a fresh start, not a loop. */
export function forgetSignInAttempt(): void {
  sessionStorage.removeItem(STORAGE_KEY);
}

export function signInStartedRecently(): boolean {
  const raw = sessionStorage.getItem(STORAGE_KEY);
  return isRecent(raw === null ? undefined : Number(raw), Date.now());
}
