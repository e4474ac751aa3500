import { hash, verify } from '@node-rs/argon2';
import { COMMON_PASSWORDS } from './common-passwords.ts';

/** OWASP's argon2id baseline (19 MiB, 2 passes): about 30 ms here, costly for a guessing rig. */
// 2 is Algorithm.Argon2id (a const enum, which type stripping cannot read).
const ARGON2ID = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 128;

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFKC'), ARGON2ID);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password.normalize('NFKC'));
  } catch {
    return false;
  }
}

/**
 * A hash of nothing anyone knows, verified when the account does not exist, so that "no such
 * account" costs the same time as "wrong password" and timing does not reveal who is registered.
 */
let decoy: Promise<string> | undefined;
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoy ??= hashPassword(`decoy-${Math.random()}`);
  await verifyPassword(await decoy, password);
  return false;
}

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common' | 'contains_identity';

/** Length, a list of the most used passwords, and no password built from the person's own e-mail or name. */
export function passwordProblem(password: string, identity: readonly string[] = []): PasswordProblem | undefined {
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  const folded = password.toLowerCase();
  if (COMMON_PASSWORDS.has(folded) || COMMON_PASSWORDS.has(folded.replace(/[\d!@#$%^&*._-]+$/, ''))) return 'too_common';
  for (const part of identity) {
    const word = part.toLowerCase().split('@')[0]!;
    if (word.length >= 4 && folded.includes(word)) return 'contains_identity';
  }
  return undefined;
}
