import { data, redirect } from "react-router";
import { csrfOf, passwordField, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus, type FormErrors } from "../../account/problems";
import { relayCookies } from "../../api/server-api";
import { backstageErrorsFrom } from "../../backstage/problems";
import { changeAsStaff } from "../../backstage/staff-api.server";
import { FormNotice } from "../../components/account/form-fields";
import { AuthenticatorSection, StaffPasswordForm, type Enrolment } from "../../components/backstage/security-sections";
import { translatorFromMatches } from "../../i18n/meta";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/security";
import { useBackstageArea } from "./signed-in";

const SAVED: Readonly<Record<string, PlainMessageKey>> = {
  totp: "backstage.security.saved.totp",
  password: "backstage.security.saved.password",
};

export function loader({ url }: Route.LoaderArgs) {
  const saved = url.searchParams.get("saved");
  return { saved: saved && Object.hasOwn(SAVED, saved) ? SAVED[saved]! : null };
}

type Intent = "start-totp" | "confirm-totp" | "password";

/**
 * Enrolling an authenticator takes two steps: the API makes a secret (shown here to type into the
 * app), then the app's first code confirms it. The secret rides along in the confirmation form so
 * that a mistyped code can be tried again without starting over.
 */
export async function action({ context, request, url }: Route.ActionArgs) {
  const form = await request.formData();
  const csrfToken = csrfOf(form);
  const intent = textField(form, "intent") as Intent;
  const refused = (result: { status: number; problem: Parameters<typeof backstageErrorsFrom>[0] }, enrolment: Enrolment | null = null) =>
    data({ intent, enrolment, errors: backstageErrorsFrom(result.problem, { code: "totp" }) as FormErrors }, { status: refusalStatus(result.status) });

  switch (intent) {
    case "start-totp": {
      const result = await changeAsStaff<Enrolment>({ context, request, url }, "/admin/session/totp", { method: "POST", csrfToken });
      return result.ok ? data({ intent, enrolment: result.data, errors: undefined }) : refused(result);
    }
    case "confirm-totp": {
      const enrolment = { secret: textField(form, "secret"), otpauthUri: textField(form, "otpauthUri") };
      const code = textField(form, "totp").replace(/\s+/g, "");
      const result = await changeAsStaff({ context, request, url }, "/admin/session/totp/confirm", { method: "POST", body: { code }, csrfToken });
      // The API opens a new session with the enrolment: its cookie must reach the browser.
      return result.ok ? redirect("/admin/security?saved=totp", { status: 303, headers: relayCookies(result.headers) }) : refused(result, enrolment);
    }
    case "password": {
      const body = { currentPassword: passwordField(form, "currentPassword"), newPassword: passwordField(form, "newPassword") };
      const result = await changeAsStaff({ context, request, url }, "/admin/session/password", { method: "PUT", body, csrfToken });
      return result.ok ? redirect("/admin/security?saved=password", { status: 303, headers: relayCookies(result.headers) }) : refused(result);
    }
    default:
      return data({ intent, enrolment: null, errors: { form: "account.error.generic", fields: {} } as FormErrors }, { status: 400 });
  }
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.security.title") }, { name: "robots", content: "noindex" }];
};

export default function BackstageSecurity({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { staff, totpEnrolmentRequired, csrfToken } = useBackstageArea();
  const errorsFor = (...intents: Intent[]) => (actionData && intents.includes(actionData.intent) ? actionData.errors : undefined);
  return (
    <section className="backstage-page" aria-labelledby="security-heading">
      <h1 id="security-heading" className="backstage-page__heading">
        {t("backstage.security.heading")}
      </h1>
      {loaderData.saved && !actionData ? <FormNotice>{t(loaderData.saved)}</FormNotice> : null}
      {totpEnrolmentRequired ? (
        <div className="account-panel account-panel--attention">
          <h2 className="account-panel__heading">{t("backstage.security.requiredHeading")}</h2>
          <p className="account-panel__body">{t("backstage.security.requiredBody")}</p>
        </div>
      ) : null}
      <AuthenticatorSection
        csrfToken={csrfToken}
        enrolled={staff.totpEnrolled}
        enrolment={actionData?.enrolment ?? null}
        errors={errorsFor("start-totp", "confirm-totp")}
      />
      <StaffPasswordForm csrfToken={csrfToken} errors={errorsFor("password")} />
    </section>
  );
}
