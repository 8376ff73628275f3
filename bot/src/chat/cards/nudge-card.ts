import { adaptiveCard, paragraph, title } from './adaptive-card';
import type { IOpenUrlAction } from '@microsoft/teams.cards';
import type { AdaptiveCard } from './adaptive-card';

/** What one nudge says to one person, already in their language. */
export interface NudgeCardContent {
  title: string;
  text: string;
  /** The button: to a library item or a campaign's content, through the nudge's tracking redirect. */
  button?: { title: string; url: string };
}

export function buildNudgeCard(content: NudgeCardContent): AdaptiveCard {
  const actions: IOpenUrlAction[] = content.button
    ? [{ type: 'Action.OpenUrl', title: content.button.title, url: content.button.url }]
    : [];
  return adaptiveCard(
    [title(content.title), paragraph(content.text)],
    actions.length > 0 ? actions : undefined,
  );
}
