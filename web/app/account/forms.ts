/** A form field as trimmed text; "" when absent (or a file). */
export function textField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value.trim() : "";
}

/** A form field as text, undefined when empty: optional API fields are then left out. */
export function optionalField(form: FormData, name: string): string | undefined {
  return textField(form, name) || undefined;
}

/** A password exactly as typed: spaces are part of it. */
export function passwordField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

/** The session's CSRF token, carried by every form that changes something (see CsrfField). */
export function csrfOf(form: FormData): string | undefined {
  return textField(form, "_csrf") || undefined;
}
