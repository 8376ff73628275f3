/** Where one module is taken in the tab. */
export function modulePagePath(moduleId: string): string {
  return `/learning/modules/${encodeURIComponent(moduleId)}`;
}
