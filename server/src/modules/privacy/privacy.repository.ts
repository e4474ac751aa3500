import { sql, type Kysely } from 'kysely';
import type { CookieConsentRow, GuardianConsentRow, MarketingConsentRow, NewGuardianConsent, NewMarketingConsent, PrivacyTables } from './privacy.tables.ts';

type Db = Kysely<PrivacyTables>;

/** All SQL of the privacy module. */
export const privacyRepository = {
  async insertCookieConsent(db: Db, row: CookieConsentRow): Promise<void> {
    await db.insertInto('privacy.cookie_consents').values(row).execute();
  },

  async findCookieConsent(db: Db, id: string): Promise<CookieConsentRow | undefined> {
    return db.selectFrom('privacy.cookie_consents').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** Serialises changes to one customer's marketing choices until the transaction ends. */
  async lockMarketingChoices(db: Db, customerId: string): Promise<void> {
    await sql`select pg_advisory_xact_lock(hashtext(${`privacy.marketing:${customerId}`}))`.execute(db);
  },

  /** The decision in force per channel: the latest row of each channel that has one. */
  async latestMarketingConsents(db: Db, customerId: string): Promise<MarketingConsentRow[]> {
    return db
      .selectFrom('privacy.marketing_consents')
      .distinctOn('channel')
      .selectAll()
      .where('customer_id', '=', customerId)
      .orderBy('channel')
      .orderBy('seq', 'desc')
      .execute();
  },

  /** Every decision, newest first. */
  async marketingConsentHistory(db: Db, customerId: string, limit: number): Promise<MarketingConsentRow[]> {
    return db
      .selectFrom('privacy.marketing_consents')
      .selectAll()
      .where('customer_id', '=', customerId)
      .orderBy('seq', 'desc')
      .limit(limit)
      .execute();
  },

  async insertMarketingConsents(db: Db, rows: NewMarketingConsent[]): Promise<void> {
    if (rows.length > 0) await db.insertInto('privacy.marketing_consents').values(rows).execute();
  },

  async insertGuardianConsent(db: Db, row: NewGuardianConsent): Promise<void> {
    await db.insertInto('privacy.guardian_consents').values(row).execute();
  },

  async guardianConsentsOf(db: Db, customerId: string): Promise<GuardianConsentRow[]> {
    return db.selectFrom('privacy.guardian_consents').selectAll().where('customer_id', '=', customerId).orderBy('seq', 'desc').execute();
  },

  async setting(db: Db, name: string): Promise<string | undefined> {
    return (await db.selectFrom('privacy.settings').select('value').where('name', '=', name).executeTakeFirst())?.value;
  },
};
