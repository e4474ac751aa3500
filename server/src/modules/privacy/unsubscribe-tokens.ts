import { createHmac } from 'node:crypto';
import { sameSecret } from '../../kernel/auth/secrets.ts';
import { MARKETING_CHANNELS, type Channel } from './privacy.rules.ts';

/**
 * Unsubscribe links (MKT-3, RFC 8058): `<customerId>.<channel>.<mac>`, where the mac is an
 * HMAC-SHA256 of the customer id and channel under a key derived from the shop's stored secret.
 *
 * Why a signature and not stored random tokens: a link must work without a session, for as long
 * as the mail is kept, and every marketing mail needs one. A signature needs no row per mail and
 * no look-up, cannot be enumerated (256-bit MAC compared in constant time), and binds exactly one
 * customer and one channel: changing either breaks it. The secret lives in `privacy.settings`
 * (created with the schema), so every process signs and checks with the same key.
 */
export function unsubscribeKey(secret: string): Buffer {
  // Derived with a label, so the stored secret can key other purposes without the MACs colliding.
  return createHmac('sha256', secret).update('vitrine/unsubscribe-link/v1').digest();
}

export function signUnsubscribeToken(key: Buffer, customerId: string, channel: Channel): string {
  return `${customerId}.${channel}.${mac(key, customerId, channel)}`;
}

/** The customer and channel a token was issued for, or undefined if it is not one of ours. */
export function verifyUnsubscribeToken(key: Buffer, token: string): { customerId: string; channel: Channel } | undefined {
  const match = /^(cus_[0-9a-hjkmnp-tv-z]{26})\.([a-z]+)\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return undefined;
  const [, customerId, channel, given] = match as unknown as [string, string, string, string];
  if (!(MARKETING_CHANNELS as readonly string[]).includes(channel)) return undefined;
  return sameSecret(given, mac(key, customerId, channel as Channel)) ? { customerId, channel: channel as Channel } : undefined;
}

function mac(key: Buffer, customerId: string, channel: Channel): string {
  return createHmac('sha256', key).update(`${customerId}:${channel}`).digest('base64url');
}
