import type { Origin, TransitTimeRow, Zone } from '../../modules/inventory/index.ts';

/** The demo's stock locations, by the key products refer to them with. */
export type LocationKey = 'hk' | 'cn' | 'eu' | 'supplier-a' | 'supplier-b';
export type SupplierKey = 'supplier-a' | 'supplier-b';

export interface DemoLocation {
  key: LocationKey;
  code: string;
  name: string;
  origin: Origin;
  handling: readonly [number, number];
  supplier?: SupplierKey;
}

export const LOCATIONS: readonly DemoLocation[] = [
  { key: 'hk', code: 'hk-kwai-chung', name: 'Hong Kong warehouse, Kwai Chung', origin: 'HK', handling: [1, 2] },
  { key: 'cn', code: 'cn-qianhai', name: 'Mainland China warehouse, Qianhai bonded zone', origin: 'CN', handling: [1, 2] },
  { key: 'eu', code: 'eu-milan', name: 'European warehouse, Milan', origin: 'EU', handling: [2, 4] },
  { key: 'supplier-a', code: 'supplier-atelier-lumiere', name: 'Atelier Lumière, Paris', origin: 'EU', handling: [2, 5], supplier: 'supplier-a' },
  { key: 'supplier-b', code: 'supplier-ginza-vintage', name: 'Ginza Vintage House, Tokyo', origin: 'JP', handling: [1, 3], supplier: 'supplier-b' },
];

/** The two supplier organisations that sell and ship their own goods through the shop (CAT-3). */
export const SUPPLIERS: Record<SupplierKey, { name: string }> = {
  // Made with the demo's backstage accounts (access module), with a supplier user who signs in.
  'supplier-a': { name: 'Atelier Lumière' },
  'supplier-b': { name: 'Ginza Vintage House' },
};

/** Days in transit from each origin to each destination zone, by road, air and customs. */
const TRANSIT: Record<Origin, Record<Zone, readonly [number, number]>> = {
  HK: { HK: [1, 2], CN: [3, 6], ASIA: [3, 5], ROW: [5, 9] },
  CN: { HK: [3, 6], CN: [2, 4], ASIA: [5, 8], ROW: [7, 12] },
  EU: { HK: [5, 9], CN: [7, 14], ASIA: [5, 9], ROW: [3, 6] },
  JP: { HK: [3, 5], CN: [4, 8], ASIA: [3, 5], ROW: [5, 9] },
  US: { HK: [5, 8], CN: [7, 12], ASIA: [5, 8], ROW: [3, 6] },
};

export function transitTimes(): TransitTimeRow[] {
  return Object.entries(TRANSIT).flatMap(([origin, zones]) =>
    Object.entries(zones).map(([zone, [min, max]]) => ({ origin: origin as Origin, zone: zone as Zone, days_min: min, days_max: max })));
}

/**
 * Where a product is stocked and who sells it. Most goods sit in Hong Kong and/or mainland
 * China; some only in Europe (the longer window), a few are sold out everywhere, and some are
 * sold and shipped by a supplier from its own location.
 */
export type StockProfile = 'hk-cn' | 'hk' | 'cn' | 'hk-eu' | 'eu' | 'sold-out' | SupplierKey;

/**
 * One cycle of 25 profiles in the proportions above. Products take them in a stride coprime with
 * 25, so any 25 consecutive products (the test catalogue has 48) meet every profile.
 */
const PROFILE_CYCLE: readonly StockProfile[] = [
  ...Array<StockProfile>(9).fill('hk-cn'), ...Array<StockProfile>(4).fill('hk'), ...Array<StockProfile>(3).fill('cn'),
  'hk-eu', 'hk-eu', 'eu', 'eu', 'sold-out', 'supplier-a', 'supplier-a', 'supplier-b', 'supplier-b',
];

export function stockProfile(serial: number): StockProfile {
  return PROFILE_CYCLE[(serial * 7) % PROFILE_CYCLE.length]!;
}

export function profileLocations(profile: StockProfile): LocationKey[] {
  switch (profile) {
    case 'hk-cn': return ['hk', 'cn'];
    case 'hk-eu': return ['hk', 'eu'];
    case 'sold-out': return ['hk'];
    default: return [profile];
  }
}
