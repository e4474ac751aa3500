import { randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so ids read aloud and typed by hand survive. */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * A readable, prefixed, time-ordered id: `ord_01jd8x2k3m9qv4w7c5n6t8r0ya`.
 *
 * The prefix names the kind of thing in logs and support mails; the first 10 characters are the
 * creation time in milliseconds, so ids sort by age and index well; 80 random bits follow.
 */
export function newId(prefix: string, now: number = Date.now()): string {
  if (!/^[a-z]{2,8}$/.test(prefix)) throw new Error(`Id prefix must be 2-8 lower-case letters: "${prefix}"`);
  let time = '';
  let ms = now;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[ms % 32] + time;
    ms = Math.floor(ms / 32);
  }
  const random = randomBytes(10);
  let bits = 0;
  let value = 0;
  let tail = '';
  for (const byte of random) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      tail += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return `${prefix}_${time}${tail}`;
}

const ID_PATTERN = /^([a-z]{2,8})_[0-9a-hjkmnp-tv-z]{26}$/;

/** True when `value` is an id of the given kind; routes use it to reject malformed ids early. */
export function isId(value: string, prefix: string): boolean {
  return ID_PATTERN.exec(value)?.[1] === prefix;
}

/** The JSON-schema pattern for ids of one kind, for route schemas. */
export function idPattern(prefix: string): string {
  return `^${prefix}_[0-9a-hjkmnp-tv-z]{26}$`;
}
