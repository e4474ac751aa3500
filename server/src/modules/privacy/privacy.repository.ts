import type { Kysely } from 'kysely';
import type { CookieConsentRow, PrivacyTables } from './privacy.tables.ts';

type Db = Kysely<PrivacyTables>;

/** All SQL of the privacy module. */
export const privacyRepository = {
  async insertCookieConsent(db: Db, row: CookieConsentRow): Promise<void> {
    await db.insertInto('privacy.cookie_consents').values(row).execute();
  },

  async findCookieConsent(db: Db, id: string): Promise<CookieConsentRow | undefined> {
    return db.selectFrom('privacy.cookie_consents').selectAll().where('id', '=', id).executeTakeFirst();
  },
};
