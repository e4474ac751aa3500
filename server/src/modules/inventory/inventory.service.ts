import type { Ctx } from '../../kernel/context.ts';
import { newId } from '../../kernel/ids.ts';
import { InventoryErrors } from './inventory.errors.ts';
import { inventoryRepository as repo } from './inventory.repository.ts';
import { bestDelivery, transitKey, type DeliveryEstimate, type StockAtLocation, type TransitTable } from './inventory.rules.ts';
import type { LocationRow, TransitTimeRow, Zone } from './inventory.tables.ts';

export interface InventoryDeps {
  /** Told whenever stock changes, so the storefront's listings follow in the same transaction. */
  stockChanged(ctx: Ctx, variantIds: readonly string[]): Promise<void>;
  /** How long locations and transit times may be read from memory. */
  referenceTtlMs?: number;
}

export interface VariantStock {
  available: number;
  locations: StockAtLocation[];
}

interface Reference {
  locations: Map<string, LocationRow>;
  transit: TransitTable;
  loadedAt: number;
}

export function createInventoryService(deps: InventoryDeps) {
  const ttl = deps.referenceTtlMs ?? 5_000;
  let reference: Reference | undefined;

  /** Locations and transit times change rarely and are read on every page: kept for a few seconds. */
  async function referenceData(ctx: Ctx): Promise<Reference> {
    if (reference && Date.now() - reference.loadedAt < ttl) return reference;
    const [locations, transit] = await Promise.all([repo.locations(ctx.tx), repo.transitTimes(ctx.tx)]);
    reference = {
      locations: new Map(locations.map((l) => [l.id, l])),
      transit: new Map(transit.map((t) => [transitKey(t.origin, t.zone), { daysMin: t.days_min, daysMax: t.days_max }])),
      loadedAt: Date.now(),
    };
    return reference;
  }

  /** Available units (on hand minus reserved) per variant, over its active locations. */
  async function stockOf(ctx: Ctx, variantIds: readonly string[]): Promise<Map<string, VariantStock>> {
    const [{ locations }, lines] = await Promise.all([referenceData(ctx), repo.stockOf(ctx.tx, variantIds)]);
    const result = new Map<string, VariantStock>(variantIds.map((id) => [id, { available: 0, locations: [] }]));
    for (const line of lines) {
      const location = locations.get(line.location_id);
      if (!location?.active) continue;
      const available = Math.max(0, line.on_hand - line.reserved);
      const entry = result.get(line.variant_id)!;
      entry.available += available;
      entry.locations.push({
        locationId: location.id, origin: location.origin, available,
        handlingDaysMin: location.handling_days_min, handlingDaysMax: location.handling_days_max,
      });
    }
    return result;
  }

  /**
   * Holds units of a variant at a location for an order line. The level is locked first, so two
   * orders racing for the last unit cannot both get it.
   */
  async function reserve(ctx: Ctx, input: { variantId: string; locationId: string; quantity: number; reference: string }): Promise<string> {
    const level = await repo.lockLevel(ctx.tx, input.variantId, input.locationId);
    if (!level || level.on_hand - level.reserved < input.quantity) throw InventoryErrors.insufficient_stock();
    const id = newId('rsv', ctx.clock.now().getTime());
    const at = ctx.clock.now();
    await repo.insertReservation(ctx.tx, { id, variant_id: input.variantId, location_id: input.locationId, quantity: input.quantity, reference: input.reference, created_at: at });
    await repo.addReserved(ctx.tx, input.variantId, input.locationId, input.quantity, at);
    await deps.stockChanged(ctx, [input.variantId]);
    return id;
  }

  return {
    referenceData,
    stockOf,

    /** CAT-4: per variant, the soonest delivery window to the zone from stock that is available now. */
    async deliveryEstimates(ctx: Ctx, variantIds: readonly string[], zone: Zone): Promise<Map<string, { available: number; delivery: DeliveryEstimate | null }>> {
      const [{ transit }, stock] = await Promise.all([referenceData(ctx), stockOf(ctx, variantIds)]);
      return new Map([...stock].map(([id, s]) => [id, { available: s.available, delivery: bestDelivery(s.locations, transit, zone) }]));
    },

    /** On hand and reserved per variant and location, as staff manage them (inactive locations too). */
    async levelsOf(ctx: Ctx, variantIds: readonly string[]): Promise<{ variant_id: string; location_id: string; on_hand: number; reserved: number }[]> {
      return repo.stockOf(ctx.tx, variantIds);
    },

    async listLocations(ctx: Ctx): Promise<LocationRow[]> {
      return [...(await referenceData(ctx)).locations.values()];
    },

    /** Sets the units on the shelf at a location; never below what orders have reserved there. */
    async setOnHand(ctx: Ctx, variantId: string, locationId: string, onHand: number): Promise<void> {
      const { locations } = await referenceData(ctx);
      if (!locations.has(locationId)) throw InventoryErrors.location_not_found();
      const current = await repo.lockLevel(ctx.tx, variantId, locationId);
      if (current && onHand < current.reserved) {
        throw InventoryErrors.below_reserved({ detail: `${current.reserved} units are reserved for orders at this location.` });
      }
      await repo.upsertOnHand(ctx.tx, variantId, locationId, onHand, ctx.clock.now());
      await deps.stockChanged(ctx, [variantId]);
    },

    reserve,

    /**
     * Reserves a line's units at the location that delivers them soonest to the zone among those
     * holding enough (CAT-4); the chosen level is locked and checked again before it is taken.
     */
    async reserveBest(ctx: Ctx, input: { variantId: string; quantity: number; zone: Zone; reference: string }) {
      const [{ transit }, stock] = await Promise.all([referenceData(ctx), stockOf(ctx, [input.variantId])]);
      const enough = stock.get(input.variantId)!.locations.filter((l) => l.available >= input.quantity);
      const delivery = bestDelivery(enough, transit, input.zone);
      if (!delivery) throw InventoryErrors.insufficient_stock();
      const reservationId = await reserve(ctx, { variantId: input.variantId, locationId: delivery.locationId, quantity: input.quantity, reference: input.reference });
      return { reservationId, delivery };
    },

    /** Gives reserved units back (an order cancelled or unpaid); releasing twice changes nothing. */
    async release(ctx: Ctx, reservationId: string): Promise<void> {
      const at = ctx.clock.now();
      const released = await repo.releaseReservation(ctx.tx, reservationId, at);
      if (!released) return;
      await repo.lockLevel(ctx.tx, released.variant_id, released.location_id);
      await repo.addReserved(ctx.tx, released.variant_id, released.location_id, -released.quantity, at);
      await deps.stockChanged(ctx, [released.variant_id]);
    },

    /**
     * The reserved units left with a parcel (ORD-2): on hand and reserved both go down, so what
     * is available does not change. Consuming twice changes nothing.
     */
    async consume(ctx: Ctx, reservationId: string): Promise<void> {
      const at = ctx.clock.now();
      const consumed = await repo.consumeReservation(ctx.tx, reservationId, at);
      if (!consumed) return;
      await repo.lockLevel(ctx.tx, consumed.variant_id, consumed.location_id);
      await repo.takeReserved(ctx.tx, consumed.variant_id, consumed.location_id, consumed.quantity, at);
    },

    /** Bulk loading for demo data and imports: locations, routes and levels, replaced whole. */
    async loadReference(ctx: Ctx, locations: LocationRow[], transit: TransitTimeRow[]): Promise<void> {
      await repo.insertLocations(ctx.tx, locations);
      await repo.upsertTransitTimes(ctx.tx, transit);
      reference = undefined;
    },

    async loadLevels(ctx: Ctx, levels: { variant_id: string; location_id: string; on_hand: number }[]): Promise<void> {
      await repo.upsertLevels(ctx.tx, levels, ctx.clock.now());
    },

    /** Forgets the cached locations and transit times (after staff change them). */
    forgetReference(): void {
      reference = undefined;
    },
  };
}

export type InventoryService = ReturnType<typeof createInventoryService>;
