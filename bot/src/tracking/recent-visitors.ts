/**
 * Visitors this instance has seen counted, until their repeat window ends: a repeat click is then refused without
 * a store round trip (the store's visit record would refuse it too). Bounded: past `capacity`, the oldest go first,
 * and a visitor forgotten early only costs the store's check again.
 */
export class RecentVisitors {
  /** Visitor → when its window ends (ms); insertion order is the order they were counted in. */
  private readonly windowEnds = new Map<string, number>();

  constructor(
    private readonly windowMs: number,
    private readonly capacity: number,
  ) {}

  /** True when `visitor` was counted within the window before `at`. */
  has(visitor: string, at: Date): boolean {
    return (this.windowEnds.get(visitor) ?? 0) > at.getTime();
  }

  counted(visitor: string, at: Date): void {
    this.windowEnds.delete(visitor);
    this.windowEnds.set(visitor, at.getTime() + this.windowMs);
    for (const [oldest, windowEnd] of this.windowEnds) {
      if (this.windowEnds.size <= this.capacity && windowEnd > at.getTime()) break;
      this.windowEnds.delete(oldest);
    }
  }
}
