import type { Kysely } from 'kysely';
import type { AddressRow, CustomersTables } from './customers.tables.ts';

type Db = Kysely<CustomersTables>;

/** The address book's SQL. Every query names the customer: an id alone opens nothing. */
export const addressesRepository = {
  async list(db: Db, customerId: string): Promise<AddressRow[]> {
    return db.selectFrom('customers.addresses').selectAll().where('customer_id', '=', customerId).orderBy('is_default', 'desc').orderBy('created_at').execute();
  },

  async find(db: Db, customerId: string, id: string): Promise<AddressRow | undefined> {
    return db.selectFrom('customers.addresses').selectAll().where('customer_id', '=', customerId).where('id', '=', id).executeTakeFirst();
  },

  async insert(db: Db, row: AddressRow): Promise<void> {
    await db.insertInto('customers.addresses').values(row).execute();
  },

  async update(db: Db, customerId: string, id: string, changes: Partial<Omit<AddressRow, 'id' | 'customer_id' | 'created_at'>>): Promise<void> {
    await db.updateTable('customers.addresses').set(changes).where('customer_id', '=', customerId).where('id', '=', id).execute();
  },

  async clearDefault(db: Db, customerId: string): Promise<void> {
    await db.updateTable('customers.addresses').set({ is_default: false }).where('customer_id', '=', customerId).where('is_default', '=', true).execute();
  },

  async remove(db: Db, customerId: string, id: string): Promise<number> {
    const result = await db.deleteFrom('customers.addresses').where('customer_id', '=', customerId).where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows);
  },
};
