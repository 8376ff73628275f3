/** A promise that never settles, so callers keep showing their loading state while the page unloads. */
export function untilUnload(): Promise<never> {
  return new Promise<never>(() => undefined);
}

/** Leaves the page, e.g. for a sign-in page. */
export function navigateAway(url: string): Promise<never> {
  window.location.assign(url);
  return untilUnload();
}
