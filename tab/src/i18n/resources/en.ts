import { enFirstScreen } from './en/firstScreen';
import { enProgramme } from './en/programme';
import { enStudio } from './en/studio';
import type { Messages } from './messages';

/** Every text of the tab, whole: for the typed keys and the checks. The tab loads it in parts (i18n.ts). */
export const en = { ...enFirstScreen, ...enProgramme, ...enStudio } satisfies Messages;
