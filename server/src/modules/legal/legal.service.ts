import type { Actor, Ctx } from '../../kernel/context.ts';
import { requireStaff } from '../../kernel/auth/guards.ts';
import { newId } from '../../kernel/ids.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import type { NotificationsService } from '../notifications/index.ts';
import { LegalErrors } from './legal.errors.ts';
import { changeNoticeMail } from './legal.mail.ts';
import { legalRepository as repo, type PublishedVersionRow } from './legal.repository.ts';
import { isAcceptanceDue, isDocumentKind, KINDS_REQUIRING_ACCEPTANCE, shopLocale, versionInForce } from './legal.rules.ts';
import { DOCUMENT_KINDS, type AcceptanceRow, type DocumentKind, type DocumentVersionRow } from './legal.tables.ts';

export const NOTIFY_MATERIAL_CHANGE_JOB = 'legal.notify_material_change';
export const LEGAL_MANAGE = 'legal.manage';

export interface CustomerContact {
  id: string;
  email: string;
  locale: string;
}

/** Pages through every customer in id order; the customers module provides it. */
export type ListCustomerContacts = (ctx: Ctx, afterId: string | null, limit: number) => Promise<CustomerContact[]>;

export interface LegalDeps {
  notifications: Pick<NotificationsService, 'queueMail'>;
  listCustomerContacts: ListCustomerContacts;
  publicUrl: string;
  shopTimeZone: string;
  runUseCase: RunUseCase;
  /** Customers mailed per job; 200 unless a test wants smaller pages. */
  noticeBatchSize?: number;
}

export interface VersionInForce {
  kind: DocumentKind;
  version: string;
  effectiveAt: Date;
  material: boolean;
}

export interface DraftInput {
  version: string;
  /** Omitted or null: in force from the moment of publication. */
  effectiveAt?: Date | null | undefined;
  material: boolean;
  summary: string;
  bodies: { en: string; 'zh-Hant'?: string | null | undefined; 'zh-Hans'?: string | null | undefined };
}

export interface DraftChanges {
  effectiveAt?: Date | null | undefined;
  material?: boolean | undefined;
  summary?: string | undefined;
  bodies?: { en?: string | undefined; 'zh-Hant'?: string | null | undefined; 'zh-Hans'?: string | null | undefined } | undefined;
}

export interface AcceptanceInput {
  customerId: string;
  kind: DocumentKind;
  version: string;
  ip: string | null;
  userAgent: string | null;
}

export interface NoticeBatch {
  kind: DocumentKind;
  version: string;
  batch: number;
  afterId: string | null;
}

/** Who may edit legal texts: staff holding legal.manage, or the system itself (demo data). */
function editorOf(actor: Actor): string {
  if (actor.kind === 'system') return `system:${actor.job}`;
  return requireStaff(actor, LEGAL_MANAGE).staffId;
}

function assertKind(kind: string): asserts kind is DocumentKind {
  if (!isDocumentKind(kind)) throw LegalErrors.unknown_document({ detail: `Known documents: ${DOCUMENT_KINDS.join(', ')}.` });
}

