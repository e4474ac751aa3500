import { CURRENCY_EXPONENT, type CurrencyCode } from "../i18n/money";

/** The backstage pricing API (pricing.schemas.ts) as these pages read it. Money in minor units. */
export const PRICING_API = "/admin/pricing";

export const DELIVERY_METHODS = ["standard", "express"] as const;
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

/** A designer, category or promotion offered in a picker. */
export interface Choice {
  id: string;
  name: string;
}

/** A condition or action of a promotion, as stored. */
export interface PromotionRule {
  type: string;
  config: Record<string, unknown>;
}

export type CombinesWith = "all" | "none" | string[];

export interface AdminPromotion {
  id: string;
  name: string;
  trigger: "automatic" | "code";
  conditions: PromotionRule[];
  actions: PromotionRule[];
  priority: number;
  combinesWith: CombinesWith;
  usageLimit: number | null;
  perCustomerLimit: number | null;
  timesUsed: number;
  active: boolean;
  codes: number;
  codesUsed: number;
  createdAt: string;
  updatedAt: string;
}

export interface AdminCode {
  code: string;
  promotionId: string;
  singleUse: boolean;
  active: boolean;
  usedAt: string | null;
  usedOrderId: string | null;
  createdAt: string;
}

/** The part of JSON Schema the rule registry uses to describe each rule's config. */
export interface JsonSchema {
  type?: string;
  format?: string;
  description?: string;
  const?: unknown;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  patternProperties?: Record<string, JsonSchema>;
  items?: JsonSchema;
}

export interface RuleDefinition {
  type: string;
  description: string;
  config: JsonSchema;
}

export interface RuleCatalogue {
  conditions: RuleDefinition[];
  actions: RuleDefinition[];
}

export interface RateBand {
  upTo: number | null;
  amount: number;
}

export interface DeliveryRate {
  zone: string;
  method: DeliveryMethod;
  basis: "weight" | "value";
  bands: RateBand[];
  freeFromHkd: number | null;
  updatedAt: string;
}

export interface DutyRule {
  zone: string;
  rateBasisPoints: number;
  deMinimisHkd: number;
  note: string;
  updatedAt: string;
}

/** Where each change is sent (pricing.admin-routes.ts). */
export const pricingApiPaths = {
  rules: `${PRICING_API}/promotion-rules`,
  promotions: `${PRICING_API}/promotions`,
  promotion: (id: string) => `${PRICING_API}/promotions/${id}`,
  deactivate: (id: string) => `${PRICING_API}/promotions/${id}/deactivate`,
  codes: (id: string) => `${PRICING_API}/promotions/${id}/codes`,
  withdrawCode: (code: string) => `${PRICING_API}/codes/${encodeURIComponent(code)}/deactivate`,
  rates: `${PRICING_API}/delivery-rates`,
  rate: (zone: string, method: string) => `${PRICING_API}/delivery-rates/${zone}/${method}`,
  duties: `${PRICING_API}/duty-rules`,
  duty: (zone: string) => `${PRICING_API}/duty-rules/${zone}`,
};

/** Promotion ids as the API writes them; anything else is not asked about (a 404 here). */
export function isPromotionId(value: unknown): value is string {
  return typeof value === "string" && /^promo_[0-9a-z]{26}$/.test(value);
}

/** The condition that holds a promotion's window; the editor shows it as two fields of its own. */
export const WINDOW_RULE = "date_window";

export function promotionWindow(promotion: { conditions: readonly PromotionRule[] }): { from: string | null; until: string | null } {
  const rule = promotion.conditions.find((condition) => condition.type === WINDOW_RULE);
  const at = (name: string) => (typeof rule?.config[name] === "string" ? (rule.config[name] as string) : null);
  return { from: at("from"), until: at("until") };
}

/** An instant as a `datetime-local` value in Hong Kong time (UTC+8 all year, no summer time). */
export function isoToShopLocal(iso: string): string {
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return "";
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
}

/** "400" or "1234.50" typed for an amount, as minor units; zero allowed; null when not an amount. */
export function parseAmount(text: string, currency: CurrencyCode = "HKD"): number | null {
  const exponent = CURRENCY_EXPONENT[currency];
  const match = /^(\d{1,12})(?:\.(\d+))?$/.exec(text.replaceAll(",", "").trim());
  if (!match || (match[2] ?? "").length > exponent) return null;
  return Number(match[1]) * 10 ** exponent + Number((match[2] ?? "").padEnd(exponent, "0") || "0");
}

/** Minor units as an amount field shows them again: "400" when whole, else "1234.50". */
export function amountText(minor: number, currency: CurrencyCode = "HKD"): string {
  const exponent = CURRENCY_EXPONENT[currency];
  if (exponent === 0 || minor % 10 ** exponent === 0) return String(minor / 10 ** exponent);
  const digits = String(minor).padStart(exponent + 1, "0");
  return `${digits.slice(0, -exponent)}.${digits.slice(-exponent)}`;
}

/** A whole number typed in a field, within bounds; null otherwise. */
export function parseWhole(text: string, min: number, max = 1_000_000_000): number | null {
  if (!/^-?\d{1,10}$/.test(text.trim())) return null;
  const value = Number(text.trim());
  return value >= min && value <= max ? value : null;
}

export type PromotionState = "active" | "scheduled" | "expired" | "ended";

/** Ended by staff, outside its window, or running now. */
export function promotionState(promotion: { active: boolean; conditions: readonly PromotionRule[] }, now: Date): PromotionState {
  if (!promotion.active) return "ended";
  const window = promotionWindow(promotion);
  if (window.until && new Date(window.until) <= now) return "expired";
  if (window.from && new Date(window.from) > now) return "scheduled";
  return "active";
}
