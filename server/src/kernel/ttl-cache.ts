/**
 * A small in-process cache whose entries expire after `ttlMs`: for reads that may lag a write by
 * a few seconds at most (CAT-1), never for anything a customer is charged on. The oldest entry
 * goes first when full. Each process has its own; a short life keeps them all close to the truth.
 */
export class TtlCache<V> {
  readonly #entries = new Map<string, { value: Promise<V>; expires: number }>();
  readonly #ttlMs: number;
  readonly #maxEntries: number;

  constructor(ttlMs: number, maxEntries = 1_000) {
    this.#ttlMs = ttlMs;
    this.#maxEntries = maxEntries;
  }

  /** The cached value, or the one `load` gives (shared by every caller asking meanwhile). */
  async get(key: string, load: () => Promise<V>): Promise<V> {
    if (this.#ttlMs <= 0) return load();
    const now = Date.now();
    const hit = this.#entries.get(key);
    if (hit && hit.expires > now) return hit.value;
    const value = load();
    this.#entries.delete(key);
    this.#entries.set(key, { value, expires: now + this.#ttlMs });
    if (this.#entries.size > this.#maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    // A failed load is not remembered.
    value.catch(() => this.#entries.get(key)?.value === value && this.#entries.delete(key));
    return value;
  }

  clear(): void {
    this.#entries.clear();
  }
}
