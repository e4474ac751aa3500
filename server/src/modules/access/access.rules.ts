import { randomBytes } from 'node:crypto';
import { DAY, HOUR } from '../../kernel/clock.ts';
import type { Permission } from './access.permissions.ts';
import { ROLES, type Role } from './access.roles.ts';

/** A backstage session ends after 12 hours without use, and after 7 days whatever happens. */
export const SESSION_IDLE_MS = 12 * HOUR;
export const SESSION_LIFETIME_MS = 7 * DAY;

/** Writing last-seen on every request would make each read a write; a minute's precision is enough. */
export const LAST_SEEN_PRECISION_MS = 60_000;

export interface SessionTimes {
  last_seen_at: Date;
  expires_at: Date;
  ended_at: Date | null;
}

export function sessionIsLive(session: SessionTimes, now: Date): boolean {
  return session.ended_at === null && session.expires_at > now && now.getTime() - session.last_seen_at.getTime() < SESSION_IDLE_MS;
}

/** Whether a member of this role must enrol a second factor before the role's powers apply. */
export function totpEnrolmentRequired(role: Role, totpEnrolled: boolean): boolean {
  return ROLES[role].requiresTotp && !totpEnrolled;
}

/**
 * What a session may do. An owner who has not enrolled TOTP yet holds no permission at all: the
 * only thing such a session can do is enrol (and sign out).
 */
export function sessionPermissions(role: Role, totpEnrolled: boolean): ReadonlySet<Permission> {
  return new Set(totpEnrolmentRequired(role, totpEnrolled) ? [] : ROLES[role].permissions);
}

/** E-mail addresses are matched case-insensitively and without surrounding space. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

const TEMPORARY_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/**
 * A password handed over once by whoever created the account: 16 characters without look-alikes,
 * in groups of four so it can be read out (about 78 bits).
 */
export function temporaryPassword(): string {
  const bytes = randomBytes(16);
  const chars = [...bytes].map((b) => TEMPORARY_ALPHABET[b % TEMPORARY_ALPHABET.length]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}
