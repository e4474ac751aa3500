import type { FormErrors } from "../../account/problems";
import type { Choice } from "../../backstage/pricing";
import { fieldLabel, optionLabel } from "../../backstage/pricing-labels";
import type { Picker, RuleDraft, RuleField } from "../../backstage/promotion-rules";
import { useI18n } from "../../i18n/use-i18n";
import { FieldError, TextField } from "../account/form-fields";

interface FieldsProps {
  /** `conditions.0`: the rule's place in the form. */
  prefix: string;
  fields: readonly RuleField[];
  rule: RuleDraft;
  /** Where these fields sit in the config: "" for the rule, "tiers.1." for a row. */
  base?: string;
  pickers: Readonly<Record<Picker, readonly Choice[]>>;
  errors: FormErrors | undefined;
}

/** A rule's fields, each drawn from its schema; lists of objects as rows, with a button for one more. */
export function RuleFields({ prefix, fields, rule, base = "", pickers, errors }: FieldsProps) {
  return (
    <>
      {fields.map((field) => (
        <RuleFieldInput key={field.name} prefix={prefix} field={field} rule={rule} base={base} pickers={pickers} errors={errors} />
      ))}
    </>
  );
}

function RuleFieldInput({ prefix, field, rule, base, pickers, errors }: Omit<FieldsProps, "fields" | "base"> & { field: RuleField; base: string }) {
  const { t } = useI18n();
  const key = base + field.name;
  const name = `${prefix}.config.${key}`;
  const id = `promo-${name.replaceAll(".", "-")}`;
  const error = errors?.fields[name];
  const label = fieldLabel(t, field.name);
  const value = rule.values[key];
  const text = typeof value === "string" ? value : "";
  const list = Array.isArray(value) ? value : [];
  switch (field.kind) {
    case "integer":
    case "number":
      return <TextField id={id} name={name} label={label} defaultValue={text} error={error} inputMode={field.kind === "integer" ? "numeric" : "decimal"} />;
    case "money":
      return <TextField id={id} name={name} label={label} hint={t("backstage.pricing.hint.hkd")} defaultValue={text} error={error} inputMode="decimal" />;
    case "instant":
      return <TextField id={id} name={name} label={label} hint={t("backstage.pricing.hint.hongKongTime")} type="datetime-local" defaultValue={text} error={error} />;
    case "text":
      return <TextField id={id} name={name} label={label} defaultValue={text} error={error} />;
    case "choice":
      return (
        <div className="form-field">
          <label className="form-field__label" htmlFor={id}>
            {label}
          </label>
          <select id={id} name={name} className="form-field__input form-field__select" defaultValue={text} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined}>
            <option value="">{t("backstage.catalogue.field.choose")}</option>
            {field.options.map((option) => (
              <option key={option} value={option}>
                {optionLabel(t, option)}
              </option>
            ))}
          </select>
          <FieldError id={error ? `${id}-error` : undefined} error={error} />
        </div>
      );
    case "choices":
      return (
        <fieldset className="promotion-rule__choices" aria-invalid={error ? true : undefined}>
          <legend className="form-field__label">{label}</legend>
          {field.options.map((option) => (
            <label key={option} className="catalogue-check">
              <input type="checkbox" name={name} value={option} defaultChecked={list.includes(option)} /> {optionLabel(t, option)}
            </label>
          ))}
          <FieldError id={undefined} error={error} />
        </fieldset>
      );
    case "ids":
      return <IdsField id={id} name={name} label={label} picked={list} choices={field.picker ? pickers[field.picker] : null} error={error} />;
    case "currencyAmounts":
      return (
        <fieldset className="promotion-rule__amounts">
          <legend className="form-field__label">{label}</legend>
          <p className="form-field__hint">{t("backstage.pricing.hint.amounts")}</p>
          {field.currencies.map((currency) => (
            <TextField
              key={currency}
              id={`${id}-${currency}`}
              name={`${name}.${currency}`}
              label={currency}
              defaultValue={String(rule.values[`${key}.${currency}`] ?? "")}
              error={errors?.fields[`${name}.${currency}`]}
              inputMode="decimal"
            />
          ))}
        </fieldset>
      );
    case "rows":
      return <RowsField prefix={prefix} field={field} rule={rule} base={base} pickers={pickers} errors={errors} />;
    case "json":
      return (
        <div className="form-field">
          <label className="form-field__label" htmlFor={id}>
            {label}
          </label>
          <p className="form-field__hint">{t("backstage.pricing.hint.json")}</p>
          <textarea id={id} name={name} className="form-field__input form-field__textarea backstage-textarea--short" defaultValue={text} aria-invalid={error ? true : undefined} />
          <FieldError id={undefined} error={error} />
        </div>
      );
  }
}

