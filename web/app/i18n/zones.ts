import type { Locale } from "./locales";

/**
 * Where the visitor wants goods sent (DEL-1's zones): delivery estimates on listings and product
 * pages depend on it (CAT-4). The codes are the API's `zone` values and the `zone` cookie's.
 */
export const DELIVERY_ZONES = ["HK", "CN", "ASIA", "ROW"] as const;

export type DeliveryZone = (typeof DELIVERY_ZONES)[number];

export function isDeliveryZone(value: unknown): value is DeliveryZone {
  return (DELIVERY_ZONES as readonly unknown[]).includes(value);
}

/**
 * Before the visitor chooses: Hong Kong, where the house trades, except for readers of
 * Simplified Chinese, who are mostly in mainland China and would otherwise see Hong Kong's
 * shorter windows. The footer's "Ship to" choice overrides either.
 */
export function defaultZoneFor(locale: Locale): DeliveryZone {
  return locale === "zh-Hans" ? "CN" : "HK";
}
