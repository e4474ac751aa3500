import { textField } from "../account/forms";
import type { FormErrors } from "../account/problems";
import type { ApiProblem } from "../api/server-api";
import { shopLocalToIso } from "./catalogue";
import { isoToShopLocal, parseWhole, promotionWindow, WINDOW_RULE, type AdminPromotion, type PromotionRule, type RuleCatalogue } from "./pricing";
import { pointerParts, pricingErrorsFrom } from "./pricing-problems";
import { configOf, draftOf, emptyRule, readRule, ruleFields, ruleKeys, type RuleDraft, type RuleField } from "./promotion-rules";

/** The two lists of rules a promotion is made of. */
export const RULE_LISTS = ["conditions", "actions"] as const;
export type RuleList = (typeof RULE_LISTS)[number];

/** The promotion editor's fields as typed: shown again when staff add a rule or the API refuses. */
export interface PromotionDraft {
  name: string;
  trigger: "automatic" | "code";
  /** A first shared code, when a code promotion is created. */
  code: string;
  /** `datetime-local` values in Hong Kong time; the API gets them as a `date_window` condition. */
  windowFrom: string;
  windowUntil: string;
  priority: string;
  combines: "all" | "none" | "some";
  combinesWith: string[];
  usageLimit: string;
  perCustomerLimit: string;
  conditions: RuleDraft[];
  actions: RuleDraft[];
}

/** A kind of rule's fields, from its schema in the registry; an unknown kind has none. */
export function fieldsFor(catalogue: RuleCatalogue, list: RuleList, type: string): RuleField[] {
  return ruleFields(catalogue[list].find((definition) => definition.type === type)?.config);
}

/** The conditions staff may add; the window has fields of its own. */
export function addableRules(catalogue: RuleCatalogue, list: RuleList) {
  return catalogue[list].filter((definition) => definition.type !== WINDOW_RULE);
}

export function emptyDraft(): PromotionDraft {
  return {
    name: "", trigger: "code", code: "", windowFrom: "", windowUntil: "", priority: "0", combines: "all", combinesWith: [],
    usageLimit: "", perCustomerLimit: "", conditions: [], actions: [],
  };
}

/** A stored promotion as the editor shows it: its first window condition becomes the window fields. */
export function draftOfPromotion(promotion: AdminPromotion, catalogue: RuleCatalogue): PromotionDraft {
  const window = promotionWindow(promotion);
  const windowIndex = promotion.conditions.findIndex((rule) => rule.type === WINDOW_RULE);
  const drafts = (list: RuleList, rules: readonly PromotionRule[]) => rules.map((rule) => draftOf(rule.type, fieldsFor(catalogue, list, rule.type), rule.config));
  const combinesWith = promotion.combinesWith;
  return {
    name: promotion.name,
    trigger: promotion.trigger,
    code: "",
    windowFrom: window.from ? isoToShopLocal(window.from) : "",
    windowUntil: window.until ? isoToShopLocal(window.until) : "",
    priority: String(promotion.priority),
    combines: Array.isArray(combinesWith) ? "some" : combinesWith,
    combinesWith: Array.isArray(combinesWith) ? combinesWith : [],
    usageLimit: promotion.usageLimit === null ? "" : String(promotion.usageLimit),
    perCustomerLimit: promotion.perCustomerLimit === null ? "" : String(promotion.perCustomerLimit),
    conditions: drafts("conditions", promotion.conditions.filter((_, index) => index !== windowIndex)),
    actions: drafts("actions", promotion.actions),
  };
}

/** The editor as posted. */
export function readPromotionForm(form: FormData, catalogue: RuleCatalogue): PromotionDraft {
  const combines = textField(form, "combines");
  const rules = (list: RuleList) => {
    const drafts: RuleDraft[] = [];
    for (let index = 0; form.has(`${list}.${index}.type`) && index < 50; index++) {
      const type = textField(form, `${list}.${index}.type`);
      drafts.push(readRule(type, fieldsFor(catalogue, list, type), form, `${list}.${index}`));
    }
    return drafts;
  };
  return {
    name: textField(form, "name"),
    trigger: textField(form, "trigger") === "automatic" ? "automatic" : "code",
    code: textField(form, "code"),
    windowFrom: textField(form, "windowFrom"),
    windowUntil: textField(form, "windowUntil"),
    priority: textField(form, "priority"),
    combines: combines === "none" || combines === "some" ? combines : "all",
    combinesWith: form.getAll("combinesWith").filter((value): value is string => typeof value === "string" && value !== ""),
    usageLimit: textField(form, "usageLimit"),
    perCustomerLimit: textField(form, "perCustomerLimit"),
    conditions: rules("conditions"),
    actions: rules("actions"),
  };
}

/**
 * The editor's own buttons, which change the form and not the promotion: add a rule of the kind
 * chosen beside the button, remove one, give a list of rows one more. Null for any other intent.
 */
