/**
 * A small seeded random number generator (mulberry32): the demo catalogue must come out the
 * same on every machine and every run, so nothing here reads Math.random or the clock.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer from min to max, both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** `count` distinct items, in the order they were drawn. */
  sample<T>(items: readonly T[], count: number): T[];
}

/** FNV-1a over the parts: a stable 32-bit seed for one product, one designer… */
export function hashSeed(...parts: readonly (string | number)[]): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join('\u0000')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function random(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (probability) => next() < probability,
    sample(items, count) {
      const pool = [...items];
      const drawn = [];
      while (drawn.length < count && pool.length) drawn.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
      return drawn;
    },
  };
}

/** The GS1 check digit of the first 12 (GTIN-13) or 7 (GTIN-8) digits. */
export function gtinCheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Weights 3 and 1 alternate from the rightmost digit, which weighs 3.
    sum += Number(digits[digits.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * A GTIN-13 in the GS1 prefix range 20–29, kept for numbers a shop assigns itself: it can never
 * collide with a real product's barcode.
 */
export function internalGtin(number: number): string {
  const body = `2${String(number).padStart(11, '0')}`;
  if (body.length !== 12) throw new RangeError(`GTIN number out of range: ${number}`);
  return body + gtinCheckDigit(body);
}

export function slugify(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{Diacritic}/gu, '').replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
