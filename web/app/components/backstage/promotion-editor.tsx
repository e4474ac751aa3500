import { Form } from "react-router";
import type { FormErrors } from "../../account/problems";
import type { Choice, RuleCatalogue } from "../../backstage/pricing";
import { ruleHint, ruleLabel } from "../../backstage/pricing-labels";
import { addableRules, fieldsFor, type PromotionDraft, type RuleList } from "../../backstage/promotion-form";
import type { Picker } from "../../backstage/promotion-rules";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField, FieldError, FormAlert, SubmitButton, TextField } from "../account/form-fields";
import { RuleFields } from "./promotion-rule-fields";

interface EditorProps {
  csrfToken: string;
  mode: "create" | "edit";
  draft: PromotionDraft;
  catalogue: RuleCatalogue;
  pickers: Readonly<Record<Picker, readonly Choice[]>>;
  /** The other promotions, which this one may be combined with. */
  others: readonly Choice[];
  errors: FormErrors | undefined;
  submitLabel: string;
}

/**
 * The whole promotion in one form. Adding or removing a rule posts the form as typed and shows it
 * again with the change, so it works without scripts and nothing typed is lost.
 */
export function PromotionEditor({ csrfToken, mode, draft, catalogue, pickers, others, errors, submitLabel }: EditorProps) {
  const { t } = useI18n();
  const field = (name: string) => errors?.fields[name];
  return (
    <Form method="post" className="backstage-form promotion-editor" noValidate>
      <CsrfField token={csrfToken} />
      {/* Enter in a field saves, rather than pressing the first "Remove" button of the form. */}
      <button type="submit" name="intent" value="save" className="visually-hidden" tabIndex={-1} aria-hidden="true" />
      <FormAlert errors={errors} />
      <fieldset className="promotion-editor__section">
        <legend className="catalogue-form__legend">{t("backstage.pricing.editor.about")}</legend>
        <TextField id="promotion-name" name="name" label={t("backstage.pricing.field.name")} hint={t("backstage.pricing.field.nameHint")} defaultValue={draft.name} error={field("name")} maxLength={120} required />
        {mode === "create" ? (
          <>
            <fieldset className="promotion-editor__choice">
              <legend className="form-field__label">{t("backstage.pricing.field.trigger")}</legend>
              <label className="catalogue-check">
                <input type="radio" name="trigger" value="code" defaultChecked={draft.trigger === "code"} /> {t("backstage.pricing.trigger.code")}
              </label>
              <label className="catalogue-check">
                <input type="radio" name="trigger" value="automatic" defaultChecked={draft.trigger === "automatic"} /> {t("backstage.pricing.trigger.automatic")}
              </label>
            </fieldset>
            <TextField id="promotion-code" name="code" label={t("backstage.pricing.field.firstCode")} hint={t("backstage.pricing.field.firstCodeHint")} defaultValue={draft.code} error={field("code")} maxLength={32} autoComplete="off" />
          </>
        ) : (
          // Fixed once the promotion exists; carried so that the form shown again still knows it.
          <input type="hidden" name="trigger" value={draft.trigger} />
        )}
      </fieldset>
      <fieldset className="promotion-editor__section">
        <legend className="catalogue-form__legend">{t("backstage.pricing.editor.window")}</legend>
        <p className="form-field__hint">{t("backstage.pricing.editor.windowHint")}</p>
        <div className="catalogue-form__grid">
          <TextField id="promotion-from" name="windowFrom" type="datetime-local" label={t("backstage.pricing.field.from")} defaultValue={draft.windowFrom} error={field("windowFrom")} />
          <TextField id="promotion-until" name="windowUntil" type="datetime-local" label={t("backstage.pricing.field.until")} defaultValue={draft.windowUntil} error={field("windowUntil")} />
        </div>
      </fieldset>
      <fieldset className="promotion-editor__section">
        <legend className="catalogue-form__legend">{t("backstage.pricing.editor.combination")}</legend>
        <TextField id="promotion-priority" name="priority" label={t("backstage.pricing.field.priority")} hint={t("backstage.pricing.field.priorityHint")} defaultValue={draft.priority} error={field("priority")} inputMode="numeric" />
        <fieldset className="promotion-editor__choice" aria-invalid={field("combines") ? true : undefined}>
          <legend className="form-field__label">{t("backstage.pricing.field.combines")}</legend>
          {(["all", "none", "some"] as const).map((choice) => (
            <label key={choice} className="catalogue-check">
              <input type="radio" name="combines" value={choice} defaultChecked={draft.combines === choice} /> {t(`backstage.pricing.combines.${choice}`)}
            </label>
          ))}
          {others.length > 0 ? (
            <div className="promotion-editor__others">
              {others.map((other) => (
                <label key={other.id} className="catalogue-check">
                  <input type="checkbox" name="combinesWith" value={other.id} defaultChecked={draft.combinesWith.includes(other.id)} /> {other.name}
                </label>
              ))}
            </div>
          ) : null}
          <FieldError id={undefined} error={field("combines")} />
        </fieldset>
      </fieldset>
      <fieldset className="promotion-editor__section">
        <legend className="catalogue-form__legend">{t("backstage.pricing.editor.limits")}</legend>
        <div className="catalogue-form__grid">
          <TextField id="promotion-usage-limit" name="usageLimit" label={t("backstage.pricing.field.usageLimit")} hint={t("backstage.pricing.field.noLimitHint")} defaultValue={draft.usageLimit} error={field("usageLimit")} inputMode="numeric" />
          <TextField id="promotion-customer-limit" name="perCustomerLimit" label={t("backstage.pricing.field.perCustomerLimit")} hint={t("backstage.pricing.field.perCustomerHint")} defaultValue={draft.perCustomerLimit} error={field("perCustomerLimit")} inputMode="numeric" />
        </div>
      </fieldset>
      <RuleListFields list="conditions" draft={draft} catalogue={catalogue} pickers={pickers} errors={errors} />
      <RuleListFields list="actions" draft={draft} catalogue={catalogue} pickers={pickers} errors={errors} />
      <SubmitButton intent="save">{submitLabel}</SubmitButton>
    </Form>
  );
}

