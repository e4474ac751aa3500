import { textField } from "../account/forms";
import type { CurrencyCode } from "../i18n/money";
import type { PlainMessageKey } from "../i18n/translate";
import { PRICE_CURRENCIES, shopLocalToIso } from "./catalogue";
import { amountText, isoToShopLocal, parseAmount, parseWhole, type JsonSchema } from "./pricing";

/**
 * The fields of a promotion rule, generated from the config schema the registry serves
 * (`GET /admin/pricing/promotion-rules`), so a new kind of rule needs no change here: what the
 * schema says is a whole number gets a number field, an `…Hkd` integer an amount in HK$, a list
 * of constants check boxes, a list of objects rows, and anything else a JSON box.
 */

export type Picker = "designers" | "categories";

export type RuleField =
  | { kind: "integer" | "number" | "money" | "instant" | "text" | "json"; name: string; required: boolean }
  | { kind: "choice" | "choices"; name: string; required: boolean; options: string[] }
  | { kind: "ids"; name: string; required: boolean; picker: Picker | null }
  | { kind: "currencyAmounts"; name: string; required: boolean; currencies: CurrencyCode[] }
  | { kind: "rows"; name: string; required: boolean; fields: RuleField[] };

/** A rule as the form holds it: values as typed, keyed by their path in the config ("tiers.0.percent"). */
export interface RuleDraft {
  type: string;
  values: Record<string, string | string[]>;
  /** How many rows each list of objects shows ("tiers" → 2). */
  rows: Record<string, number>;
}

/** Designer and category ids are picked from their lists; other id lists are typed. */
const PICKERS: Readonly<Record<string, Picker>> = { designerIds: "designers", categoryIds: "categories" };
/** Amounts per currency: every currency with a price list but HKD, which the `…Hkd` field holds. */
const OTHER_CURRENCIES = PRICE_CURRENCIES.filter((currency) => currency !== "HKD");

function constants(schema: JsonSchema | undefined): string[] | null {
  const options = schema?.anyOf;
  return options && options.length > 0 && options.every((option) => typeof option.const === "string") ? options.map((option) => option.const as string) : null;
}

function fieldOf(name: string, schema: JsonSchema, required: boolean): RuleField {
  const options = constants(schema);
  if (options) return { kind: "choice", name, required, options };
  switch (schema.type) {
    case "integer":
      return { kind: /Hkd$/.test(name) ? "money" : "integer", name, required };
    case "number":
      return { kind: "number", name, required };
    case "string":
      return { kind: schema.format === "date-time" ? "instant" : "text", name, required };
    case "array": {
      const itemOptions = constants(schema.items);
      if (itemOptions) return { kind: "choices", name, required, options: itemOptions };
      if (schema.items?.type === "string") return { kind: "ids", name, required, picker: PICKERS[name] ?? null };
      if (schema.items?.type === "object") return { kind: "rows", name, required, fields: ruleFields(schema.items) };
      break;
    }
    case "object": {
      const values = Object.values(schema.patternProperties ?? {});
      if (values.length === 1 && values[0]?.type === "integer") return { kind: "currencyAmounts", name, required, currencies: OTHER_CURRENCIES };
      break;
    }
  }
  return { kind: "json", name, required };
}

export function ruleFields(schema: JsonSchema | undefined): RuleField[] {
  const required = new Set(schema?.required ?? []);
  return Object.entries(schema?.properties ?? {}).map(([name, property]) => fieldOf(name, property, required.has(name)));
}

/** A new rule of this kind: empty fields, one row in each list. */
export function emptyRule(type: string, fields: readonly RuleField[]): RuleDraft {
  const rows: Record<string, number> = {};
  for (const field of fields) if (field.kind === "rows") rows[field.name] = 1;
  return { type, values: {}, rows };
}

/** A stored rule's config as the form shows it. */
export function draftOf(type: string, fields: readonly RuleField[], config: Record<string, unknown>): RuleDraft {
  const draft: RuleDraft = { type, values: {}, rows: {} };
  fillDraft(draft, fields, config, "");
  return draft;
}

function fillDraft(draft: RuleDraft, fields: readonly RuleField[], config: Record<string, unknown>, base: string): void {
  for (const field of fields) {
    const key = base + field.name;
    const value = config[field.name];
    switch (field.kind) {
      case "money":
        draft.values[key] = typeof value === "number" ? amountText(value) : "";
        break;
      case "instant":
        draft.values[key] = typeof value === "string" ? isoToShopLocal(value) : "";
        break;
      case "choices":
      case "ids":
        draft.values[key] = Array.isArray(value) ? value.map(String) : [];
        break;
      case "currencyAmounts": {
        const amounts = (value ?? {}) as Record<string, unknown>;
        for (const currency of field.currencies) {
          const amount = amounts[currency];
          draft.values[`${key}.${currency}`] = typeof amount === "number" ? amountText(amount, currency) : "";
        }
        break;
      }
      case "rows": {
        const items = Array.isArray(value) ? value : [];
        draft.rows[key] = items.length;
        items.forEach((item, index) => fillDraft(draft, field.fields, (item ?? {}) as Record<string, unknown>, `${key}.${index}.`));
        break;
      }
      case "json":
        draft.values[key] = value === undefined ? "" : JSON.stringify(value);
        break;
      default:
        draft.values[key] = value === undefined || value === null ? "" : String(value);
    }
  }
}

