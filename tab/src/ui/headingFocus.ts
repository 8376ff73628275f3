import { createContext } from 'react';

/**
 * After in-app navigation the new page's heading takes the focus, so screen readers start there.
 * The shell provides this; a heading calls it once shown and focuses itself when it answers true.
 */
export const HeadingFocusContext = createContext<() => boolean>(() => false);
