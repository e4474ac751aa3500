import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * A re-entrant lock for the single PGlite connection.
 *
 * Why re-entrant: a use case holds the connection for its whole transaction, and code running
 * inside it (pg-boss looking up a queue while enqueueing, say) must reach the same connection
 * instead of waiting for itself. The holder is tracked through AsyncLocalStorage, so only work
 * started from inside the holding call passes straight through.
 */
export class SerialLock {
  #tail: Promise<void> = Promise.resolve();
  readonly #held = new AsyncLocalStorage<true>();

  get isHeldHere(): boolean {
    return this.#held.getStore() === true;
  }

  /** Runs `work` alone on the connection (or at once, when the caller already holds it). */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.isHeldHere) return work();
    const release = await this.acquire();
    try {
      return await this.#held.run(true, work);
    } finally {
      release();
    }
  }

  /** Waits for the connection and returns the function that hands it on. */
  async acquire(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((resolve) => (release = resolve));
    const previous = this.#tail;
    this.#tail = previous.then(() => next);
    await previous;
    return release;
  }
}
