import { data, redirect } from "react-router";
import { changeAccount, loadAccountResource } from "../../account/account-api.server";
import { csrfOf, passwordField, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { formErrorsFrom, refusalStatus, type FormErrors } from "../../account/problems";
import { relayCookies } from "../../api/server-api";
import { PasswordChangeForm, ReportMisuseForm, SessionList, type DeviceSessionView } from "../../components/account/security-sections";
import { FormNotice } from "../../components/account/form-fields";
import { formatDateTime } from "../../i18n/dates";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/security";
import { useAccountArea } from "./signed-in";

interface DeviceSession {
  id: string;
  device: string;
  network: string | null;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
}

const SAVED_NOTICES: Readonly<Record<string, PlainMessageKey>> = {
  password: "account.security.saved.password",
  ended: "account.security.saved.ended",
  others: "account.security.saved.others",
};

/** The sessions with their times formatted here, in the shop's zone and the reader's language. */
export async function loader({ context, request }: Route.LoaderArgs) {
  const { locale } = context.get(requestPreferencesContext);
  const { sessions } = await loadAccountResource<{ sessions: DeviceSession[] }>(context, request, "/account/sessions");
  const saved = new URL(request.url).searchParams.get("saved");
  return {
    sessions: sessions.map(
      (session): DeviceSessionView => ({
        id: session.id,
        device: session.device,
        network: session.network,
        current: session.current,
        signedInAt: formatDateTime(new Date(session.createdAt), locale),
        lastSeenAt: formatDateTime(new Date(session.lastSeenAt), locale),
      }),
    ),
    saved: saved && Object.hasOwn(SAVED_NOTICES, saved) ? SAVED_NOTICES[saved]! : null,
  };
}

type Intent = "password" | "end-session" | "end-others" | "report";

/** The page's four forms, told apart by `intent`; each change carries the session's CSRF token. */
export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const csrfToken = csrfOf(form);
  const intent = textField(form, "intent") as Intent;
  const refused = (result: { status: number; problem: Parameters<typeof formErrorsFrom>[0] }) =>
    data({ intent, errors: formErrorsFrom(result.problem) as FormErrors }, { status: refusalStatus(result.status) });

  switch (intent) {
    case "password": {
      const body = { currentPassword: passwordField(form, "currentPassword"), newPassword: passwordField(form, "newPassword") };
      const result = await changeAccount(context, request, "/account/password", { method: "PUT", body, csrfToken });
      // The API rotates this session on a new password: the new cookie must reach the browser.
      return result.ok ? redirect("/account/security?saved=password", { status: 303, headers: relayCookies(result.headers) }) : refused(result);
    }
    case "end-session": {
      const id = textField(form, "sessionId");
      const result = await changeAccount(context, request, `/account/sessions/${encodeURIComponent(id)}`, { method: "DELETE", csrfToken });
      if (!result.ok) return refused(result);
      // Ending the session in use signs this browser out (the API clears its cookie).
      const endedThisOne = result.headers.getSetCookie().length > 0;
      return endedThisOne
        ? redirect("/account/sign-in?notice=session-ended", { status: 303, headers: relayCookies(result.headers) })
        : redirect("/account/security?saved=ended", 303);
    }
    case "end-others": {
      const result = await changeAccount(context, request, "/account/sessions", { method: "DELETE", csrfToken });
      return result.ok ? redirect("/account/security?saved=others", 303) : refused(result);
    }
    case "report": {
      const body = { description: textField(form, "description") };
      const result = await changeAccount<{ caseId: string }>(context, request, "/account/security-reports", { method: "POST", body, csrfToken });
      // Every session ends with the report, this one included.
      return result.ok ? redirect("/account/sign-in?notice=reported", { status: 303, headers: relayCookies(result.headers) }) : refused(result);
    }
    default:
      return data({ intent, errors: { form: "account.error.generic", fields: {} } as FormErrors }, { status: 400 });
  }
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("account.security.title") }, { name: "robots", content: "noindex" }];
};

export default function Security({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { csrfToken } = useAccountArea();
  const errorsFor = (intent: Intent) => (actionData?.intent === intent ? actionData.errors : undefined);
  return (
    <section aria-labelledby="security-heading">
      <h1 id="security-heading" className="account-page__heading">
        {t("account.security.heading")}
      </h1>
      {loaderData.saved && !actionData ? <FormNotice>{t(loaderData.saved)}</FormNotice> : null}
      <PasswordChangeForm csrfToken={csrfToken} errors={errorsFor("password")} />
      <SessionList csrfToken={csrfToken} sessions={loaderData.sessions} errors={errorsFor("end-session") ?? errorsFor("end-others")} />
      <ReportMisuseForm csrfToken={csrfToken} errors={errorsFor("report")} />
    </section>
  );
}
