import type { Zone } from '../inventory/index.ts';

/** Order numbers customers read and quote: V, the year, and a sequence number. */
export function orderNumber(year: number, sequence: bigint): string {
  return `V${year}-${sequence.toString().padStart(6, '0')}`;
}

const ASIA = new Set(['JP', 'KR', 'TW', 'MO', 'SG', 'MY', 'TH', 'VN', 'PH', 'ID', 'IN', 'AE', 'SA', 'QA', 'KW', 'BH', 'OM', 'IL', 'KZ', 'MN', 'KH', 'LA', 'MM', 'BN', 'LK', 'NP', 'BD', 'PK']);

/** DEL-1: the delivery zone of a destination country. */
export function zoneOfCountry(countryCode: string): Zone {
  if (countryCode === 'HK') return 'HK';
  if (countryCode === 'CN') return 'CN';
  return ASIA.has(countryCode) ? 'ASIA' : 'ROW';
}

/** The sum the customer reviewed must be the sum they are asked to pay: nothing else goes through. */
export function sameTotal(reviewed: number, current: number): boolean {
  return Number.isSafeInteger(reviewed) && reviewed === current;
}
