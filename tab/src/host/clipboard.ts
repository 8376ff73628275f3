/**
 * Puts a text on the clipboard; false when the browser or the host refuses (e.g. a Teams iframe without
 * the clipboard permission), so the UI shows the text for the person to copy instead.
 */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
