/**
 * Tells whoever listens in this process that work was written for them, e.g. a background job that would
 * otherwise only find it on its next turn. Other instances hear nothing: their jobs still look on their own.
 */
export class WorkSignal {
  private readonly listeners = new Set<() => void>();

  listen(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    for (const listener of this.listeners) listener();
  }
}
