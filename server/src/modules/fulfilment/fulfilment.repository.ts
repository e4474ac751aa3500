import { sql, type Kysely } from 'kysely';
import type { DeliveryEventRow, FulfilmentSettings, FulfilmentTables, RefusalRow, ShipmentRow } from './fulfilment.tables.ts';

type Db = Kysely<FulfilmentTables>;
const json = (value: unknown) => (value === null ? null : JSON.stringify(value));

/** All SQL of the fulfilment module. */
export const fulfilmentRepository = {
  async settings(db: Db): Promise<FulfilmentSettings> {
    return db.selectFrom('fulfilment.settings').selectAll().executeTakeFirstOrThrow();
  },

  async updateSettings(db: Db, changes: Partial<Omit<FulfilmentSettings, 'id' | 'updated_at'>>, at: Date): Promise<FulfilmentSettings> {
    return db.updateTable('fulfilment.settings').set({ ...changes, updated_at: at }).returningAll().executeTakeFirstOrThrow();
  },

  async insertShipment(db: Db, shipment: ShipmentRow, lines: { order_line_id: string; amount: bigint }[]): Promise<void> {
    await db.insertInto('fulfilment.shipments').values({
      ...shipment, consignee: json(shipment.consignee), authorised_proxy: json(shipment.authorised_proxy),
      received_by: json(shipment.received_by), id_check: json(shipment.id_check),
    } as never).execute();
    await db.insertInto('fulfilment.shipment_lines').values(lines.map((l) => ({ ...l, shipment_id: shipment.id }))).execute();
  },

  async shipmentCount(db: Db, orderId: string): Promise<number> {
    const row = await db.selectFrom('fulfilment.shipments').select((eb) => eb.fn.countAll<string>().as('n')).where('order_id', '=', orderId).executeTakeFirstOrThrow();
    return Number(row.n);
  },

  async byId(db: Db, id: string): Promise<ShipmentRow | undefined> {
    return db.selectFrom('fulfilment.shipments').selectAll().where('id', '=', id).executeTakeFirst();
  },

  /** The shipment, locked: events, deliveries and address changes on one parcel happen one at a time. */
  async lock(db: Db, id: string): Promise<ShipmentRow | undefined> {
    return db.selectFrom('fulfilment.shipments').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  },

  async lockByTracking(db: Db, carrier: string, trackingNumber: string): Promise<ShipmentRow | undefined> {
    return db.selectFrom('fulfilment.shipments').selectAll().where('carrier', '=', carrier).where('tracking_number', '=', trackingNumber).forUpdate().executeTakeFirst();
  },

  async update(db: Db, id: string, changes: Partial<ShipmentRow>, at: Date): Promise<void> {
    const encoded: Record<string, unknown> = { ...changes, updated_at: at };
    for (const key of ['consignee', 'authorised_proxy', 'received_by', 'id_check'] as const) if (key in changes) encoded[key] = json(changes[key] ?? null);
    await db.updateTable('fulfilment.shipments').set(encoded as never).where('id', '=', id).execute();
  },

  async linesOf(db: Db, shipmentIds: readonly string[]): Promise<{ shipment_id: string; order_line_id: string; amount: bigint }[]> {
    if (!shipmentIds.length) return [];
    return db.selectFrom('fulfilment.shipment_lines').selectAll().where('shipment_id', 'in', shipmentIds).execute();
  },

  /** Of these order lines, those already in a shipment. */
  async shippedLineIds(db: Db, orderLineIds: readonly string[]): Promise<Set<string>> {
    if (!orderLineIds.length) return new Set();
    const rows = await db.selectFrom('fulfilment.shipment_lines as sl').innerJoin('fulfilment.shipments as s', 's.id', 'sl.shipment_id')
      .select('sl.order_line_id').where('sl.order_line_id', 'in', orderLineIds).where('s.status', '!=', 'cancelled').execute();
    return new Set(rows.map((r) => r.order_line_id));
  },

  async ofOrder(db: Db, orderId: string): Promise<ShipmentRow[]> {
    return db.selectFrom('fulfilment.shipments').selectAll().where('order_id', '=', orderId).orderBy('created_at').execute();
  },

  /** Parcels of a location that are packed or on their way, oldest first: the backstage's work list. */
  async openAt(db: Db, locationId: string | null, limit: number): Promise<ShipmentRow[]> {
    let query = db.selectFrom('fulfilment.shipments').selectAll()
      .where('status', 'in', ['packing', 'in_transit', 'out_for_delivery', 'attempted', 'exception']);
    if (locationId) query = query.where('location_id', '=', locationId);
    return query.orderBy('created_at').limit(limit).execute();
  },

  async insertEvent(db: Db, event: DeliveryEventRow): Promise<boolean> {
    // A carrier event already recorded (same external id) is skipped: webhooks come twice.
    const inserted = await db.insertInto('fulfilment.delivery_events').values(event)
      .onConflict((oc) => oc.column('external_id').doNothing()).returning('id').executeTakeFirst();
    return inserted !== undefined;
  },

  async eventsOf(db: Db, shipmentIds: readonly string[]): Promise<DeliveryEventRow[]> {
    if (!shipmentIds.length) return [];
    return db.selectFrom('fulfilment.delivery_events').selectAll().where('shipment_id', 'in', shipmentIds).orderBy('occurred_at').orderBy('recorded_at').execute();
  },

  /** When the latest event that moves a parcel happened. */
  async latestMoveAt(db: Db, shipmentId: string): Promise<Date | null> {
    const row = await db.selectFrom('fulfilment.delivery_events').select((eb) => eb.fn.max('occurred_at').as('at'))
      .where('shipment_id', '=', shipmentId).where('kind', 'in', ['in_transit', 'out_for_delivery', 'attempted', 'exception'])
      .executeTakeFirst();
    return (row?.at as Date | null | undefined) ?? null;
  },

  async insertAddressChange(db: Db, change: { id: string; shipment_id: string; requested_by: 'customer' | 'consignee'; previous: unknown; address: unknown; at: Date }): Promise<void> {
    await db.insertInto('fulfilment.address_changes').values({ ...change, previous: json(change.previous), address: json(change.address) } as never).execute();
  },

  async insertRefusal(db: Db, refusal: RefusalRow): Promise<void> {
    await db.insertInto('fulfilment.refusals').values(refusal).execute();
  },

  async lockRefusal(db: Db, id: string): Promise<RefusalRow | undefined> {
    return db.selectFrom('fulfilment.refusals').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  },

  async refusalOf(db: Db, shipmentId: string): Promise<RefusalRow | undefined> {
    return db.selectFrom('fulfilment.refusals').selectAll().where('shipment_id', '=', shipmentId).executeTakeFirst();
  },

  async updateRefusal(db: Db, id: string, changes: Partial<RefusalRow>): Promise<void> {
    await db.updateTable('fulfilment.refusals').set(changes).where('id', '=', id).execute();
  },

  async pendingRefusals(db: Db, limit: number): Promise<RefusalRow[]> {
    return db.selectFrom('fulfilment.refusals').selectAll().where('classification', '=', 'pending').orderBy('refused_at').limit(limit).execute();
  },

  /** DEL-6: unjustified refusals by this customer since `since`. */
  async unjustifiedSince(db: Db, customerId: string, since: Date): Promise<number> {
    const row = await db.selectFrom('fulfilment.refusals').select((eb) => eb.fn.countAll<string>().as('n'))
      .where('customer_id', '=', customerId).where('classification', '=', 'unjustified').where('refused_at', '>=', since)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  async databaseNow(db: Db): Promise<Date> {
    const { rows } = await sql<{ now: Date }>`select now() as now`.execute(db);
    return rows[0]!.now;
  },
};
