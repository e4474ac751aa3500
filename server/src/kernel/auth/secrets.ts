import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Tokens given to a browser or sent by mail (sessions, resets, verification links) are 256 random
 * bits; only their SHA-256 is stored, so a copy of the database opens no session and resets no
 * password.
 */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Compares two secrets in constant time, so timing tells nothing about how much matched. */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
