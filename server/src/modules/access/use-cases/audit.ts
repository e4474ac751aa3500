import type { Ctx } from '../../../kernel/context.ts';
import { newId } from '../../../kernel/ids.ts';
import { AccessErrors } from '../access.errors.ts';
import { accessRepository as repo } from '../access.repository.ts';
import type { AuditEventRow } from '../access.tables.ts';

/** One audited staff action: `customers.viewed` on `customer` `cus_…`, with what mattered. */
export interface AuditEntry {
  /** `<module>.<thing>_<past tense>` or `<thing>.<past tense>`: `customers.suspended`. */
  action: string;
  subjectType: string;
  subjectId: string;
  /** What a reviewer needs (reason codes, old and new values); no more personal data than that. */
  detail?: Record<string, unknown>;
}

/**
 * Records what the acting staff member did, in the caller's transaction (PRV-8): if the use case
 * rolls back, the entry goes with it, and an action that happened always has its entry.
 */
export async function recordAudit(ctx: Ctx, entry: AuditEntry): Promise<void> {
  if (ctx.actor.kind !== 'staff') throw new Error(`recordAudit(${entry.action}) needs a staff actor, not ${ctx.actor.kind}`);
  await recordAuditFor(ctx, ctx.actor.staffId, ctx.actor.sessionId, entry);
}

/** For the moments when the staff member is not yet the actor: signing in. */
export async function recordAuditFor(ctx: Ctx, staffId: string, sessionId: string | null, entry: AuditEntry): Promise<void> {
  const at = ctx.clock.now();
  await repo.insertAuditEvent(ctx.tx, {
    id: newId('aud', at.getTime()),
    at,
    staff_id: staffId,
    session_id: sessionId,
    action: entry.action,
    subject_type: entry.subjectType,
    subject_id: entry.subjectId,
    detail: entry.detail ?? {},
    request_id: ctx.requestId,
  });
}

export interface AuditQuery {
  staffId?: string | undefined;
  action?: string | undefined;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
}

export interface AuditPage {
  events: AuditEventRow[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

/** The audit log newest first, a page at a time; the cursor is the last event's (time, sequence). */
export async function listAuditEvents(ctx: Ctx, query: AuditQuery): Promise<AuditPage> {
  const limit = Math.min(Math.max(query.limit ?? 50, 1), 200);
  const events = await repo.listAuditEvents(ctx.tx, {
    staffId: query.staffId,
    action: query.action,
    subjectType: query.subjectType,
    subjectId: query.subjectId,
    from: query.from ? new Date(query.from) : undefined,
    to: query.to ? new Date(query.to) : undefined,
    before: query.cursor ? decodeCursor(query.cursor) : undefined,
    limit: limit + 1,
  });
  const more = events.length > limit;
  const page = more ? events.slice(0, limit) : events;
  const last = page.at(-1);
  return { events: page, nextCursor: more && last ? encodeCursor(last) : null };
}

function encodeCursor(event: AuditEventRow): string {
  return Buffer.from(JSON.stringify([event.at.toISOString(), String(event.seq)])).toString('base64url');
}

function decodeCursor(cursor: string): { at: Date; seq: bigint } {
  try {
    const [at, seq] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof at !== 'string' || typeof seq !== 'string' || !/^\d{1,19}$/.test(seq) || Number.isNaN(Date.parse(at))) throw new Error('shape');
    return { at: new Date(at), seq: BigInt(seq) };
  } catch {
    throw AccessErrors.invalid_cursor();
  }
}
