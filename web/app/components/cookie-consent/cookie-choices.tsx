import { OPTIONAL_CATEGORIES, type CookieCategories, type OptionalCategory } from "../../consent/consent-cookie";
import { useI18n } from "../../i18n/use-i18n";

interface CookieChoicesProps {
  /** Keeps ids unique when the banner and the settings page share a document. */
  idPrefix: string;
  /** What the switches show first: all off before any decision (opt-in). */
  initial: CookieCategories;
  /** Global Privacy Control: marketing is shown off and cannot be turned on. */
  gpc: boolean;
}

/**
 * One switch per cookie category, each with a one-line explanation. Plain
 * checkboxes (role="switch") inside the surrounding form, so they work
 * without JavaScript; a disabled switch is not submitted, which reads as off.
 */
export function CookieChoices({ idPrefix, initial, gpc }: CookieChoicesProps) {
  const { t } = useI18n();
  const gpcNoteId = `${idPrefix}-gpc-note`;
  return (
    <fieldset className="cookie-choices">
      <legend className="visually-hidden">{t("cookies.choices.legend")}</legend>
      <ul className="cookie-choices__list">
        <CookieSwitch
          id={`${idPrefix}-necessary`}
          label={t("cookies.category.necessary.label")}
          explanation={t("cookies.category.necessary.body")}
          checked
          disabled
        />
        {OPTIONAL_CATEGORIES.map((category: OptionalCategory) => {
          const blockedByGpc = gpc && category === "marketing";
          return (
            <CookieSwitch
              key={category}
              id={`${idPrefix}-${category}`}
              name={category}
              label={t(`cookies.category.${category}.label`)}
              explanation={t(`cookies.category.${category}.body`)}
              checked={blockedByGpc ? false : initial[category]}
              disabled={blockedByGpc}
              describedBy={blockedByGpc ? gpcNoteId : undefined}
            />
          );
        })}
      </ul>
      {gpc ? (
        <p id={gpcNoteId} className="cookie-choices__gpc">
          {t("cookies.gpc.honoured")}
        </p>
      ) : null}
    </fieldset>
  );
}

interface CookieSwitchProps {
  id: string;
  name?: string;
  label: string;
  explanation: string;
  checked: boolean;
  disabled?: boolean;
  describedBy?: string | undefined;
}

function CookieSwitch({ id, name, label, explanation, checked, disabled = false, describedBy }: CookieSwitchProps) {
  const explanationId = `${id}-explanation`;
  return (
    <li className="cookie-choice">
      <input
        type="checkbox"
        role="switch"
        className="cookie-choice__switch"
        id={id}
        name={name}
        value="on"
        defaultChecked={checked}
        disabled={disabled}
        aria-describedby={[explanationId, describedBy].filter(Boolean).join(" ")}
      />
      <label htmlFor={id} className="cookie-choice__label">
        {label}
      </label>
      <p id={explanationId} className="cookie-choice__explanation">
        {explanation}
      </p>
    </li>
  );
}
