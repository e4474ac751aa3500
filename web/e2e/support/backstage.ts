import type { Page } from 'playwright-core';
import { Secret, TOTP } from 'otpauth';

/** The password of every demo backstage and supplier account (README, "Demo accounts"). */
export const DEMO_PASSWORD = 'vitrine-demo-2026';

/** Fills the backstage's (or the supplier portal's) sign-in form and sends it. */
export async function signInAs(page: Page, email: string, options: { password?: string; code?: string } = {}): Promise<void> {
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(options.password ?? DEMO_PASSWORD);
  if (options.code) await page.getByLabel('Authenticator code').fill(options.code);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** The code an authenticator app shows now for this key, as a person would read it off their phone. */
export function authenticatorCode(secret: string): string {
  return new TOTP({ secret: Secret.fromBase32(secret.replace(/\s+/g, '')), period: 30 }).generate();
}
