import type { Preferences } from '@contract/enrolment';
import { nudgeFrequencySchema } from '@contract/enrolment';
import type { Locale } from '@contract/locale';
import type { NudgeFrequency } from '../../domain/nudge-preferences';
import type { Messages } from '../messages';
import { fill, messagesFor } from '../messages';
import { adaptiveCard, paragraph, title } from './adaptive-card';
import type { AdaptiveCard } from './adaptive-card';
import { commandButton } from './command-button';

/** What the preferences card's frequency buttons send: `{ command: FREQUENCY_COMMAND, frequency }`. */
export const FREQUENCY_COMMAND = 'frequency';

export function frequencyLabel(m: Messages, frequency: NudgeFrequency): string {
  return m[`frequency.${frequency}`];
}

/** The nudge frequency and quiet hours, a button for each other frequency, and the tab for everything else. */
export function buildPreferencesCard(
  locale: Locale,
  preferences: Preferences,
  preferencesUrl: string,
): AdaptiveCard {
  const m = messagesFor(locale);
  const { quietHours, timeZone } = preferences;
  return adaptiveCard(
    [
      title(m.preferencesTitle),
      {
        type: 'FactSet',
        facts: [
          { title: m.preferencesNudges, value: frequencyLabel(m, preferences.nudges) },
          {
            title: m.preferencesQuietHours,
            value: quietHours
              ? fill(m.quietHoursRange, { ...quietHours, timeZone })
              : m.preferencesNoQuietHours,
          },
        ],
      },
      paragraph(m.preferencesChange),
      {
        type: 'ActionSet',
        actions: nudgeFrequencySchema.options
          .filter((frequency) => frequency !== preferences.nudges)
          .map((frequency) => commandButton(frequencyLabel(m, frequency), FREQUENCY_COMMAND, { frequency })),
      },
    ],
    [{ type: 'Action.OpenUrl', title: m.openPreferences, url: preferencesUrl }],
  );
}
