import type { Ctx } from '../../../kernel/context.ts';
import { hashToken, newSecretToken } from '../../../kernel/auth/secrets.ts';
import { truncateIp } from '../../../kernel/http/logger.ts';
import { newId } from '../../../kernel/ids.ts';
import { SESSION_LIFETIME_MS } from '../access.rules.ts';
import { sessionsRepository as sessions, type SessionKind } from '../access.sessions.repository.ts';

/** What the request tells about the client, kept with the session so the person can recognise it. */
export interface ClientInfo {
  ip: string | undefined;
  userAgent: string | undefined;
}

/** A session just opened: the token goes into the cookie once and is never stored. */
export interface OpenedSession {
  sessionId: string;
  token: string;
  csrfToken: string;
  expiresAt: Date;
}

const ID_PREFIX = { staff: 'stfses', supplier: 'supses' } as const;

export async function openSession(ctx: Ctx, kind: SessionKind, ownerId: string, client: ClientInfo): Promise<OpenedSession> {
  const now = ctx.clock.now();
  const token = newSecretToken();
  const opened: OpenedSession = {
    sessionId: newId(ID_PREFIX[kind], now.getTime()),
    token,
    csrfToken: newSecretToken(),
    expiresAt: new Date(now.getTime() + SESSION_LIFETIME_MS),
  };
  await sessions.insert(ctx.tx, kind, {
    id: opened.sessionId,
    ownerId,
    tokenHash: hashToken(token),
    csrfToken: opened.csrfToken,
    createdAt: now,
    expiresAt: opened.expiresAt,
    ipNetwork: truncateIp(client.ip) ?? null,
    userAgent: client.userAgent?.slice(0, 512) ?? null,
  });
  return opened;
}

/**
 * Session rotation at sign-in: whatever session the browser carried before ends, so a token
 * planted before sign-in (session fixation) is worth nothing after it.
 */
export async function endCarriedSession(ctx: Ctx, kind: SessionKind, carriedToken: string | undefined): Promise<void> {
  if (carriedToken) await sessions.endByTokenHash(ctx.tx, kind, hashToken(carriedToken), ctx.clock.now(), 'rotated');
}
