import type { Activity } from 'botbuilder';
import { toLocale } from '@contract/locale';
import type { Locale } from '@contract/locale';
import type { PersonDoc } from '../domain/documents';

/**
 * The language to answer in: Teams always says which one the person uses; otherwise (Agents Playground, some
 * clients) the language of the word they typed, then the one the programme knows them by, then English.
 */
export function turnLocale(activity: Partial<Activity>, person?: PersonDoc, typedIn?: Locale): Locale {
  return activity.locale ? toLocale(activity.locale) : (typedIn ?? person?.locale ?? 'en');
}
