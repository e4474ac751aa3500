import cookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hashToken, sameSecret } from '../auth/secrets.ts';
import type { Actor } from '../context.ts';
import { RequestErrors } from '../errors.ts';
import { requireStaff } from '../auth/guards.ts';

/** One kind of signed-in user (customer, staff, supplier), with its own cookie and session table. */
export interface SessionAudience {
  /** Base cookie name (`vitrine_session`); `__Host-` is prefixed when served over HTTPS. */
  cookie: string;
  /** Finds the live session for a token hash, refreshing its last-seen time. */
  resolve(tokenHash: string, now: Date): Promise<{ actor: Actor; csrfToken: string; readOnly?: boolean } | undefined>;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The staff permission a backstage route needs, checked before its input is validated. */
    permission?: string;
    /** Open to a read-only session although it changes something (signing out of a staff view). */
    allowedReadOnly?: boolean;
  }
  interface FastifyRequest {
    /** Who is acting; anonymous unless a session cookie resolved. */
    actor: Actor;
    /** The CSRF token of the resolved session, which unsafe requests must echo. */
    csrfToken: string | undefined;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface SessionOptions {
  secureCookies: boolean;
  publicOrigin: string;
  audiences: readonly SessionAudience[];
  now: () => Date;
}

/** The cookie a session lives in: HttpOnly, SameSite=Lax, host-only, Secure over HTTPS. */
export function sessionCookieName(base: string, secure: boolean): string {
  return secure ? `__Host-${base}` : base;
}

export function sessionCookieOptions(secure: boolean, maxAgeSeconds?: number) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure, ...(maxAgeSeconds ? { maxAge: maxAgeSeconds } : {}) };
}

/**
 * Resolves the actor of every API request from its session cookie, and refuses cross-site
 * writes: an unsafe request from another origin is refused outright, and one that carries a
 * session cookie must also echo the session's CSRF token in `X-CSRF-Token`.
 */
export async function registerSessions(app: FastifyInstance, options: SessionOptions): Promise<void> {
  await app.register(cookie);
  guardBackstageRoutes(app);
  app.decorateRequest('actor', null as never);
  app.decorateRequest('csrfToken', undefined);

  app.addHook('onRequest', async (request) => {
    request.actor = { kind: 'anonymous' };
    if (!request.url.startsWith('/api/')) return;
    // One-click unsubscribe (RFC 8058) may be posted from a webmail page; its signed token is the protection.
    const oneClickUnsubscribe = request.method === 'POST' && request.url.startsWith('/api/unsubscribe/');
    if (UNSAFE.has(request.method) && !oneClickUnsubscribe && !sameOrigin(request, options.publicOrigin)) {
      throw RequestErrors.cross_site_request({ detail: 'Requests that change data must come from the shop itself.' });
    }
    let carriedSession = false;
    for (const audience of options.audiences) {
      const token = request.cookies[sessionCookieName(audience.cookie, options.secureCookies)];
      if (!token) continue;
      carriedSession = true;
      const session = await audience.resolve(hashToken(token), options.now());
      if (session) {
        if (session.readOnly && UNSAFE.has(request.method) && !request.routeOptions.config?.allowedReadOnly) {
          throw RequestErrors.read_only_session({ detail: 'This is a read-only view of the account; nothing can be changed through it.' });
        }
        request.actor = session.actor;
        request.csrfToken = session.csrfToken;
        break;
      }
    }
    if (UNSAFE.has(request.method) && carriedSession && request.csrfToken) {
      const echoed = request.headers['x-csrf-token'];
      if (typeof echoed !== 'string' || !sameSecret(echoed, request.csrfToken)) {
        throw RequestErrors.csrf_token_invalid({ detail: 'Send the X-CSRF-Token of your session with every change.' });
      }
    }
  });
}

/** Browsers send Origin (or at least Referer) with every unsafe request; other clients send neither. */
function sameOrigin(request: FastifyRequest, publicOrigin: string): boolean {
  const origin = request.headers.origin ?? refererOrigin(request.headers.referer);
  if (!origin) return true;
  return origin === publicOrigin || origin === `${request.protocol}://${request.host}`;
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'invalid';
  }
}

export function setSessionCookie(reply: FastifyReply, base: string, token: string, secure: boolean, maxAgeSeconds: number): void {
  reply.setCookie(sessionCookieName(base, secure), token, sessionCookieOptions(secure, maxAgeSeconds));
}

export function clearSessionCookie(reply: FastifyReply, base: string, secure: boolean): void {
  reply.clearCookie(sessionCookieName(base, secure), sessionCookieOptions(secure));
}

/** Staff's own sign-in and session: the only backstage routes open without a permission. */
const OWN_STAFF_SESSION = /^\/api\/admin\/session(\/|$)/;

/**
 * Every backstage route declares the permission it needs (`config.permission`); one declared
 * nowhere stops the server at start-up, so a forgotten check cannot ship. The check runs before
 * validation: without the permission the answer is 401 or 403, never a hint about the input.
 */
function guardBackstageRoutes(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/admin/') && !OWN_STAFF_SESSION.test(route.url) && !route.config?.permission) {
      throw new Error(`Backstage route ${String(route.method)} ${route.url} declares no permission (config.permission)`);
    }
  });
  app.addHook('preValidation', async (request) => {
    const permission = request.routeOptions.config.permission;
    if (permission) requireStaff(request.actor, permission);
  });
}
