/** Something that knows how many bytes it holds. */
export interface Sized {
  bytes: number;
}

/**
 * A least-recently-used map bounded by bytes rather than entries: adding an entry
 * evicts the least recently read ones until the total fits the budget. An entry
 * larger than an eighth of the budget is not kept at all (it would evict too much).
 */
export class ByteBudgetLru<V extends Sized> {
  private readonly map = new Map<string, V>();
  private total = 0;

  constructor(readonly budgetBytes: number) {}

  get size(): number {
    return this.map.size;
  }

  get bytes(): number {
    return this.total;
  }

  get(key: string): V | undefined {
    const value = this.map.get(key);
    if (value === undefined) return undefined;
    // Map keeps insertion order: re-inserting marks it most recently used.
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  set(key: string, value: V): boolean {
    this.delete(key);
    if (value.bytes > this.budgetBytes / 8) return false;
    this.map.set(key, value);
    this.total += value.bytes;
    for (const [oldest, old] of this.map) {
      if (this.total <= this.budgetBytes) break;
      this.map.delete(oldest);
      this.total -= old.bytes;
    }
    return true;
  }

  delete(key: string): void {
    const old = this.map.get(key);
    if (old === undefined) return;
    this.map.delete(key);
    this.total -= old.bytes;
  }

  clear(): void {
    this.map.clear();
    this.total = 0;
  }
}
