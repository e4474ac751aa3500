import { Form } from "react-router";
import type { FormErrors } from "../../account/problems";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField, FormAlert, SubmitButton, TextField } from "../account/form-fields";

export interface Enrolment {
  secret: string;
  otpauthUri: string;
}

/** The key in groups of four, as authenticator apps print it and people type it. */
function grouped(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}

interface AuthenticatorProps {
  csrfToken: string;
  enrolled: boolean;
  enrolment: Enrolment | null;
  errors: FormErrors | undefined;
}

/**
 * The second factor. No QR code is drawn (no image library, and none fetched from elsewhere): the
 * key is shown as text to type into the app, with the setup link for apps that take one.
 */
export function AuthenticatorSection({ csrfToken, enrolled, enrolment, errors }: AuthenticatorProps) {
  const { t } = useI18n();
  if (enrolled) {
    return (
      <section className="account-section" aria-labelledby="authenticator-heading">
        <h2 id="authenticator-heading" className="account-page__subheading">
          {t("backstage.security.totpHeading")}
        </h2>
        <p>{t("backstage.security.totpEnrolled")}</p>
      </section>
    );
  }
  if (!enrolment) {
    return (
      <Form method="post" className="account-form" aria-labelledby="authenticator-heading">
        <h2 id="authenticator-heading" className="account-page__subheading">
          {t("backstage.security.totpHeading")}
        </h2>
        <p className="form-field__hint">{t("backstage.security.totpExplanation")}</p>
        <FormAlert errors={errors} />
        <CsrfField token={csrfToken} />
        <SubmitButton intent="start-totp">{t("backstage.security.totpStart")}</SubmitButton>
      </Form>
    );
  }
  return (
    <Form method="post" className="account-form" aria-labelledby="authenticator-heading">
      <h2 id="authenticator-heading" className="account-page__subheading">
        {t("backstage.security.totpHeading")}
      </h2>
      <FormAlert errors={errors} />
      <ol className="backstage-steps">
        <li className="backstage-steps__item">
          <p className="backstage-steps__text">{t("backstage.security.totpStepKey")}</p>
          <p className="backstage-secret">
            <span className="visually-hidden">{t("backstage.security.totpKeyLabel")} </span>
            <code className="backstage-secret__key" data-secret={enrolment.secret}>
              {grouped(enrolment.secret)}
            </code>
          </p>
          <p className="form-field__hint">{t("backstage.security.totpKeyHint")}</p>
          <p className="form-field__hint">{t("backstage.security.totpUriHint")}</p>
          <p className="backstage-secret">
            <code className="backstage-secret__uri">{enrolment.otpauthUri}</code>
          </p>
        </li>
        <li className="backstage-steps__item">
          <p className="backstage-steps__text">{t("backstage.security.totpStepCode")}</p>
          <CsrfField token={csrfToken} />
          <input type="hidden" name="secret" value={enrolment.secret} />
          <input type="hidden" name="otpauthUri" value={enrolment.otpauthUri} />
          <TextField
            id="security-totp-code"
            name="totp"
            type="text"
            inputMode="numeric"
            pattern="[0-9 ]{6,7}"
            maxLength={7}
            label={t("backstage.field.totp")}
            autoComplete="one-time-code"
            required
            error={errors?.fields.totp}
          />
        </li>
      </ol>
      <SubmitButton intent="confirm-totp">{t("backstage.security.totpConfirm")}</SubmitButton>
    </Form>
  );
}

export function StaffPasswordForm({ csrfToken, errors }: { csrfToken: string; errors: FormErrors | undefined }) {
  const { t } = useI18n();
  return (
    <Form method="post" className="account-form" aria-labelledby="staff-password-heading">
      <h2 id="staff-password-heading" className="account-page__subheading">
        {t("backstage.security.passwordHeading")}
      </h2>
      <p className="form-field__hint">{t("backstage.security.passwordExplanation")}</p>
      <FormAlert errors={errors} />
      <CsrfField token={csrfToken} />
      <TextField id="staff-current-password" name="currentPassword" type="password" label={t("account.field.currentPassword")} autoComplete="current-password" required error={errors?.fields.currentPassword} />
      <TextField
        id="staff-new-password"
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
