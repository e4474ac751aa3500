import type { InputHTMLAttributes, ReactNode } from "react";
import { useNavigation } from "react-router";
import type { FormErrors } from "../../account/problems";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "className"> {
  /** Unique on the page; also the id prefix of the hint and error. */
  id: string;
  name: string;
  label: string;
  hint?: string | undefined;
  error?: PlainMessageKey | undefined;
}

/**
 * A labelled input with its hint and its error. Both are tied to the input with
 * aria-describedby, and aria-invalid marks a refused field for screen readers.
 */
export function TextField({ id, name, label, hint, error, ...input }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="form-field">
      <label className="form-field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="form-field__hint">
          {hint}
        </p>
      ) : null}
      <input
        {...input}
        id={id}
        name={name}
        className="form-field__input"
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
      />
      <FieldError id={errorId} error={error} />
    </div>
  );
}

export function FieldError({ id, error }: { id: string | undefined; error: PlainMessageKey | undefined }) {
  const { t } = useI18n();
  return error ? (
    <p id={id} className="form-field__error">
      {t(error)}
    </p>
  ) : null;
}

/** The form-level message of a refusal, announced when it appears. */
export function FormAlert({ errors }: { errors: FormErrors | undefined }) {
  const { t } = useI18n();
  if (!errors) return null;
  const message = errors.form ?? "account.error.checkFields";
  return (
    <p className="form-alert" role="alert">
      {t(message)}
    </p>
  );
}

/** A calm confirmation after a change (role="status": read out without taking focus). */
export function FormNotice({ children }: { children: ReactNode }) {
  return (
    <p className="form-notice" role="status">
      {children}
    </p>
  );
}

/** The session's CSRF token, which the action hands on to the API with the change. */
export function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/**
 * The submit button of a <Form>. With scripts, it says the form is on its way and refuses a
 * second click; without them it is a plain button and the browser shows its own progress.
 */
export function SubmitButton({ children, intent, variant = "primary" }: { children: ReactNode; intent?: string; variant?: "primary" | "quiet" }) {
  const navigation = useNavigation();
  const busy = navigation.state === "submitting" && (intent === undefined || navigation.formData?.get("intent") === intent);
  return (
    <button
      type="submit"
      className={variant === "primary" ? "button form-button" : "form-button form-button--quiet"}
      name={intent ? "intent" : undefined}
      value={intent}
      aria-disabled={busy || undefined}
      onClick={(event) => {
        if (busy) event.preventDefault();
      }}
    >
      {children}
    </button>
  );
}
