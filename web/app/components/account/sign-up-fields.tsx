import { useState } from "react";
import type { FormErrors } from "../../account/problems";
import { LOCALE_ENDONYM, SUPPORTED_LOCALES, SHOP_TIME_ZONE } from "../../i18n/locales";
import { useI18n } from "../../i18n/use-i18n";
import { useHydrated } from "../cookie-consent/use-hydrated";
import { TextField } from "./form-fields";

const ADULT_AGE = 18;

/** Age in whole years today (in the shop's zone, as the API counts it), or undefined for no date. */
function ageToday(birthDate: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(birthDate);
  if (!match) return undefined;
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: SHOP_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  const [ty, tm, td] = today.split("-").map(Number) as [number, number, number];
  const [by, bm, bd] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

interface BirthDateProps {
  errors: FormErrors | undefined;
  defaults: { birthDate?: string | undefined; guardianEmail?: string | undefined };
}

/**
 * Date of birth, and the guardian's e-mail for those under 18. Without scripts the guardian field
 * is always there, marked "only if you are under 18"; with them it appears once the date says so.
 */
export function BirthDateAndGuardian({ errors, defaults }: BirthDateProps) {
  const { t } = useI18n();
  const hydrated = useHydrated();
  const [birthDate, setBirthDate] = useState(defaults.birthDate ?? "");
  const age = ageToday(birthDate);
  const minor = age !== undefined && age < ADULT_AGE;
  // A refused guardian field stays in view whatever the date, so its message can be read.
  const showGuardian = !hydrated || minor || Boolean(errors?.fields.guardianEmail);
  return (
    <>
      <TextField
        id="sign-up-birth-date"
        name="birthDate"
        type="date"
        label={t("account.field.birthDate.optional")}
        hint={t("account.field.birthDate.hint")}
        autoComplete="bday"
        value={birthDate}
        onChange={(event) => setBirthDate(event.target.value)}
        error={errors?.fields.birthDate}
      />
      {showGuardian ? (
        <TextField
          id="sign-up-guardian-email"
          name="guardianEmail"
          type="email"
          label={t("account.field.guardianEmail")}
          hint={hydrated && minor ? t("account.field.guardianEmail.hintMinor") : t("account.field.guardianEmail.hint")}
          defaultValue={defaults.guardianEmail}
          required={hydrated && minor}
          error={errors?.fields.guardianEmail}
        />
      ) : null}
    </>
  );
}

/** The language of the shop's e-mails and of the account, preset to the page's. */
export function LanguageField({ id, defaultValue }: { id: string; defaultValue?: string | undefined }) {
  const { t, locale } = useI18n();
  return (
    <div className="form-field">
      <label className="form-field__label" htmlFor={id}>
        {t("account.field.locale")}
      </label>
      <select id={id} name="locale" className="form-field__input form-field__select" defaultValue={defaultValue ?? locale}>
        {SUPPORTED_LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LOCALE_ENDONYM[option]}
          </option>
        ))}
      </select>
    </div>
  );
}

export const MARKETING_CHANNELS = ["email", "sms", "phone", "push"] as const;
export type MarketingChannel = (typeof MARKETING_CHANNELS)[number];

/**
 * One opt-in per channel (MKT-3), each un-ticked: nothing is chosen for the visitor. Plain
 * checkboxes named `marketing.<channel>`, so they work without scripts; a refused form keeps
 * what was ticked.
 */
export function MarketingChoices({ defaults }: { defaults?: Partial<Record<MarketingChannel, boolean>> | undefined }) {
  const { t } = useI18n();
  return (
    <fieldset className="form-fieldset" aria-describedby="sign-up-marketing-note">
      <legend className="form-field__label">{t("account.signUp.marketing.legend")}</legend>
      <p id="sign-up-marketing-note" className="form-field__hint">
        {t("account.signUp.marketing.hint")}
      </p>
      <ul className="form-fieldset__options">
        {MARKETING_CHANNELS.map((channel) => (
          <li key={channel} className="form-check">
            <input
              id={`sign-up-marketing-${channel}`}
              className="form-check__input"
              type="checkbox"
              name={`marketing.${channel}`}
              value="on"
              defaultChecked={defaults?.[channel] ?? false}
            />
            <label className="form-check__label" htmlFor={`sign-up-marketing-${channel}`}>
              {t(`account.signUp.marketing.${channel}`)}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The ticked channels of a form with MarketingChoices (or the consents page's switches). */
export function marketingFromForm(form: FormData, prefix = "marketing."): Record<MarketingChannel, boolean> {
  return Object.fromEntries(MARKETING_CHANNELS.map((channel) => [channel, form.get(`${prefix}${channel}`) === "on"])) as Record<MarketingChannel, boolean>;
}
