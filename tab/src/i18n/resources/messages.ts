/** A tree of translated strings; plural forms carry i18next's suffixes (`_one`, `_many`, `_other`). */
export interface Messages {
  [key: string]: string | Messages;
}
