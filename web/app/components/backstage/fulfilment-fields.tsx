import type { ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import type { PlainMessageKey } from "../../i18n/translate";
import { FieldError } from "../account/form-fields";

interface FieldFrame {
  /** Unique on the page; also the id prefix of the hint and error. */
  id: string;
  name: string;
  label: string;
  hint?: string | undefined;
  error?: PlainMessageKey | undefined;
}

const describedBy = (id: string, hint: unknown, error: unknown) => [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;

function Frame({ id, label, hint, error, children }: Omit<FieldFrame, "name"> & { children: ReactNode }) {
  return (
    <div className="form-field">
      <label className="form-field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="form-field__hint">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldError id={error ? `${id}-error` : undefined} error={error} />
    </div>
  );
}

/** A labelled select with its hint and error, tied to it as TextField does for inputs. */
export function SelectField({ id, name, label, hint, error, children, ...select }: FieldFrame & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "name" | "className">) {
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <select {...select} id={id} name={name} className="form-field__input form-field__select" aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, hint, error)}>
        {children}
      </select>
    </Frame>
  );
}

/** A short reason or note: a few lines, counted by the API. */
export function TextAreaField({ id, name, label, hint, error, ...area }: FieldFrame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name" | "className">) {
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <textarea
        rows={2}
        maxLength={500}
        {...area}
        id={id}
        name={name}
        className="form-field__input form-field__textarea backstage-textarea--short"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
    </Frame>
  );
}
