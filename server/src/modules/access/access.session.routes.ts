import { ProblemResponses } from '../../kernel/http/schemas.ts';
import { carriedToken, clientOf, endCookieSession, signedInStaff, startCookieSession, type AccessRouteDeps, type RouteApp } from './access.http.ts';
import { presentStaffSession } from './access.present.ts';
import { PasswordChangeBody, StaffSession, StaffSignInBody, TotpConfirmBody, TotpEnrolment } from './access.schemas.ts';
import { STAFF_COOKIE } from './access.service.ts';

const tags = ['access'];

/** The staff member's own session: sign in, who am I, sign out, second factor, password. */
export function sessionRoutes(app: RouteApp, { access, runUseCase, secureCookies }: AccessRouteDeps): void {
  app.post(
    '/admin/session',
    {
      schema: {
        tags,
        summary: 'Sign in to the backstage',
        description:
          'Sets the staff session cookie (HttpOnly) and returns the CSRF token to echo in `X-CSRF-Token`. A wrong e-mail or password gives ' +
          '`access.invalid_credentials` either way; with an authenticator enrolled, a right password without `totp` gives `access.totp_required`. ' +
          'The 6th failed attempt on an account within 15 minutes is refused with 429 and `Retry-After`. An owner without an authenticator ' +
          'gets a session whose only powers are enrolling one (`totpEnrolmentRequired`).',
        body: StaffSignInBody,
        response: { 200: StaffSession, ...ProblemResponses },
      },
    },
    async (request, reply) => {
      const attempt = { ...request.body, client: clientOf(request), carriedToken: carriedToken(request, STAFF_COOKIE, secureCookies) };
      const { staff, session } = await access.signInStaff(attempt, { requestId: request.id, actor: request.actor });
      startCookieSession(reply, STAFF_COOKIE, session, secureCookies);
      return presentStaffSession(staff, session.csrfToken, session.expiresAt);
    },
  );

  app.get(
    '/admin/session',
    { schema: { tags, summary: 'The signed-in staff member, their permissions and CSRF token', response: { 200: StaffSession, ...ProblemResponses } } },
    async (request, reply) => {
      const actor = signedInStaff(request.actor);
      const { staff, expiresAt } = await runUseCase(actor, request.id, (ctx) => access.describeStaffSession(ctx, actor));
      reply.header('cache-control', 'no-store');
      return presentStaffSession(staff, request.csrfToken!, expiresAt);
    },
  );

  app.delete(
    '/admin/session',
    { schema: { tags, summary: 'Sign out of the backstage', response: { 204: { type: 'null', description: 'Signed out' }, ...ProblemResponses } } },
    async (request, reply) => {
      const actor = signedInStaff(request.actor);
      await runUseCase(actor, request.id, (ctx) => access.signOutStaff(ctx, actor));
      endCookieSession(reply, STAFF_COOKIE, secureCookies);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/admin/session/totp',
    {
      schema: {
        tags,
        summary: 'Start enrolling an authenticator app',
        description: 'Returns a new secret and its `otpauth://` URI. It applies only once confirmed with a code (`/admin/session/totp/confirm`).',
        response: { 200: TotpEnrolment, ...ProblemResponses },
      },
    },
    async (request, reply) => {
      const actor = signedInStaff(request.actor);
      reply.header('cache-control', 'no-store');
      return runUseCase(actor, request.id, (ctx) => access.startTotpEnrolment(ctx, actor));
    },
  );

  app.post(
    '/admin/session/totp/confirm',
    {
      schema: {
        tags,
        summary: 'Confirm the authenticator with its first code',
        description: 'Enrols the authenticator, ends every session of the staff member and opens a new one (new cookie, new CSRF token).',
        body: TotpConfirmBody,
        response: { 200: StaffSession, ...ProblemResponses },
      },
    },
    async (request, reply) => {
      const actor = signedInStaff(request.actor);
      const { staff, session } = await runUseCase(actor, request.id, (ctx) => access.confirmTotpEnrolment(ctx, actor, request.body.code, clientOf(request)));
      startCookieSession(reply, STAFF_COOKIE, session, secureCookies);
      return presentStaffSession(staff, session.csrfToken, session.expiresAt);
    },
  );

  app.put(
    '/admin/session/password',
    {
      schema: {
        tags,
        summary: 'Change your own password',
        description: 'Ends every session of the staff member, this one included, and opens a new one.',
        body: PasswordChangeBody,
        response: { 200: StaffSession, ...ProblemResponses },
      },
    },
    async (request, reply) => {
      const actor = signedInStaff(request.actor);
      const { staff, session } = await runUseCase(actor, request.id, (ctx) => access.changeStaffPassword(ctx, actor, request.body, clientOf(request)));
      startCookieSession(reply, STAFF_COOKIE, session, secureCookies);
      return presentStaffSession(staff, session.csrfToken, session.expiresAt);
    },
  );
}
