/** The brands typed in the setup form, one a line; blank lines and surrounding spaces are nothing. */
export function brandsFromLines(text: string): { name: string }[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((name) => ({ name }));
}