const LIST_TEXTS = {
  conditions: { legend: "backstage.pricing.conditions", hint: "backstage.pricing.conditions.hint", choose: "backstage.pricing.conditions.choose", add: "backstage.pricing.conditions.add", remove: "backstage.pricing.conditions.remove" },
  actions: { legend: "backstage.pricing.actions", hint: "backstage.pricing.actions.hint", choose: "backstage.pricing.actions.choose", add: "backstage.pricing.actions.add", remove: "backstage.pricing.actions.remove" },
} as const;

/** One list of rules, each in a group named after its kind, then the kind to add and its button. */
function RuleListFields({ list, draft, catalogue, pickers, errors }: { list: RuleList; draft: PromotionDraft; catalogue: RuleCatalogue; pickers: EditorProps["pickers"]; errors: FormErrors | undefined }) {
  const { t } = useI18n();
  const texts = LIST_TEXTS[list];
  const chooser = `promotion-new-${list}`;
  return (
    <fieldset className="promotion-editor__section promotion-rules">
      <legend className="catalogue-form__legend">{t(texts.legend)}</legend>
      <p className="form-field__hint">{t(texts.hint)}</p>
      <FieldError id={undefined} error={errors?.fields[list]} />
      {draft[list].map((rule, index) => {
        const prefix = `${list}.${index}`;
        const definition = catalogue[list].find((candidate) => candidate.type === rule.type);
        const ruleError = errors?.fields[`${prefix}.config`];
        return (
          <fieldset key={prefix} className="promotion-rule">
            <legend className="promotion-rule__legend">{ruleLabel(t, rule.type)}</legend>
            <input type="hidden" name={`${prefix}.type`} value={rule.type} />
            <p className="form-field__hint">{ruleHint(t, rule.type, definition?.description)}</p>
            <FieldError id={undefined} error={ruleError} />
            <RuleFields prefix={prefix} fields={fieldsFor(catalogue, list, rule.type)} rule={rule} pickers={pickers} errors={errors} />
            <button type="submit" name="intent" value={`remove:${list}:${index}`} className="form-button form-button--quiet promotion-rule__remove">
              {t(texts.remove)}
            </button>
          </fieldset>
        );
      })}
      <div className="backstage-inline-form promotion-rules__add">
        <label className="visually-hidden" htmlFor={chooser}>
          {t(texts.choose)}
        </label>
        <select id={chooser} name={list === "conditions" ? "newCondition" : "newAction"} className="form-field__input form-field__select">
          {addableRules(catalogue, list).map((definition) => (
            <option key={definition.type} value={definition.type}>
              {ruleLabel(t, definition.type)}
            </option>
          ))}
        </select>
        <SubmitButton intent={list === "conditions" ? "addCondition" : "addAction"} variant="quiet">
          {t(texts.add)}
        </SubmitButton>
      </div>
    </fieldset>
  );
}
