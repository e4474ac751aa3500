import { textField } from "../account/forms";
import type { FormErrors } from "../account/problems";
import type { ApiProblem } from "../api/server-api";
import { amountText, parseAmount, parseWhole, type DeliveryRate, type DutyRule } from "./pricing";
import { pointerParts, pricingErrorsFrom } from "./pricing-problems";

/** Bands a rate form offers: the rate's own, then empty rows to add more (the API takes up to 20). */
export const MAX_BANDS = 20;
const SPARE_BANDS = 2;

/** A zone's rate for one method as the form holds it: upper bounds in grams or HK$, fees in HK$. */
export interface RateDraft {
  basis: "weight" | "value";
  bands: { upTo: string; amount: string }[];
  freeFrom: string;
}

export function rateDraft(rate: DeliveryRate | undefined): RateDraft {
  const basis = rate?.basis ?? "weight";
  const bands = (rate?.bands ?? []).map((band) => ({
    upTo: band.upTo === null ? "" : basis === "value" ? amountText(band.upTo) : String(band.upTo),
    amount: amountText(band.amount),
  }));
  return { basis, bands, freeFrom: rate?.freeFromHkd == null ? "" : amountText(rate.freeFromHkd) };
}

/** How many band rows the form shows. */
export function bandRows(draft: RateDraft): number {
  return Math.min(MAX_BANDS, draft.bands.length + SPARE_BANDS);
}

export function readRateForm(form: FormData): RateDraft {
  const bands: RateDraft["bands"] = [];
  for (let index = 0; index < MAX_BANDS && form.has(`bands.${index}.amount`); index++) {
    bands.push({ upTo: textField(form, `bands.${index}.upTo`), amount: textField(form, `bands.${index}.amount`) });
  }
  while (bands.length > 0 && !bands.at(-1)!.upTo && !bands.at(-1)!.amount) bands.pop();
  return { basis: textField(form, "basis") === "value" ? "value" : "weight", bands, freeFrom: textField(form, "freeFrom") };
}

type RateOutcome = { ok: true; body: Record<string, unknown>; rows: number[] } | { ok: false; errors: FormErrors };

/**
 * The API body of a rate form. Rows left empty are skipped; `rows` says which form row each band
 * sent came from, so that the API's "/bands/1/amount" lands on the right field.
 */
export function rateBody(draft: RateDraft): RateOutcome {
  const fields: FormErrors["fields"] = {};
  const bands: { upTo: number | null; amount: number }[] = [];
  const rows: number[] = [];
  draft.bands.forEach((band, index) => {
    if (!band.upTo && !band.amount) return;
    const upTo = !band.upTo ? null : draft.basis === "value" ? parseAmount(band.upTo) : parseWhole(band.upTo, 1);
    const amount = parseAmount(band.amount);
    if (band.upTo && (upTo === null || upTo === 0)) fields[`bands.${index}.upTo`] = draft.basis === "value" ? "backstage.pricing.error.amount" : "backstage.pricing.error.grams";
    if (amount === null) fields[`bands.${index}.amount`] = "backstage.pricing.error.amount";
    bands.push({ upTo, amount: amount ?? 0 });
    rows.push(index);
  });
  if (bands.length === 0) fields["bands.0.amount"] = "backstage.pricing.error.oneBand";
  const freeFrom = draft.freeFrom ? parseAmount(draft.freeFrom) : null;
  if (draft.freeFrom && freeFrom === null) fields.freeFrom = "backstage.pricing.error.amount";
  if (Object.keys(fields).length > 0) return { ok: false, errors: { fields } };
  return { ok: true, body: { basis: draft.basis, bands, freeFromHkd: freeFrom }, rows };
}

export function rateErrors(problem: ApiProblem | null | undefined, rows: readonly number[]): FormErrors {
  return pricingErrorsFrom(problem, (pointer) => {
    const [head, index, part] = pointerParts(pointer);
    if (head === "freeFromHkd") return "freeFrom";
    if (head === "bands" && index !== undefined && part) return `bands.${rows[Number(index)] ?? 0}.${part}`;
    return null;
  });
}

/** A zone's duty estimate as the form holds it: the rate as a percentage, the threshold in HK$. */
export interface DutyDraft {
  percent: string;
  deMinimis: string;
  note: string;
}

export function dutyDraft(rule: DutyRule | undefined): DutyDraft {
  // Basis points are hundredths of a percent, which is what an amount with two decimals is made of.
  return rule ? { percent: amountText(rule.rateBasisPoints), deMinimis: amountText(rule.deMinimisHkd), note: rule.note } : { percent: "", deMinimis: "", note: "" };
}

export function readDutyForm(form: FormData): DutyDraft {
  return { percent: textField(form, "percent"), deMinimis: textField(form, "deMinimis"), note: textField(form, "note") };
}

export function dutyBody(draft: DutyDraft): { ok: true; body: Record<string, unknown> } | { ok: false; errors: FormErrors } {
  const fields: FormErrors["fields"] = {};
  const rateBasisPoints = parseAmount(draft.percent);
  const deMinimisHkd = draft.deMinimis ? parseAmount(draft.deMinimis) : 0;
  if (rateBasisPoints === null || rateBasisPoints > 10_000) fields.percent = "backstage.pricing.error.percent";
  if (deMinimisHkd === null) fields.deMinimis = "backstage.pricing.error.amount";
  if (!draft.note) fields.note = "account.error.required";
  if (Object.keys(fields).length > 0) return { ok: false, errors: { fields } };
  return { ok: true, body: { rateBasisPoints, deMinimisHkd, note: draft.note } };
}

export function dutyErrors(problem: ApiProblem | null | undefined): FormErrors {
  const names: Readonly<Record<string, string>> = { rateBasisPoints: "percent", deMinimisHkd: "deMinimis", note: "note" };
  return pricingErrorsFrom(problem, (pointer) => names[pointerParts(pointer)[0] ?? ""] ?? null);
}
