/** Waits until `condition` holds, looking again every `everyMs`; fails the test past `timeoutMs`. */
export async function until(
  condition: () => Promise<boolean> | boolean,
  { timeoutMs = 20_000, everyMs = 50 }: { timeoutMs?: number; everyMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
