import { guardrailMessage } from '@contract/guardrails';
import type { Locale } from '@contract/locale';
import { networkNames } from '@contract/network';
import type { Network } from '@contract/network';
import { writingAngleLabels, writingAngles } from '@contract/writing-angle';
import type { WritingAngle } from '@contract/writing-angle';
import type { Suggestion, SuggestionFinding } from '@contract/writing-help';
import { fill, messagesFor } from '../messages';
import type { Messages } from '../messages';
import { adaptiveCard, paragraph, title } from './adaptive-card';
import type { AdaptiveCard, TextBlock } from './adaptive-card';
import { commandButton } from './command-button';

export interface WritingHelpCardContent {
  item: { id: string; title: string };
  network: Network;
  language: Locale;
  angle: WritingAngle;
  suggestions: readonly Suggestion[];
  /** The item's page in the tab, where the person edits and shares. */
  itemUrl: string;
}

/** The command the card's angle buttons run again, with the item and the angle. */
export const WRITE_COMMAND = 'write';

/**
 * The variants for an item, each with what the charter's checks found in it, a button to share from the tab, and
 * one to ask again from each other angle.
 */
export function buildWritingHelpCard(locale: Locale, content: WritingHelpCardContent): AdaptiveCard {
  const m = messagesFor(locale);
  const variants = content.suggestions.map((suggestion, index) => ({
    type: 'Container' as const,
    separator: true,
    spacing: 'Medium' as const,
    items: [
      { ...paragraph(fill(m.writeVariant, { number: index + 1 })), weight: 'Bolder' as const },
      paragraph(suggestion.text),
      ...suggestion.findings.map((finding) => findingBlock(finding, locale, m)),
    ],
  }));
  const otherAngles = writingAngles
    .filter((angle) => angle !== content.angle)
    .map((angle) =>
      commandButton(writingAngleLabels[angle][locale], WRITE_COMMAND, { itemId: content.item.id, angle }),
    );
  return adaptiveCard([
    title(m.writeTitle),
    {
      ...paragraph(
        fill(m.writeFor, {
          title: content.item.title,
          network: networkNames[content.network],
          language: m[`language.${content.language}`],
        }),
      ),
      isSubtle: true,
    },
    {
      ...paragraph(fill(m.writeAngle, { angle: writingAngleLabels[content.angle][locale] })),
      isSubtle: true,
    },
    ...variants,
    { ...paragraph(m.writeEditFreely), separator: true },
    { type: 'ActionSet', actions: [{ type: 'Action.OpenUrl', title: m.writeShare, url: content.itemUrl }] },
    paragraph(m.writeOtherAngles),
    { type: 'ActionSet', actions: otherAngles },
  ]);
}

/** A banned term or an excess length in red; the disclosure added, plainly. */
function findingBlock(finding: SuggestionFinding, locale: Locale, m: Messages): TextBlock {
  if (finding.kind === 'disclosure-added') {
    return { ...paragraph(fill(m.writeDisclosureAdded, { disclosure: finding.disclosure })), isSubtle: true };
  }
  return { ...paragraph(`⚠ ${guardrailMessage(finding, locale)}`), color: 'Attention' };
}
