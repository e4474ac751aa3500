import { sql, type Kysely } from 'kysely';
import type { InventoryTables, LocationRow, TransitTimeRow } from './inventory.tables.ts';

type Db = Kysely<InventoryTables>;

export interface StockLine {
  variant_id: string;
  location_id: string;
  on_hand: number;
  reserved: number;
}

/** All SQL of the inventory module. */
export const inventoryRepository = {
  async locations(db: Db): Promise<LocationRow[]> {
    return db.selectFrom('inventory.locations').selectAll().orderBy('code').execute();
  },

  async transitTimes(db: Db): Promise<TransitTimeRow[]> {
    return db.selectFrom('inventory.transit_times').selectAll().execute();
  },

  async stockOf(db: Db, variantIds: readonly string[]): Promise<StockLine[]> {
    if (variantIds.length === 0) return [];
    return db
      .selectFrom('inventory.stock_levels')
      .select(['variant_id', 'location_id', 'on_hand', 'reserved'])
      .where('variant_id', 'in', variantIds)
      .execute();
  },

  /** Locks the level so a concurrent reservation cannot slip between the check and the write. */
  async lockLevel(db: Db, variantId: string, locationId: string): Promise<StockLine | undefined> {
    return db
      .selectFrom('inventory.stock_levels')
      .select(['variant_id', 'location_id', 'on_hand', 'reserved'])
      .where('variant_id', '=', variantId)
      .where('location_id', '=', locationId)
      .forUpdate()
      .executeTakeFirst();
  },

  async addReserved(db: Db, variantId: string, locationId: string, quantity: number, at: Date): Promise<void> {
    await db
      .updateTable('inventory.stock_levels')
      .set((eb) => ({ reserved: eb('reserved', '+', quantity), updated_at: at }))
      .where('variant_id', '=', variantId)
      .where('location_id', '=', locationId)
      .execute();
  },

  /** Marks an open reservation released; returns it, or nothing when it was not open (idempotent release). */
  async releaseReservation(db: Db, id: string, at: Date): Promise<{ variant_id: string; location_id: string; quantity: number } | undefined> {
    return db
      .updateTable('inventory.reservations')
      .set({ released_at: at })
      .where('id', '=', id)
      .where('released_at', 'is', null)
      .where('consumed_at', 'is', null)
      .returning(['variant_id', 'location_id', 'quantity'])
      .executeTakeFirst();
  },

  /** Marks an open reservation consumed (its units left the shelf); nothing when it was not open. */
  async consumeReservation(db: Db, id: string, at: Date): Promise<{ variant_id: string; location_id: string; quantity: number } | undefined> {
    return db
      .updateTable('inventory.reservations')
      .set({ consumed_at: at })
      .where('id', '=', id)
      .where('released_at', 'is', null)
      .where('consumed_at', 'is', null)
      .returning(['variant_id', 'location_id', 'quantity'])
      .executeTakeFirst();
  },

  /** Units leave the shelf with the reservation that held them. */
  async takeReserved(db: Db, variantId: string, locationId: string, quantity: number, at: Date): Promise<void> {
    await db
      .updateTable('inventory.stock_levels')
      .set((eb) => ({ reserved: eb('reserved', '-', quantity), on_hand: eb('on_hand', '-', quantity), updated_at: at }))
      .where('variant_id', '=', variantId)
      .where('location_id', '=', locationId)
      .execute();
  },

  async insertReservation(db: Db, row: { id: string; variant_id: string; location_id: string; quantity: number; reference: string; created_at: Date }): Promise<void> {
    await db.insertInto('inventory.reservations').values({ ...row, released_at: null, consumed_at: null }).execute();
  },

  async upsertOnHand(db: Db, variantId: string, locationId: string, onHand: number, at: Date): Promise<void> {
    await db
      .insertInto('inventory.stock_levels')
      .values({ variant_id: variantId, location_id: locationId, on_hand: onHand, reserved: 0, updated_at: at })
      .onConflict((oc) => oc.columns(['variant_id', 'location_id']).doUpdateSet({ on_hand: onHand, updated_at: at }))
      .execute();
  },

  async insertLocations(db: Db, rows: LocationRow[]): Promise<void> {
    if (rows.length) await db.insertInto('inventory.locations').values(rows).onConflict((oc) => oc.column('code').doNothing()).execute();
  },

  async upsertTransitTimes(db: Db, rows: TransitTimeRow[]): Promise<void> {
    if (rows.length === 0) return;
    await db
      .insertInto('inventory.transit_times')
      .values(rows)
      .onConflict((oc) => oc.columns(['origin', 'zone']).doUpdateSet({ days_min: sql`excluded.days_min`, days_max: sql`excluded.days_max` }))
      .execute();
  },

  /** Bulk load for demo and import: levels replaced whole. */
  async upsertLevels(db: Db, rows: { variant_id: string; location_id: string; on_hand: number }[], at: Date): Promise<void> {
    if (rows.length === 0) return;
    await db
      .insertInto('inventory.stock_levels')
      .values(rows.map((r) => ({ ...r, reserved: 0, updated_at: at })))
      .onConflict((oc) => oc.columns(['variant_id', 'location_id']).doUpdateSet({ on_hand: sql`excluded.on_hand`, updated_at: at }))
      .execute();
  },
};
