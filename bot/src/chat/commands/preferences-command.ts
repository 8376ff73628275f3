import { preferencesOf } from '../../domain/nudge-preferences';
import { buildPreferencesCard } from '../cards/preferences-card';
import { inBothLanguages } from '../messages';
import type { AmbassadorTurn, ChatCommand } from './chat-command';

/** The tab page where an ambassador changes everything about their enrolment, preferences included. */
export const ENROLMENT_PAGE = 'my-data';

export const preferencesCommand: ChatCommand = {
  name: 'preferences',
  words: {
    en: ['preferences', 'settings', 'my preferences'],
    fr: ['préférences', 'mes préférences', 'paramètres', 'réglages'],
  },
  description: inBothLanguages('preferencesDescription'),
  audience: 'ambassadors',
  run: showPreferences,
};

export async function showPreferences({ reply, locale, person, deps }: AmbassadorTurn): Promise<void> {
  await reply(buildPreferencesCard(locale, preferencesOf(person), deps.tabDeepLink(ENROLMENT_PAGE)));
}
