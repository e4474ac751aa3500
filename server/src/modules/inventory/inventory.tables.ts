import type { Selectable } from 'kysely';

/** Where goods leave from; decides the transit time to each destination zone (CAT-4). */
export type Origin = 'HK' | 'CN' | 'EU' | 'US' | 'JP';
/** Destination zones of delivery (DEL-1). */
export type Zone = 'HK' | 'CN' | 'ASIA' | 'ROW';

export interface LocationsTable {
  id: string;
  code: string;
  name: string;
  origin: Origin;
  supplier_id: string | null;
  handling_days_min: number;
  handling_days_max: number;
  active: boolean;
  created_at: Date;
}

export interface TransitTimesTable {
  origin: Origin;
  zone: Zone;
  days_min: number;
  days_max: number;
}

export interface StockLevelsTable {
  variant_id: string;
  location_id: string;
  on_hand: number;
  reserved: number;
  updated_at: Date;
}

export interface ReservationsTable {
  id: string;
  variant_id: string;
  location_id: string;
  quantity: number;
  reference: string;
  created_at: Date;
  released_at: Date | null;
  consumed_at: Date | null;
}

export interface InventoryTables {
  'inventory.locations': LocationsTable;
  'inventory.transit_times': TransitTimesTable;
  'inventory.stock_levels': StockLevelsTable;
  'inventory.reservations': ReservationsTable;
}

export type LocationRow = Selectable<LocationsTable>;
export type TransitTimeRow = Selectable<TransitTimesTable>;
export type StockLevelRow = Selectable<StockLevelsTable>;