export function editDraft(draft: PromotionDraft, intent: string, form: FormData, catalogue: RuleCatalogue): PromotionDraft | null {
  const [verb, listName, indexText, key] = intent.split(":");
  if (verb === "addCondition" || verb === "addAction") {
    const list: RuleList = verb === "addCondition" ? "conditions" : "actions";
    const type = textField(form, verb === "addCondition" ? "newCondition" : "newAction");
    if (!addableRules(catalogue, list).some((definition) => definition.type === type)) return draft;
    return { ...draft, [list]: [...draft[list], emptyRule(type, fieldsFor(catalogue, list, type))] };
  }
  const list = RULE_LISTS.find((name) => name === listName);
  const index = Number(indexText);
  if (!list || !Number.isInteger(index) || !draft[list][index]) return null;
  if (verb === "remove") return { ...draft, [list]: draft[list].filter((_, at) => at !== index) };
  if (verb === "addRow" && key) {
    const rules = draft[list].map((rule, at) => (at === index ? { ...rule, rows: { ...rule.rows, [key]: Math.max(rule.rows[key] ?? 0, 1) + 1 } } : rule));
    return { ...draft, [list]: rules };
  }
  return null;
}

type BodyOutcome = { ok: true; body: Record<string, unknown> } | { ok: false; errors: FormErrors };

/** The API body of the editor (`create`: POST, `patch`: PATCH), or what is wrong with the fields as typed. */
export function promotionBody(draft: PromotionDraft, catalogue: RuleCatalogue, mode: "create" | "patch"): BodyOutcome {
  const fields: FormErrors["fields"] = {};
  const whole = (name: "priority" | "usageLimit" | "perCustomerLimit", min: number) => {
    const text = draft[name];
    if (!text) return name === "priority" ? 0 : null;
    const value = parseWhole(text, min);
    if (value === null) fields[name] = min > 0 ? "backstage.pricing.error.positive" : "backstage.pricing.error.number";
    return value;
  };
  const instant = (name: "windowFrom" | "windowUntil") => {
    if (!draft[name]) return undefined;
    const value = shopLocalToIso(draft[name]);
    if (value === null) fields[name] = "backstage.pricing.error.instant";
    return value ?? undefined;
  };
  const from = instant("windowFrom");
  const until = instant("windowUntil");
  const rules = (list: RuleList) =>
    draft[list].map((rule, index) => {
      const { config, errors } = configOf(fieldsFor(catalogue, list, rule.type), rule);
      for (const [key, message] of Object.entries(errors)) fields[`${list}.${index}.config.${key}`] = message;
      return { type: rule.type, config };
    });
  const window = from || until ? [{ type: WINDOW_RULE, config: { ...(from && { from }), ...(until && { until }) } }] : [];
  const body: Record<string, unknown> = {
    name: draft.name,
    conditions: [...window, ...rules("conditions")],
    actions: rules("actions"),
    priority: whole("priority", -1_000_000),
    combinesWith: draft.combines === "some" ? draft.combinesWith : draft.combines,
    usageLimit: whole("usageLimit", 1),
    perCustomerLimit: whole("perCustomerLimit", 1),
  };
  if (mode === "create") {
    body.trigger = draft.trigger;
    if (draft.trigger === "code" && draft.code) body.code = draft.code;
  }
  return Object.keys(fields).length > 0 ? { ok: false, errors: { fields } } : { ok: true, body };
}

const TOP_FIELDS: Readonly<Record<string, string>> = {
  name: "name", trigger: "trigger", code: "code", priority: "priority", combinesWith: "combines", usageLimit: "usageLimit", perCustomerLimit: "perCustomerLimit",
};

/**
 * The API's refusal placed on the editor's fields. The window was sent as the first condition, so
 * the conditions after it are one place further in the API's pointers than in the form.
 */
export function promotionErrors(problem: ApiProblem | null | undefined, draft: PromotionDraft): FormErrors {
  const windowed = Boolean(draft.windowFrom || draft.windowUntil);
  return pricingErrorsFrom(problem, (pointer) => {
    const [head = "", indexText, part, ...rest] = pointerParts(pointer);
    if (head !== "conditions" && head !== "actions") return TOP_FIELDS[head] ?? null;
    if (indexText === undefined) return head;
    let index = Number(indexText);
    if (head === "conditions" && windowed) {
      if (index === 0) return rest[0] === "until" ? "windowUntil" : "windowFrom";
      index -= 1;
    }
    const rule = draft[head][index];
    const prefix = `${head}.${index}.config`;
    if (!rule || part !== "config") return prefix;
    // The nearest field the form has: "/tiers/3" (one too many) is said on the tiers.
    const keys = ruleKeys(rule);
    for (let length = rest.length; length > 0; length--) {
      const key = rest.slice(0, length).join(".");
      if (keys.has(key)) return `${prefix}.${key}`;
    }
    return prefix;
  });
}
