import type { PlainMessageKey, Translate } from "../i18n/translate";

/**
 * The names the backstage gives to the registry's rules, their fields and their choices, in the
 * reader's language. A rule or field added to the registry later shows the API's own English
 * description and its field's name until it is given words here.
 */
const RULES: Readonly<Record<string, { label: PlainMessageKey; hint: PlainMessageKey }>> = {
  date_window: { label: "backstage.pricing.rule.date_window", hint: "backstage.pricing.rule.date_window.hint" },
  customer: { label: "backstage.pricing.rule.customer", hint: "backstage.pricing.rule.customer.hint" },
  zone: { label: "backstage.pricing.rule.zone", hint: "backstage.pricing.rule.zone.hint" },
  designers: { label: "backstage.pricing.rule.designers", hint: "backstage.pricing.rule.designers.hint" },
  categories: { label: "backstage.pricing.rule.categories", hint: "backstage.pricing.rule.categories.hint" },
  quantity_in_bag: { label: "backstage.pricing.rule.quantity_in_bag", hint: "backstage.pricing.rule.quantity_in_bag.hint" },
  minimum_spend: { label: "backstage.pricing.rule.minimum_spend", hint: "backstage.pricing.rule.minimum_spend.hint" },
  percent_off_lines: { label: "backstage.pricing.rule.percent_off_lines", hint: "backstage.pricing.rule.percent_off_lines.hint" },
  fixed_off_order: { label: "backstage.pricing.rule.fixed_off_order", hint: "backstage.pricing.rule.fixed_off_order.hint" },
  quantity_tiers: { label: "backstage.pricing.rule.quantity_tiers", hint: "backstage.pricing.rule.quantity_tiers.hint" },
  free_delivery: { label: "backstage.pricing.rule.free_delivery", hint: "backstage.pricing.rule.free_delivery.hint" },
};

const FIELDS: Readonly<Record<string, PlainMessageKey>> = {
  from: "backstage.pricing.field.from",
  until: "backstage.pricing.field.until",
  who: "backstage.pricing.field.who",
  zones: "backstage.pricing.field.zones",
  designerIds: "backstage.pricing.field.designerIds",
  categoryIds: "backstage.pricing.field.categoryIds",
  min: "backstage.pricing.field.min",
  max: "backstage.pricing.field.max",
  amountHkd: "backstage.pricing.field.amountHkd",
  percent: "backstage.pricing.field.percent",
  amounts: "backstage.pricing.field.amounts",
  tiers: "backstage.pricing.field.tiers",
  minQuantity: "backstage.pricing.field.minQuantity",
};

const OPTIONS: Readonly<Record<string, PlainMessageKey>> = {
  signed_in: "backstage.pricing.option.signed_in",
  new_member: "backstage.pricing.option.new_member",
  HK: "zone.HK",
  CN: "zone.CN",
  ASIA: "zone.ASIA",
  ROW: "zone.ROW",
};

export function ruleLabel(t: Translate, type: string): string {
  const known = RULES[type];
  return known ? t(known.label) : type;
}

export function ruleHint(t: Translate, type: string, apiDescription: string | undefined): string | undefined {
  const known = RULES[type];
  return known ? t(known.hint) : apiDescription;
}

export function fieldLabel(t: Translate, name: string): string {
  const known = FIELDS[name];
  return known ? t(known) : name;
}

export function optionLabel(t: Translate, value: string): string {
  const known = OPTIONS[value];
  return known ? t(known) : value;
}
