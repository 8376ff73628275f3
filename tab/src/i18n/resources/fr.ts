import { frFirstScreen } from './fr/firstScreen';
import { frProgramme } from './fr/programme';
import { frStudio } from './fr/studio';
import type { Messages } from './messages';

/** Every text of the tab, whole: for the typed keys and the checks. The tab loads it in parts (i18n.ts). */
export const fr = { ...frFirstScreen, ...frProgramme, ...frStudio } satisfies Messages;
