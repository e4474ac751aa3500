import { Secret, TOTP } from 'otpauth';

/** RFC 6238 defaults that every authenticator app understands: SHA-1, 6 digits, 30 seconds. */
const PERIOD_SECONDS = 30;
const ISSUER = 'Vitrine backstage';

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://` URI an authenticator app reads from a QR code. */
export function totpUri(secret: string, account: string): string {
  return new TOTP({ issuer: ISSUER, label: account, secret: Secret.fromBase32(secret), period: PERIOD_SECONDS }).toString();
}

/**
 * Checks a code against the secret at `now`, accepting one step of clock drift either side.
 * Returns the time step the code belongs to, or undefined. A step at or before `lastUsedStep` is
 * refused, so a code seen over someone's shoulder cannot be used a second time.
 */
export function checkTotp(secret: string, code: string, now: Date, lastUsedStep: number | null): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const totp = new TOTP({ secret: Secret.fromBase32(secret), period: PERIOD_SECONDS });
  const delta = totp.validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return undefined;
  const step = TOTP.counter({ period: PERIOD_SECONDS, timestamp: now.getTime() }) + delta;
  if (lastUsedStep !== null && step <= lastUsedStep) return undefined;
  return step;
}

/** The code an authenticator shows at `now` (for tests and the demo). */
export function totpCodeAt(secret: string, now: Date): string {
  return TOTP.generate({ secret: Secret.fromBase32(secret), period: PERIOD_SECONDS, timestamp: now.getTime() });
}