export function createLegalService(deps: LegalDeps) {
  const batchSize = deps.noticeBatchSize ?? 200;

  /** The version in force: published, with the latest effective date not after now. */
  async function currentVersion(ctx: Ctx, kind: DocumentKind): Promise<VersionInForce | undefined> {
    assertKind(kind);
    const row = versionInForce(await repo.listPublished(ctx.tx, [kind]), ctx.clock.now());
    return row && { kind, version: row.version, effectiveAt: row.effective_at, material: row.material };
  }

  /** Every kind that has a version in force, with that version. */
  async function documentsInForce(ctx: Ctx): Promise<PublishedVersionRow[]> {
    const published = await repo.listPublished(ctx.tx, DOCUMENT_KINDS);
    return DOCUMENT_KINDS.flatMap((kind) => versionInForce(published.filter((v) => v.kind === kind), ctx.clock.now()) ?? []);
  }

  async function documentInForce(ctx: Ctx, kind: DocumentKind): Promise<PublishedVersionRow> {
    assertKind(kind);
    const row = versionInForce(await repo.listPublished(ctx.tx, [kind]), ctx.clock.now());
    if (!row) throw LegalErrors.document_not_in_force();
    return row;
  }

  /** The public history: every published version, including those announced but not yet in force. */
  async function publishedVersions(ctx: Ctx, kind: DocumentKind): Promise<PublishedVersionRow[]> {
    assertKind(kind);
    return (await repo.listPublished(ctx.tx, [kind])).reverse();
  }

  async function publishedVersion(ctx: Ctx, kind: DocumentKind, version: string): Promise<PublishedVersionRow> {
    assertKind(kind);
    const row = await repo.findVersion(ctx.tx, kind, version);
    // A draft is nobody's business but the editors': to the public it does not exist.
    if (row?.status !== 'published') throw LegalErrors.version_not_found();
    return row as PublishedVersionRow;
  }

  /** Appends an acceptance to the ledger; only the version in force can be accepted (ACC-1). */
  async function recordAcceptance(ctx: Ctx, input: AcceptanceInput): Promise<AcceptanceRow> {
    const current = await currentVersion(ctx, input.kind);
    if (current?.version !== input.version) {
      throw LegalErrors.version_not_in_force({ detail: current ? `The version in force is ${current.version}.` : 'No version is in force yet.', extra: { version_in_force: current?.version ?? null } });
    }
    const row: AcceptanceRow = {
      id: newId('lacc', ctx.clock.now().getTime()),
      customer_id: input.customerId,
      kind: input.kind,
      version: input.version,
      accepted_at: ctx.clock.now(),
      ip: input.ip,
      user_agent: input.userAgent?.slice(0, 512) ?? null,
    };
    await repo.insertAcceptance(ctx.tx, row);
    return row;
  }

  /** The documents the customer must still accept before ordering, each at its version in force. */
  async function pendingAcceptances(ctx: Ctx, customerId: string): Promise<{ kind: DocumentKind; version: string }[]> {
    const now = ctx.clock.now();
    const published = await repo.listPublished(ctx.tx, KINDS_REQUIRING_ACCEPTANCE);
    const accepted = await repo.acceptancesOf(ctx.tx, customerId);
    return KINDS_REQUIRING_ACCEPTANCE.flatMap((kind) => {
      const versions = published.filter((v) => v.kind === kind);
      const acceptedVersions = new Set(accepted.filter((a) => a.kind === kind).map((a) => a.version));
      const inForce = versionInForce(versions, now);
      return inForce && isAcceptanceDue(versions, acceptedVersions, now) ? [{ kind, version: inForce.version }] : [];
    });
  }

  /** Every acceptance of the customer, oldest first, for the privacy export. */
  async function acceptancesOf(ctx: Ctx, customerId: string): Promise<AcceptanceRow[]> {
    return repo.acceptancesOf(ctx.tx, customerId);
  }

  /** Staff: every version of a document, drafts included. */
  async function listVersions(ctx: Ctx, kind: DocumentKind): Promise<DocumentVersionRow[]> {
    editorOf(ctx.actor);
    assertKind(kind);
    return repo.listVersions(ctx.tx, kind);
  }

  async function createDraft(ctx: Ctx, kind: DocumentKind, input: DraftInput): Promise<DocumentVersionRow> {
    const editor = editorOf(ctx.actor);
    assertKind(kind);
    const now = ctx.clock.now();
    const created = await repo.insertVersion(ctx.tx, {
      kind,
      version: input.version,
      effective_at: input.effectiveAt ?? null,
      material: input.material,
      summary: input.summary,
      body_en: input.bodies.en,
      body_zh_hant: input.bodies['zh-Hant'] ?? null,
      body_zh_hans: input.bodies['zh-Hans'] ?? null,
      status: 'draft',
      created_at: now,
      created_by: editor,
      updated_at: now,
      published_at: null,
      published_by: null,
    });
    if (!created) throw LegalErrors.version_exists({ detail: `${kind} already has a version ${input.version}.` });
    return (await repo.findVersion(ctx.tx, kind, input.version))!;
  }

  async function updateDraft(ctx: Ctx, kind: DocumentKind, version: string, changes: DraftChanges): Promise<DocumentVersionRow> {
    editorOf(ctx.actor);
    const draft = await lockDraft(ctx, kind, version);
    const bodies = changes.bodies ?? {};
    return repo.updateVersion(ctx.tx, kind, draft.version, {
      ...(changes.effectiveAt !== undefined && { effective_at: changes.effectiveAt }),
      ...(changes.material !== undefined && { material: changes.material }),
      ...(changes.summary !== undefined && { summary: changes.summary }),
      ...(bodies.en !== undefined && { body_en: bodies.en }),
      ...(bodies['zh-Hant'] !== undefined && { body_zh_hant: bodies['zh-Hant'] }),
      ...(bodies['zh-Hans'] !== undefined && { body_zh_hans: bodies['zh-Hans'] }),
      updated_at: ctx.clock.now(),
    });
  }

  /**
   * Publishes a draft: from now on it is immutable and public, and in force from its effective
   * date. A material change to an existing document is mailed to every customer (ACC-7).
   */
  async function publish(ctx: Ctx, kind: DocumentKind, version: string): Promise<DocumentVersionRow> {
    const editor = editorOf(ctx.actor);
    const draft = await lockDraft(ctx, kind, version);
    // Two drafts of one kind published at once would each pass the "after the previous" check.
    await repo.lockKindForPublication(ctx.tx, kind);
    const now = ctx.clock.now();
    const effectiveAt = draft.effective_at ?? now;
    const previous = await repo.latestEffectiveDate(ctx.tx, kind);
    if (previous && effectiveAt <= previous) {
      throw LegalErrors.effective_date_not_after_previous({ detail: `The latest published version takes effect at ${previous.toISOString()}.` });
    }
    // Back-dating would rewrite which text was in force when; only a first version, which replaces nothing, may do it.
    if (previous && effectiveAt < now) throw LegalErrors.effective_date_in_past();
    const published = await repo.updateVersion(ctx.tx, kind, version, { status: 'published', effective_at: effectiveAt, published_at: now, published_by: editor, updated_at: now });
    if (published.material && previous) {
      await ctx.jobs.send(NOTIFY_MATERIAL_CHANGE_JOB, { kind, version, batch: 0, afterId: null } satisfies NoticeBatch);
    }
    return published;
  }

  async function lockDraft(ctx: Ctx, kind: DocumentKind, version: string): Promise<DocumentVersionRow> {
    assertKind(kind);
    const row = await repo.lockVersion(ctx.tx, kind, version);
    if (!row) throw LegalErrors.version_not_found();
    if (row.status === 'published') throw LegalErrors.version_published({ detail: 'Publish a new version instead.' });
    return row;
  }

  /**
   * One page of change notices, then the next page as its own job: a shop with a million
   * customers never holds one transaction open for all of them, and a failed page is retried alone.
   */
  async function sendChangeNoticeBatch(ctx: Ctx, page: NoticeBatch): Promise<{ mailed: number }> {
    const version = await publishedVersion(ctx, page.kind, page.version);
    const contacts = await deps.listCustomerContacts(ctx, page.afterId, batchSize);
    // Safe to run twice: a page already sent is recorded, and this run stops here.
    if (!(await repo.claimNoticeBatch(ctx.tx, { ...page, recipients: contacts.length, sentAt: ctx.clock.now() }))) return { mailed: 0 };
    const notice = { kind: page.kind, version: page.version, summary: version.summary, effectiveAt: version.effective_at, link: `${deps.publicUrl}/legal/${page.kind}`, shopTimeZone: deps.shopTimeZone };
    for (const contact of contacts) await deps.notifications.queueMail(ctx, changeNoticeMail(contact.email, shopLocale(contact.locale), notice));
    const last = contacts.at(-1);
    if (contacts.length === batchSize && last) {
      await ctx.jobs.send(NOTIFY_MATERIAL_CHANGE_JOB, { kind: page.kind, version: page.version, batch: page.batch + 1, afterId: last.id } satisfies NoticeBatch);
    }
    return { mailed: contacts.length };
  }

  /** The job handler: one page per job, in its own transaction. */
  async function handleChangeNoticeJob(page: NoticeBatch, job: { id: string }): Promise<void> {
    await deps.runUseCase({ kind: 'system', job: NOTIFY_MATERIAL_CHANGE_JOB }, `job:${job.id}`, (ctx) => sendChangeNoticeBatch(ctx, page));
  }

  return {
    currentVersion,
    documentsInForce,
    documentInForce,
    publishedVersions,
    publishedVersion,
    recordAcceptance,
    pendingAcceptances,
    acceptancesOf,
    listVersions,
    createDraft,
    updateDraft,
    publish,
    sendChangeNoticeBatch,
    handleChangeNoticeJob,
  };
}

export type LegalService = ReturnType<typeof createLegalService>;
