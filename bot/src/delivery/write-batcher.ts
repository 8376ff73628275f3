/**
 * Gathers writes for a few milliseconds and makes them in one bulk request: the store's cost is mostly per
 * request, and at hundreds of sends a second one request per send would be most of the work. Each caller
 * still learns how its own write went.
 */
export class WriteBatcher<Item, Result> {
  private waiting: { item: Item; resolve(result: Result): void; reject(error: unknown): void }[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    /** Writes a batch; returns one result per item, in order. */
    private readonly writeAll: (items: Item[]) => Promise<Result[]>,
    private readonly maxBatch: number,
    private readonly maxDelayMs: number,
  ) {}

  write(item: Item): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (this.waiting.length >= this.maxBatch) this.flush();
      else this.timer ??= setTimeout(() => this.flush(), this.maxDelayMs);
    });
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const batch = this.waiting.splice(0, this.maxBatch);
    if (batch.length === 0) return;
    this.writeAll(batch.map((entry) => entry.item)).then(
      (results) => {
        batch.forEach((entry, index) => {
          const result = results[index];
          if (result === undefined) entry.reject(new Error('no result for this write'));
          else entry.resolve(result);
        });
      },
      (error: unknown) => batch.forEach((entry) => entry.reject(error)),
    );
    if (this.waiting.length > 0) this.timer = setTimeout(() => this.flush(), this.maxDelayMs);
  }
}