/** Designers or categories from their lists (several with Ctrl or ⌘); any other ids typed, separated by commas. */
function IdsField({ id, name, label, picked, choices, error }: { id: string; name: string; label: string; picked: readonly string[]; choices: readonly Choice[] | null; error: FormErrors["fields"][string] }) {
  const { t } = useI18n();
  const errorId = error ? `${id}-error` : undefined;
  const described = { "aria-invalid": error ? true : undefined, "aria-describedby": [`${id}-hint`, errorId].filter(Boolean).join(" ") } as const;
  // An id no longer in the list (a designer since removed) stays chosen rather than silently dropped.
  const options = choices ? [...choices, ...picked.filter((value) => !choices.some((choice) => choice.id === value)).map((value) => ({ id: value, name: value }))] : null;
  return (
    <div className="form-field">
      <label className="form-field__label" htmlFor={id}>
        {label}
      </label>
      <p id={`${id}-hint`} className="form-field__hint">
        {options ? t("backstage.pricing.hint.several") : t("backstage.pricing.hint.ids")}
      </p>
      {options ? (
        <select id={id} name={name} multiple size={Math.min(8, Math.max(3, options.length))} className="form-field__input promotion-rule__picker" defaultValue={[...picked]} {...described}>
          {options.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
      ) : (
        <textarea id={id} name={name} className="form-field__input form-field__textarea backstage-textarea--short" defaultValue={picked.join(", ")} {...described} />
      )}
      <FieldError id={errorId} error={error} />
    </div>
  );
}

/** Each row in a group of its own ("Row 2"); rows left empty are dropped when the form is read. */
function RowsField({ prefix, field, rule, base, pickers, errors }: Omit<FieldsProps, "fields" | "base"> & { field: Extract<RuleField, { kind: "rows" }>; base: string }) {
  const { t } = useI18n();
  const key = base + field.name;
  const count = Math.max(rule.rows[key] ?? 0, 1);
  const error = errors?.fields[`${prefix}.config.${key}`];
  return (
    <fieldset className="promotion-rule__rows">
      <legend className="form-field__label">{fieldLabel(t, field.name)}</legend>
      <p className="form-field__hint">{t("backstage.pricing.hint.rows")}</p>
      <input type="hidden" name={`${prefix}.rows.${key}`} value={count} />
      {Array.from({ length: count }, (_, index) => (
        <fieldset key={index} className="promotion-rule__row">
          <legend className="promotion-rule__row-legend">{t("backstage.pricing.rows.row", { n: index + 1 })}</legend>
          <RuleFields prefix={prefix} fields={field.fields} rule={rule} base={`${key}.${index}.`} pickers={pickers} errors={errors} />
        </fieldset>
      ))}
      <FieldError id={undefined} error={error} />
      <button type="submit" name="intent" value={`addRow:${prefix.replace(".", ":")}:${key}`} className="form-button form-button--quiet">
        {t("backstage.pricing.rows.add")}
      </button>
    </fieldset>
  );
}
