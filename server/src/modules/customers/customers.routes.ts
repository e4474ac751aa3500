import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { requireCustomer } from '../../kernel/auth/guards.ts';
import { clearSessionCookie, setSessionCookie } from '../../kernel/http/sessions.ts';
import { ProblemResponses } from '../../kernel/http/schemas.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import type { Origin } from './customers.ports.ts';
import * as S from './customers.schemas.ts';
import type { CustomersService } from './customers.service.ts';
import type { AccountRow } from './customers.tables.ts';
import type { NewSession } from './use-cases/sessions.ts';

export const CUSTOMER_COOKIE = 'vitrine_session';

export interface CustomerRouteDeps {
  customers: CustomersService;
  runUseCase: RunUseCase;
  secureCookies: boolean;
}

const tags = ['account'];
const ACCEPTED_MESSAGE = 'If the details can be used, a message is on its way to the address given.';

export function customersRoutes({ customers, runUseCase, secureCookies }: CustomerRouteDeps): FastifyPluginAsyncTypebox {
  const origin = (request: FastifyRequest): Origin => ({ ip: request.ip, userAgent: request.headers['user-agent'] });
  const startSession = (reply: FastifyReply, session: NewSession) => setSessionCookie(reply, CUSTOMER_COOKIE, session.token, secureCookies, session.maxAgeSeconds);
  const sessionInfo = async (request: FastifyRequest, customerId: string, csrfToken: string) =>
    runUseCase(request.actor, request.id, async (ctx) => ({
      customer: present(await customers.getAccount(ctx, customerId)),
      csrfToken,
      pendingAcceptances: await customers.pendingAcceptances(ctx, customerId),
      staffView: request.actor.kind === 'customer' && request.actor.staffViewId !== undefined,
    }));

  return async (app) => {
    app.post('/account/registrations', {
      schema: { tags, summary: 'Open an account', description: 'Answers 202 whether or not the address is already registered; the confirmation link arrives by mail.', body: S.RegistrationBody, response: { 202: S.Accepted, ...ProblemResponses } },
    }, async (request, reply) => {
      await runUseCase(request.actor, request.id, (ctx) => customers.register(ctx, request.body, origin(request)));
      return reply.code(202).send({ status: 'accepted', message: ACCEPTED_MESSAGE });
    });

    app.post('/account/email-verifications', {
      schema: { tags, summary: 'Confirm an e-mail address (signs in)', body: S.TokenBody, response: { 200: S.SessionInfo, ...ProblemResponses } },
    }, async (request, reply) => {
      const session = await runUseCase(request.actor, request.id, (ctx) => customers.verifyEmail(ctx, request.body.token, origin(request)));
      startSession(reply, session);
      return sessionInfo(request, session.customerId, session.csrfToken);
    });

    app.post('/account/session', {
      schema: { tags, summary: 'Sign in', body: S.Credentials, response: { 200: S.SessionInfo, ...ProblemResponses } },
    }, async (request, reply) => {
      const session = await customers.signIn(request.id, request.body, origin(request));
      startSession(reply, session);
      return sessionInfo(request, session.customerId, session.csrfToken);
    });

    app.get('/account/session', {
      schema: { tags, summary: 'Who is signed in', response: { 200: S.SessionInfo, ...ProblemResponses } },
    }, async (request) => sessionInfo(request, requireCustomer(request.actor).customerId, request.csrfToken!));

    // Signing out also ends a staff member's read-only view of the account (ACC-6).
    app.delete('/account/session', { config: { allowedReadOnly: true }, schema: { tags, summary: 'Sign out', response: { 204: Type.Null(), ...ProblemResponses } } }, async (request, reply) => {
      const actor = requireCustomer(request.actor);
      await runUseCase(actor, request.id, (ctx) => customers.signOut(ctx, actor.customerId, actor.sessionId));
      clearSessionCookie(reply, CUSTOMER_COOKIE, secureCookies);
      return reply.code(204).send(null);
    });

    app.get('/account/sessions', {
      schema: { tags, summary: 'Active sessions and devices', response: { 200: Type.Object({ sessions: Type.Array(S.DeviceSession) }), ...ProblemResponses } },
    }, async (request) => {
      const actor = requireCustomer(request.actor);
      const sessions = await runUseCase(actor, request.id, (ctx) => customers.listSessions(ctx, actor.customerId));
      return {
        sessions: sessions.map((s) => ({ id: s.id, device: s.device, network: s.ip_network, createdAt: s.created_at.toISOString(), lastSeenAt: s.last_seen_at.toISOString(), current: s.id === actor.sessionId })),
      };
    });

    app.delete('/account/sessions/:id', {
      schema: { tags, summary: 'End one session', params: S.SessionParams, response: { 204: Type.Null(), ...ProblemResponses } },
    }, async (request, reply) => {
      const actor = requireCustomer(request.actor);
      await runUseCase(actor, request.id, (ctx) => customers.endSession(ctx, actor.customerId, request.params.id));
      if (request.params.id === actor.sessionId) clearSessionCookie(reply, CUSTOMER_COOKIE, secureCookies);
      return reply.code(204).send(null);
    });

    app.delete('/account/sessions', {
      schema: { tags, summary: 'End every other session', response: { 200: Type.Object({ ended: Type.Integer() }), ...ProblemResponses } },
    }, async (request) => {
      const actor = requireCustomer(request.actor);
      return { ended: await runUseCase(actor, request.id, (ctx) => customers.endOtherSessions(ctx, actor.customerId, actor.sessionId)) };
    });

    app.post('/account/security-reports', {
      schema: { tags, summary: 'Report misuse or a security flaw', description: 'Ends every session of the account, this one included, and opens a case for staff.', body: S.MisuseBody, response: { 202: Type.Object({ caseId: Type.String() }), ...ProblemResponses } },
    }, async (request, reply) => {
      const actor = requireCustomer(request.actor);
      const caseId = await runUseCase(actor, request.id, (ctx) => customers.reportMisuse(ctx, actor.customerId, request.body.description));
      clearSessionCookie(reply, CUSTOMER_COOKIE, secureCookies);
      return reply.code(202).send({ caseId });
    });

    app.post('/account/password-resets', {
      schema: { tags, summary: 'Ask for a password reset link', description: 'Answers 202 whether or not the address has an account.', body: S.EmailBody, response: { 202: S.Accepted, ...ProblemResponses } },
    }, async (request, reply) => {
      await runUseCase(request.actor, request.id, (ctx) => customers.requestPasswordReset(ctx, request.body.email));
      return reply.code(202).send({ status: 'accepted', message: ACCEPTED_MESSAGE });
    });

    app.post('/account/password-resets/complete', {
      schema: { tags, summary: 'Set a new password from a reset link (signs in, ends other sessions)', body: S.ResetBody, response: { 200: S.SessionInfo, ...ProblemResponses } },
    }, async (request, reply) => {
      const session = await runUseCase(request.actor, request.id, (ctx) => customers.resetPassword(ctx, request.body.token, request.body.newPassword, origin(request)));
      startSession(reply, session);
      return sessionInfo(request, session.customerId, session.csrfToken);
    });

    app.put('/account/password', {
      schema: { tags, summary: 'Change the password', body: S.PasswordChangeBody, response: { 200: S.SessionInfo, ...ProblemResponses } },
    }, async (request, reply) => {
      const actor = requireCustomer(request.actor);
      const session = await runUseCase(actor, request.id, (ctx) => customers.changePassword(ctx, actor.customerId, request.body.currentPassword, request.body.newPassword, origin(request)));
      startSession(reply, session);
      return sessionInfo(request, actor.customerId, session.csrfToken);
    });

    app.get('/account/profile', { schema: { tags, summary: 'Your profile', response: { 200: S.Profile, ...ProblemResponses } } }, async (request) => {
      const actor = requireCustomer(request.actor);
      return present(await runUseCase(actor, request.id, (ctx) => customers.getAccount(ctx, actor.customerId)));
    });

    app.patch('/account/profile', { schema: { tags, summary: 'Change your name, phone or language', body: S.ProfilePatch, response: { 200: S.Profile, ...ProblemResponses } } }, async (request) => {
      const actor = requireCustomer(request.actor);
      return present(await runUseCase(actor, request.id, (ctx) => customers.updateProfile(ctx, actor.customerId, request.body)));
    });

    app.post('/account/email-changes', {
      schema: { tags, summary: 'Change your e-mail address', description: 'The new address takes effect once confirmed from it; the current one is told.', body: S.EmailBody, response: { 202: S.Accepted, ...ProblemResponses } },
    }, async (request, reply) => {
      const actor = requireCustomer(request.actor);
      await runUseCase(actor, request.id, (ctx) => customers.requestEmailChange(ctx, actor.customerId, request.body.email));
      return reply.code(202).send({ status: 'accepted', message: 'Confirm the new address from the message sent to it.' });
    });

    app.post('/account/acceptances', {
      schema: { tags, summary: 'Accept the version in force of the agreement or privacy policy', description: 'Needed after a material change before ordering again (ACC-7).', body: S.AcceptanceBody, response: { 200: S.SessionInfo, ...ProblemResponses } },
    }, async (request) => {
      const actor = requireCustomer(request.actor);
      await runUseCase(actor, request.id, (ctx) => customers.acceptDocument(ctx, actor.customerId, request.body.kind, request.body.version, origin(request)));
      return sessionInfo(request, actor.customerId, request.csrfToken!);
    });

    app.get('/account/staff-views', {
      schema: { tags, summary: 'When staff looked at your account, and why (ACC-6)', response: { 200: Type.Object({ views: Type.Array(S.StaffViewEntry) }), ...ProblemResponses } },
    }, async (request) => {
      const actor = requireCustomer(request.actor);
      const views = await runUseCase(actor, request.id, (ctx) => customers.staffViewsOf(ctx, actor.customerId));
      return { views: views.map((v) => ({ reason: v.reason_code, startedAt: v.started_at.toISOString(), expiresAt: v.expires_at.toISOString() })) };
    });

    app.get('/account/entitlements', {
      schema: { tags, summary: 'Offers you are entitled to (the welcome offer)', response: { 200: Type.Object({ entitlements: Type.Array(S.Entitlement) }), ...ProblemResponses } },
    }, async (request) => {
      const actor = requireCustomer(request.actor);
      const rows = await runUseCase(actor, request.id, (ctx) => customers.entitlements(ctx, actor.customerId));
      return { entitlements: rows.map((e) => ({ kind: e.kind, percentOff: e.percent_off, grantedAt: e.granted_at.toISOString(), used: e.used_at !== null })) };
    });

    app.get('/account/guardian-consents/:token', {
      schema: { tags: ['guardian'], summary: 'What a guardian is asked to consent to', params: S.GuardianParams, response: { 200: S.GuardianView, ...ProblemResponses } },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => customers.guardianRequest(ctx, request.params.token)));

    app.post('/account/guardian-consents/:token', {
      schema: { tags: ['guardian'], summary: 'Confirm or withdraw consent for a minor’s account', params: S.GuardianParams, body: S.GuardianBody, response: { 200: Type.Object({ customerName: Type.String(), decision: Type.String() }), ...ProblemResponses } },
    }, async (request) => runUseCase(request.actor, request.id, (ctx) => customers.decideAsGuardian(ctx, request.params.token, request.body.decision)));
  };
}

export function present(account: AccountRow) {
  return {
    id: account.id,
    email: account.email,
    emailVerified: account.email_verified_at !== null,
    name: account.name,
    phone: account.phone_e164,
    birthDate: account.birth_date,
    locale: account.locale,
    state: account.state,
    restriction: account.restriction,
  };
}
