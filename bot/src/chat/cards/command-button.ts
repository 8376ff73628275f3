import type { CommandSubmitAction } from './adaptive-card';

/** A card button that runs a chat command, exactly as if its word had been typed (extra data for its choice). */
export function commandButton(
  title: string,
  command: string,
  extra: Record<string, string> = {},
): CommandSubmitAction {
  return { type: 'Action.Submit', title, data: { ...extra, command } };
}
