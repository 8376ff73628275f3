import { adaptiveCard, paragraph, title } from './adaptive-card';
import type { AdaptiveCard } from './adaptive-card';

/** A digest as one person reads it: several lines, each a link into the tab (through the tracking redirect). */
export interface DigestCardContent {
  title: string;
  intro: string;
  entries: { text: string; url: string }[];
  /** The closing button, to the library. */
  button: { title: string; url: string };
}

export function buildDigestCard(content: DigestCardContent): AdaptiveCard {
  return adaptiveCard(
    [
      title(content.title),
      paragraph(content.intro),
      ...content.entries.map((entry) => paragraph(`- [${markdownText(entry.text)}](${entry.url})`)),
    ],
    [{ type: 'Action.OpenUrl', title: content.button.title, url: content.button.url }],
  );
}

/** Titles come from people: brackets would break the Markdown link around them. */
function markdownText(text: string): string {
  return text.replace(/[[\]\\]/g, (character) => `\\${character}`);
}
