import { sql, type Kysely } from 'kysely';
import type { AccountRow, CustomersTables, GuardianRow, SessionRow, StaffViewRow, TokenPurpose, TokenRow } from './customers.tables.ts';

type Db = Kysely<CustomersTables>;

/** All SQL of the customers module. */
export const customersRepository = {
  async insertAccount(db: Db, account: AccountRow): Promise<void> {
    await db.insertInto('customers.accounts').values(account).execute();
  },

  async findAccountByEmail(db: Db, email: string): Promise<AccountRow | undefined> {
    return db.selectFrom('customers.accounts').selectAll().where(sql<string>`lower(email)`, '=', email.toLowerCase()).executeTakeFirst();
  },

  async findAccount(db: Db, id: string, options: { forUpdate?: boolean } = {}): Promise<AccountRow | undefined> {
    return db
      .selectFrom('customers.accounts')
      .selectAll()
      .where('id', '=', id)
      .$if(options.forUpdate === true, (q) => q.forUpdate())
      .executeTakeFirst();
  },

  async updateAccount(db: Db, id: string, changes: Partial<Omit<AccountRow, 'id' | 'created_at'>> & { updated_at: Date }): Promise<void> {
    await db.updateTable('customers.accounts').set(changes).where('id', '=', id).execute();
  },

  async listAccounts(db: Db, filter: { query?: string | undefined; state?: string | undefined; after?: string | undefined; limit: number }): Promise<AccountRow[]> {
    return db
      .selectFrom('customers.accounts')
      .selectAll()
      .$if(filter.query !== undefined, (q) => q.where((eb) => eb.or([eb('email', 'ilike', `%${filter.query}%`), eb('name', 'ilike', `%${filter.query}%`)])))
      .$if(filter.state !== undefined, (q) => q.where('state', '=', filter.state as AccountRow['state']))
      .$if(filter.after !== undefined, (q) => q.where('id', '<', filter.after!))
      .orderBy('id', 'desc')
      .limit(filter.limit)
      .execute();
  },

  async insertSession(db: Db, session: SessionRow): Promise<void> {
    await db.insertInto('customers.sessions').values(session).execute();
  },

  /** The live session for a token: not ended, not expired, its account allowed to sign in. */
  async findLiveSession(db: Db, tokenHash: string, now: Date): Promise<(SessionRow & { state: AccountRow['state'] }) | undefined> {
    return db
      .selectFrom('customers.sessions as s')
      .innerJoin('customers.accounts as a', 'a.id', 's.customer_id')
      .selectAll('s')
      .select('a.state')
      .where('s.token_hash', '=', tokenHash)
      .where('s.ended_at', 'is', null)
      .where('s.expires_at', '>', now)
      .executeTakeFirst();
  },

  async touchSession(db: Db, id: string, now: Date): Promise<void> {
    await db.updateTable('customers.sessions').set({ last_seen_at: now }).where('id', '=', id).execute();
  },

  /** The customer's own sessions (staff views are listed apart, as staff views). */
  async liveSessions(db: Db, customerId: string, now: Date): Promise<SessionRow[]> {
    return db
      .selectFrom('customers.sessions')
      .selectAll()
      .where('customer_id', '=', customerId)
      .where('staff_view_id', 'is', null)
      .where('ended_at', 'is', null)
      .where('expires_at', '>', now)
      .orderBy('last_seen_at', 'desc')
      .execute();
  },

  async hasSessionFromDevice(db: Db, customerId: string, device: string, userAgent: string | null): Promise<boolean> {
    const row = await db
      .selectFrom('customers.sessions')
      .select('id')
      .where('customer_id', '=', customerId)
      .where('device', '=', device)
      .where('user_agent', userAgent === null ? 'is' : '=', userAgent)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  },

  /** Ends sessions of a customer: one (`sessionId`), or all but one (`except`), or all. */
  async endSessions(db: Db, customerId: string, now: Date, reason: string, scope: { sessionId?: string; except?: string } = {}): Promise<number> {
    const result = await db
      .updateTable('customers.sessions')
      .set({ ended_at: now, end_reason: reason })
      .where('customer_id', '=', customerId)
      .where('ended_at', 'is', null)
      .$if(scope.sessionId !== undefined, (q) => q.where('id', '=', scope.sessionId!))
      .$if(scope.except !== undefined, (q) => q.where('id', '!=', scope.except!))
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  },

  async insertStaffView(db: Db, view: StaffViewRow): Promise<void> {
    await db.insertInto('customers.staff_views').values(view).execute();
  },

  async staffViews(db: Db, customerId: string): Promise<StaffViewRow[]> {
    return db.selectFrom('customers.staff_views').selectAll().where('customer_id', '=', customerId).orderBy('started_at', 'desc').execute();
  },

  async insertToken(db: Db, token: TokenRow): Promise<void> {
    await db.insertInto('customers.tokens').values(token).execute();
  },

  /** Claims a single-use token: returns it only the first time, and only before it expires. */
  async useToken(db: Db, tokenHash: string, purpose: TokenPurpose, now: Date): Promise<TokenRow | undefined> {
    return db
      .updateTable('customers.tokens')
      .set({ used_at: now })
      .where('token_hash', '=', tokenHash)
      .where('purpose', '=', purpose)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returningAll()
      .executeTakeFirst();
  },

  /** A token that stays valid after use (the guardian's link, which also withdraws consent). */
  async findToken(db: Db, tokenHash: string, purpose: TokenPurpose, now: Date): Promise<TokenRow | undefined> {
    return db
      .selectFrom('customers.tokens')
      .selectAll()
      .where('token_hash', '=', tokenHash)
      .where('purpose', '=', purpose)
      .where('expires_at', '>', now)
      .executeTakeFirst();
  },

  async revokeTokens(db: Db, customerId: string, purpose: TokenPurpose, now: Date): Promise<void> {
    await db.updateTable('customers.tokens').set({ used_at: now }).where('customer_id', '=', customerId).where('purpose', '=', purpose).where('used_at', 'is', null).execute();
  },

  async upsertGuardian(db: Db, guardian: GuardianRow): Promise<void> {
    await db
      .insertInto('customers.guardians')
      .values(guardian)
      .onConflict((oc) => oc.column('customer_id').doUpdateSet({ guardian_email: guardian.guardian_email, confirmed_at: guardian.confirmed_at, withdrawn_at: guardian.withdrawn_at }))
      .execute();
  },

  async findGuardian(db: Db, customerId: string): Promise<GuardianRow | undefined> {
    return db.selectFrom('customers.guardians').selectAll().where('customer_id', '=', customerId).executeTakeFirst();
  },

  /** Restricted minors whose 18th birthday is on or before `today`. */
  async minorsComingOfAge(db: Db, adultBornOnOrBefore: string): Promise<AccountRow[]> {
    return db
      .selectFrom('customers.accounts')
      .selectAll()
      .where('state', '=', 'restricted')
      .where('restriction', '=', 'guardian_pending')
      .where('birth_date', '<=', adultBornOnOrBefore)
      .execute();
  },

  async isBlocked(db: Db, hashes: string[]): Promise<boolean> {
    if (hashes.length === 0) return false;
    const row = await db.selectFrom('customers.blocked_identities').select('identity_hash').where('identity_hash', 'in', hashes).executeTakeFirst();
    return row !== undefined;
  },

  async block(db: Db, entries: { identity_hash: string; kind: 'email' | 'phone' }[], now: Date): Promise<void> {
    if (entries.length === 0) return;
    await db.insertInto('customers.blocked_identities').values(entries.map((e) => ({ ...e, blocked_at: now }))).onConflict((oc) => oc.doNothing()).execute();
  },

  async grantEntitlement(db: Db, entitlement: { id: string; customer_id: string; kind: string; percent_off: number; granted_at: Date }): Promise<void> {
    await db.insertInto('customers.entitlements').values({ ...entitlement, used_at: null }).onConflict((oc) => oc.doNothing()).execute();
  },

  async entitlements(db: Db, customerId: string) {
    return db.selectFrom('customers.entitlements').selectAll().where('customer_id', '=', customerId).execute();
  },

  /** Marks an unused entitlement used; false when there is none left (the row lock makes a race use it once). */
  async useEntitlement(db: Db, customerId: string, kind: string, at: Date): Promise<boolean> {
    const used = await db.updateTable('customers.entitlements').set({ used_at: at })
      .where('customer_id', '=', customerId).where('kind', '=', kind).where('used_at', 'is', null)
      .returning('id').executeTakeFirst();
    return used !== undefined;
  },

  async openSecurityCase(db: Db, row: { id: string; customer_id: string; description: string; opened_at: Date }): Promise<void> {
    await db.insertInto('customers.security_cases').values({ ...row, status: 'open' }).execute();
  },

  async contactsAfter(db: Db, afterId: string | null, limit: number): Promise<{ id: string; email: string; locale: string }[]> {
    return db
      .selectFrom('customers.accounts')
      .select(['id', 'email', 'locale'])
      .where('state', '!=', 'closed')
      .where('email_verified_at', 'is not', null)
      .$if(afterId !== null, (q) => q.where('id', '>', afterId!))
      .orderBy('id')
      .limit(limit)
      .execute();
  },
};
