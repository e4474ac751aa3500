import type { Kysely } from 'kysely';
import type { AccessTables, SupplierOrganisationRow, SupplierUserRow } from './access.tables.ts';

type Db = Kysely<AccessTables>;

/** All SQL of supplier organisations and their users. */
export const suppliersRepository = {
  async insertOrganisation(db: Db, row: SupplierOrganisationRow): Promise<void> {
    await db.insertInto('access.supplier_organisations').values(row).execute();
  },

  async findOrganisation(db: Db, id: string): Promise<SupplierOrganisationRow | undefined> {
    return db.selectFrom('access.supplier_organisations').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async listOrganisations(db: Db): Promise<SupplierOrganisationRow[]> {
    return db.selectFrom('access.supplier_organisations').selectAll().orderBy('name').orderBy('id').execute();
  },

  async insertUser(db: Db, row: SupplierUserRow): Promise<void> {
    await db.insertInto('access.supplier_users').values(row).execute();
  },

  async findUserByEmail(db: Db, email: string): Promise<SupplierUserRow | undefined> {
    return db.selectFrom('access.supplier_users').selectAll().where('email', '=', email).executeTakeFirst();
  },

  async findUser(db: Db, id: string): Promise<SupplierUserRow | undefined> {
    return db.selectFrom('access.supplier_users').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async listUsers(db: Db, organisationId: string): Promise<SupplierUserRow[]> {
    return db.selectFrom('access.supplier_users').selectAll().where('organisation_id', '=', organisationId).orderBy('created_at').execute();
  },
};
