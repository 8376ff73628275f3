/**
 * The Teams manifest's tab URLs carry `?host=teams`. Without that hint the tab never calls
 * `app.initialize()`, which would hang for 60 s in a non-Teams iframe.
 */
export function hasTeamsHostHint(search: string): boolean {
  return new URLSearchParams(search).get('host')?.toLowerCase() === 'teams';
}
