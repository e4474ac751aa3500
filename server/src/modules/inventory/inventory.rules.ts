import type { Origin, Zone } from './inventory.tables.ts';

export const ZONES: readonly Zone[] = ['HK', 'CN', 'ASIA', 'ROW'];

/** Stock of one variant at one location, with what the location takes to hand it to a carrier. */
export interface StockAtLocation {
  locationId: string;
  origin: Origin;
  handlingDaysMin: number;
  handlingDaysMax: number;
  available: number;
}

export interface DeliveryEstimate {
  shipsFrom: Origin;
  locationId: string;
  daysMin: number;
  daysMax: number;
  crossBorder: boolean;
}

export type TransitTable = ReadonlyMap<string, { daysMin: number; daysMax: number }>;

export const transitKey = (origin: Origin, zone: Zone): string => `${origin}:${zone}`;

/** The zone an origin delivers to without crossing a border; Europe, the US and Japan never do for us. */
const HOME_ZONE: Partial<Record<Origin, Zone>> = { HK: 'HK', CN: 'CN' };

/**
 * CAT-4: the delivery window from the location that gets the goods to the customer soonest:
 * handling time plus transit time to the zone. Locations without available stock or without a
 * known route to the zone are passed over; null when none can deliver.
 */
export function bestDelivery(stock: readonly StockAtLocation[], transit: TransitTable, zone: Zone): DeliveryEstimate | null {
  let best: DeliveryEstimate | null = null;
  for (const place of stock) {
    if (place.available <= 0) continue;
    const route = transit.get(transitKey(place.origin, zone));
    if (!route) continue;
    const estimate: DeliveryEstimate = {
      shipsFrom: place.origin,
      locationId: place.locationId,
      daysMin: place.handlingDaysMin + route.daysMin,
      daysMax: place.handlingDaysMax + route.daysMax,
      crossBorder: HOME_ZONE[place.origin] !== zone,
    };
    if (!best || estimate.daysMax < best.daysMax || (estimate.daysMax === best.daysMax && estimate.daysMin < best.daysMin)) best = estimate;
  }
  return best;
}
