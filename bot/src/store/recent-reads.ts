/**
 * Answers of hot reads (the signed-in person, a tenant's campaigns, a library page), kept for a few seconds per
 * tenant so that the pages everyone opens do not cost store round trips each time. A write through the same
 * repository forgets the tenant's answers at once, so this instance reads its own writes; another instance's
 * writes show within `maxAgeMs`. Only for reads shown to people: a read-modify-write reads the store itself.
 * Answers are frozen, since every caller shares them.
 */
export class RecentReads<T> {
  /** Per tenant; insertion order is age order, so the first answer is the first to go when full. */
  private readonly tenants = new Map<string, Map<string, { value: Promise<T>; expiresAt: number }>>();

  constructor(
    private readonly maxAgeMs: number,
    private readonly maxAnswersPerTenant: number,
    private readonly now: () => number = Date.now,
  ) {}

  read(tenantId: string, key: string, load: () => Promise<T>): Promise<T> {
    let answers = this.tenants.get(tenantId);
    if (!answers) this.tenants.set(tenantId, (answers = new Map()));
    const now = this.now();
    const kept = answers.get(key);
    if (kept && kept.expiresAt > now) return kept.value;
    answers.delete(key);

    const value = load().then(deepFreeze);
    answers.set(key, { value, expiresAt: now + this.maxAgeMs });
    if (answers.size > this.maxAnswersPerTenant) answers.delete(answers.keys().next().value as string);
    // A failed read is no answer to keep.
    value.catch(() => {
      if (answers.get(key)?.value === value) answers.delete(key);
    });
    return value;
  }

  /** After a write: reads under way keep their answer, every later read goes to the store. */
  forget(tenantId: string): void {
    this.tenants.get(tenantId)?.clear();
  }

  /** After a write that changes one answer alone: that answer is read again, the others stay. */
  forgetAnswer(tenantId: string, key: string): void {
    this.tenants.get(tenantId)?.delete(key);
  }
}

function deepFreeze<V>(value: V): V {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const nested of Object.values(value)) deepFreeze(nested);
  }
  return value;
}
