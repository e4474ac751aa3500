import { Form } from "react-router";
import type { FormErrors } from "../../account/problems";
import type { Translate } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField, FieldError, FormAlert, SubmitButton, TextField } from "./form-fields";

export interface DeviceSessionView {
  id: string;
  device: string;
  network: string | null;
  current: boolean;
  signedInAt: string;
  lastSeenAt: string;
}

interface SectionProps {
  csrfToken: string;
  errors: FormErrors | undefined;
}

export function PasswordChangeForm({ csrfToken, errors }: SectionProps) {
  const { t } = useI18n();
  return (
    <Form method="post" className="account-form" aria-labelledby="security-password-heading">
      <h2 id="security-password-heading" className="account-page__subheading">
        {t("account.security.passwordHeading")}
      </h2>
      <p className="form-field__hint">{t("account.security.passwordExplanation")}</p>
      <FormAlert errors={errors} />
      <CsrfField token={csrfToken} />
      <TextField id="security-current-password" name="currentPassword" type="password" label={t("account.field.currentPassword")} autoComplete="current-password" required error={errors?.fields.currentPassword} />
      <TextField
        id="security-new-password"
        name="newPassword"
        type="password"
        label={t("account.field.newPassword")}
        hint={t("account.field.password.rule")}
        autoComplete="new-password"
        required
        minLength={10}
        error={errors?.fields.newPassword}
      />
      <SubmitButton intent="password">{t("account.security.passwordSubmit")}</SubmitButton>
    </Form>
  );
}

/**
 * The API names devices in English ("Chrome on macOS"); the words around the proper names are
 * put in the reader's language here.
 */
function deviceName(device: string, t: Translate): string {
  const match = /^(.+) on (.+)$/.exec(device);
  if (!match) return device === "Unknown device" ? t("account.security.device.unknown") : device;
  const browser = match[1] === "Browser" ? t("account.security.device.browser") : match[1] === "App" ? t("account.security.device.app") : match[1]!;
  const system = match[2] === "another system" ? t("account.security.device.otherSystem") : match[2]!;
  return t("account.security.device", { browser, system });
}

export function SessionList({ csrfToken, sessions, errors }: SectionProps & { sessions: DeviceSessionView[] }) {
  const { t } = useI18n();
  const others = sessions.filter((session) => !session.current).length;
  return (
    <section className="account-section" aria-labelledby="security-sessions-heading">
      <h2 id="security-sessions-heading" className="account-page__subheading">
        {t("account.security.sessionsHeading")}
      </h2>
      <p className="form-field__hint">{t("account.security.sessionsExplanation")}</p>
      <FormAlert errors={errors} />
      <ul className="session-list">
        {sessions.map((session) => (
          <li key={session.id} className="session-list__item">
            <div className="session-list__details">
              <p className="session-list__device">
                {deviceName(session.device, t)}
                {session.current ? <span className="session-list__badge">{t("account.security.thisDevice")}</span> : null}
              </p>
              <p className="session-list__meta">
                {t("account.security.lastSeen", { time: session.lastSeenAt })}
                <br />
                {t("account.security.signedIn", { time: session.signedInAt })}
                {session.network ? (
                  <>
                    <br />
                    {t("account.security.network", { network: session.network })}
                  </>
                ) : null}
              </p>
            </div>
            {session.current ? null : (
              <Form method="post" className="session-list__action">
                <CsrfField token={csrfToken} />
                <input type="hidden" name="sessionId" value={session.id} />
                <button type="submit" name="intent" value="end-session" className="form-button form-button--quiet">
                  {t("account.security.endSession")}
                  <span className="visually-hidden"> {deviceName(session.device, t)}</span>
                </button>
              </Form>
            )}
          </li>
        ))}
      </ul>
      {others > 0 ? (
        <Form method="post" className="account-section__action">
          <CsrfField token={csrfToken} />
          <SubmitButton intent="end-others" variant="quiet">
            {t("account.security.endOthers")}
          </SubmitButton>
        </Form>
      ) : null}
    </section>
  );
}

export function ReportMisuseForm({ csrfToken, errors }: SectionProps) {
  const { t } = useI18n();
  const errorId = errors?.fields.description ? "security-report-error" : undefined;
  return (
    <Form method="post" className="account-form account-form--attention" aria-labelledby="security-report-heading">
      <h2 id="security-report-heading" className="account-page__subheading">
        {t("account.security.reportHeading")}
      </h2>
      <p id="security-report-explanation">{t("account.security.reportExplanation")}</p>
      <FormAlert errors={errors} />
      <CsrfField token={csrfToken} />
      <div className="form-field">
        <label className="form-field__label" htmlFor="security-report-description">
          {t("account.field.reportDescription")}
        </label>
        <textarea
          id="security-report-description"
          name="description"
          className="form-field__input form-field__textarea"
          rows={5}
          maxLength={4000}
          required
          aria-invalid={errorId ? true : undefined}
          aria-describedby={["security-report-explanation", errorId].filter(Boolean).join(" ")}
        />
        <FieldError id={errorId} error={errors?.fields.description} />
      </div>
      <SubmitButton intent="report">{t("account.security.reportSubmit")}</SubmitButton>
    </Form>
  );
}
