import { hasTeamsHostHint } from './hostHint';
import { hostFromContext } from './hostFromContext';
import { browserHost } from './teamsHost';
import type { TeamsHost } from './teamsHost';
import { withTimeout } from './withTimeout';

// Inside Teams initialization answers in well under a second; in a non-Teams iframe it would hang 60 s.
const INITIALIZE_TIMEOUT_MS = 3000;

let detection: Promise<TeamsHost> | undefined;

/** Finds out whether the tab runs inside Teams. teams-js is only downloaded when the manifest hint is present. */
export function detectHost(): Promise<TeamsHost> {
  detection ??= detect();
  return detection;
}

const systemHost = () => browserHost((query) => window.matchMedia(query).matches);

async function detect(): Promise<TeamsHost> {
  if (!hasTeamsHostHint(window.location.search)) return systemHost();
  const { app } = await import('@microsoft/teams-js');
  try {
    await withTimeout(app.initialize(), INITIALIZE_TIMEOUT_MS);
  } catch {
    return systemHost();
  }
  const host = hostFromContext(await app.getContext());
  // Hides Teams' loading indicator should the manifest ask for one (showLoadingIndicator); if that
  // fails Teams only keeps its indicator up, which the tab can do nothing about.
  app.notifySuccess().catch(() => undefined);
  return host;
}
