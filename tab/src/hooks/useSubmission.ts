import { useState } from 'react';

/**
 * What every form that sends something keeps: whether it is being sent, and why it failed. `run` sends; on
 * failure the form stays as it was, with the error to show.
 */
export function useSubmission() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  async function run(send: () => Promise<void>): Promise<void> {
    setBusy(true);
    setError(undefined);
    try {
      await send();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, run };
}
