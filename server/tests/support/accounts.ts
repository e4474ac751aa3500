import type { FastifyInstance } from 'fastify';

/** The newest mail sent to `to` (queued or sent), read straight from the outbox. */
export async function latestMail(app: FastifyInstance, to: string, subject?: RegExp): Promise<{ subject: string; text: string } | undefined> {
  const rows = await app.platform.database.db
    .selectFrom('notifications.mail_messages')
    .select(['subject', 'text_body'])
    .where('to_address', '=', to)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const row = rows.find((r) => !subject || subject.test(r.subject as string));
  return row ? { subject: row.subject as string, text: row.text_body as string } : undefined;
}

/** The token of the newest link in a mail to `to` whose path matches. */
export async function linkToken(app: FastifyInstance, to: string, path: string): Promise<string> {
  const rows = await app.platform.database.db
    .selectFrom('notifications.mail_messages')
    .select(['text_body'])
    .where('to_address', '=', to)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  for (const row of rows) {
    const match = new RegExp(`${path.replace(/[/?]/g, '\\$&')}\\?token=([\\w-]+)`).exec(row.text_body as string);
    if (match) return match[1]!;
  }
  throw new Error(`No mail to ${to} with a ${path} link`);
}

/** A browser-like session: the cookie jar of one customer, with its CSRF token. */
export interface Browser {
  cookie: string;
  csrfToken: string;
  customerId: string;
}

export function cookieFrom(setCookie: string | string[] | undefined, name: string): string {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const found = all.find((c) => c.startsWith(`${name}=`));
  if (!found) throw new Error(`No ${name} cookie set`);
  return found.split(';')[0]!;
}

/** The registration agreement version in force, as the sign-up page shows it. */
export async function currentAgreement(app: FastifyInstance): Promise<string> {
  const response = await app.inject({ method: 'GET', url: '/api/legal/documents/registration-agreement' });
  if (response.statusCode !== 200) throw new Error(`no agreement in force: ${response.body}`);
  return response.json().version;
}

let counter = 0;

/** Registers, confirms the address from the mail, and returns the signed-in session. */
export async function newCustomer(app: FastifyInstance, overrides: Record<string, unknown> = {}): Promise<Browser & { email: string; password: string }> {
  const email = (overrides.email as string | undefined) ?? `customer-${process.pid}-${++counter}@example.com`;
  const password = 'velvet-orchid-lantern';
  const registered = await app.inject({
    method: 'POST',
    url: '/api/account/registrations',
    payload: { email, password, name: 'Amélie Laurent', locale: 'en', acceptedAgreementVersion: await currentAgreement(app), ...overrides },
  });
  if (registered.statusCode !== 202) throw new Error(`registration failed: ${registered.body}`);
  const token = await linkToken(app, email, '/account/verify');
  const verified = await app.inject({ method: 'POST', url: '/api/account/email-verifications', payload: { token } });
  if (verified.statusCode !== 200) throw new Error(`verification failed: ${verified.body}`);
  const body = verified.json();
  return { email, password, cookie: cookieFrom(verified.headers['set-cookie'], 'vitrine_session'), csrfToken: body.csrfToken, customerId: body.customer.id };
}

/** Headers of a request made by this customer's browser for a change. */
export function as(browser: Browser): Record<string, string> {
  return { cookie: browser.cookie, 'x-csrf-token': browser.csrfToken };
}
