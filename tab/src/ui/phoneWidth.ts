/**
 * Teams on a phone and the ~320 px side panel: below this width the menu folds behind a button and tables
 * become lists. One breakpoint, so the page changes its layout all at once.
 */
export const PHONE_WIDTH = '@media (max-width: 639px)';
