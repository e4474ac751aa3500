import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../kernel/context.ts';
import { RequestErrors } from '../../kernel/errors.ts';
import { clearSessionCookie, sessionCookieName, setSessionCookie } from '../../kernel/http/sessions.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import { SESSION_LIFETIME_MS } from './access.rules.ts';
import type { AccessService } from './access.service.ts';
import type { ClientInfo, OpenedSession } from './use-cases/sessions.ts';

export interface AccessRouteDeps {
  access: AccessService;
  runUseCase: RunUseCase;
  /** Served over HTTPS: cookies get `Secure` and the `__Host-` prefix. */
  secureCookies: boolean;
}

export type RouteApp = Parameters<FastifyPluginAsyncTypebox>[0];

/** A signed-in staff member, whatever their permissions: for their own session and second factor. */
export function signedInStaff(actor: Actor) {
  if (actor.kind !== 'staff') throw RequestErrors.unauthenticated({ detail: 'Sign in to the backstage first.' });
  return actor;
}

export function clientOf(request: FastifyRequest): ClientInfo {
  return { ip: request.ip, userAgent: request.headers['user-agent'] };
}

export function carriedToken(request: FastifyRequest, cookieBase: string, secure: boolean): string | undefined {
  return request.cookies[sessionCookieName(cookieBase, secure)];
}

/** Hands the new token to the browser; session answers carry the CSRF token, so no cache keeps them. */
export function startCookieSession(reply: FastifyReply, cookieBase: string, session: OpenedSession, secure: boolean): void {
  setSessionCookie(reply, cookieBase, session.token, secure, SESSION_LIFETIME_MS / 1000);
  reply.header('cache-control', 'no-store');
}

export function endCookieSession(reply: FastifyReply, cookieBase: string, secure: boolean): void {
  clearSessionCookie(reply, cookieBase, secure);
}