/** The rule's fields as posted (`<prefix>.config.<key>`). Rows left empty are dropped, the others renumbered. */
export function readRule(type: string, fields: readonly RuleField[], form: FormData, prefix: string): RuleDraft {
  const draft: RuleDraft = { type, values: {}, rows: {} };
  readInto(draft, fields, form, prefix, "", "");
  return draft;
}

function readInto(draft: RuleDraft, fields: readonly RuleField[], form: FormData, prefix: string, from: string, to: string): void {
  for (const field of fields) {
    const name = `${prefix}.config.${from}${field.name}`;
    const key = to + field.name;
    if (field.kind === "choices" || field.kind === "ids") {
      draft.values[key] = form.getAll(name).filter((v): v is string => typeof v === "string").map((v) => v.trim()).filter(Boolean);
    } else if (field.kind === "currencyAmounts") {
      for (const currency of field.currencies) draft.values[`${key}.${currency}`] = textField(form, `${name}.${currency}`);
    } else if (field.kind === "rows") {
      const posted = parseWhole(textField(form, `${prefix}.rows.${from}${field.name}`), 0, 50) ?? 0;
      let kept = 0;
      for (let index = 0; index < posted; index++) {
        const row: RuleDraft = { type: draft.type, values: {}, rows: {} };
        readInto(row, field.fields, form, prefix, `${from}${field.name}.${index}.`, "");
        if (isBlank(row)) continue;
        readInto(draft, field.fields, form, prefix, `${from}${field.name}.${index}.`, `${key}.${kept}.`);
        kept++;
      }
      draft.rows[key] = kept;
    } else {
      draft.values[key] = textField(form, name);
    }
  }
}

function isBlank(draft: RuleDraft): boolean {
  return Object.values(draft.values).every((value) => value.length === 0);
}

/** Errors of a rule's fields, keyed like its values. */
export type RuleErrors = Record<string, PlainMessageKey>;

/** The config the API is sent, or what is wrong with the fields as typed. */
export function configOf(fields: readonly RuleField[], draft: RuleDraft): { config: Record<string, unknown>; errors: RuleErrors } {
  const errors: RuleErrors = {};
  return { config: buildConfig(fields, draft, "", errors), errors };
}

function buildConfig(fields: readonly RuleField[], draft: RuleDraft, base: string, errors: RuleErrors): Record<string, unknown> {
  const config: Record<string, unknown> = {};
  for (const field of fields) {
    const key = base + field.name;
    const raw = draft.values[key];
    const text = typeof raw === "string" ? raw.trim() : "";
    const set = (value: unknown, invalid: boolean) => {
      if (invalid) errors[key] = "backstage.pricing.error.number";
      else config[field.name] = value;
    };
    switch (field.kind) {
      case "choices":
      case "ids": {
        const list = [...new Set((Array.isArray(raw) ? raw : []).flatMap((v) => (field.kind === "ids" ? v.split(/[\s,]+/) : [v])).filter(Boolean))];
        if (list.length > 0) config[field.name] = list;
        else if (field.required) errors[key] = "backstage.pricing.error.chooseOne";
        continue;
      }
      case "currencyAmounts": {
        const amounts: Record<string, number> = {};
        for (const currency of field.currencies) {
          const typed = String(draft.values[`${key}.${currency}`] ?? "").trim();
          const amount = typed ? parseAmount(typed, currency) : null;
          if (typed && amount === null) errors[`${key}.${currency}`] = "backstage.pricing.error.amount";
          else if (amount !== null) amounts[currency] = amount;
        }
        if (Object.keys(amounts).length > 0) config[field.name] = amounts;
        continue;
      }
      case "rows": {
        const count = draft.rows[key] ?? 0;
        const items = Array.from({ length: count }, (_, index) => buildConfig(field.fields, draft, `${key}.${index}.`, errors));
        if (items.length > 0 || field.required) config[field.name] = items;
        continue;
      }
    }
    if (!text) {
      if (field.required) errors[key] = "account.error.required";
      continue;
    }
    switch (field.kind) {
      case "integer":
        set(Number(text), !/^-?\d{1,12}$/.test(text));
        break;
      case "number":
        set(Number(text), !/^-?\d{1,12}(\.\d+)?$/.test(text));
        break;
      case "money": {
        const amount = parseAmount(text);
        if (amount === null) errors[key] = "backstage.pricing.error.amount";
        else config[field.name] = amount;
        break;
      }
      case "instant": {
        const instant = shopLocalToIso(text);
        if (instant === null) errors[key] = "backstage.pricing.error.instant";
        else config[field.name] = instant;
        break;
      }
      case "json":
        try {
          config[field.name] = JSON.parse(text);
        } catch {
          errors[key] = "backstage.pricing.error.json";
        }
        break;
      default:
        config[field.name] = text;
    }
  }
  return config;
}

/** Every key of the rule's form that has a field or a list of its own, for placing the API's errors. */
export function ruleKeys(draft: RuleDraft): Set<string> {
  return new Set([...Object.keys(draft.values), ...Object.keys(draft.rows)]);
}
