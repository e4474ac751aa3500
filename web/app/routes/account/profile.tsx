import { data, Form, redirect } from "react-router";
import { changeAccount, loadAccountResource, type CustomerProfile } from "../../account/account-api.server";
import { csrfOf, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { formErrorsFrom, refusalStatus } from "../../account/problems";
import { CsrfField, FormAlert, FormNotice, SubmitButton, TextField } from "../../components/account/form-fields";
import { LanguageField } from "../../components/account/sign-up-fields";
import { isLocale } from "../../i18n/locales";
import { translatorFromMatches } from "../../i18n/meta";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/profile";
import { useAccountArea } from "./signed-in";

export async function loader({ context, request }: Route.LoaderArgs) {
  const profile = await loadAccountResource<CustomerProfile>(context, request, "/account/profile");
  const saved = new URL(request.url).searchParams.get("saved");
  return { profile, saved: saved === "profile" || saved === "email" ? saved : null };
}

/** Two forms on one page, told apart by `intent`: the details, and a new e-mail address. */
export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const csrfToken = csrfOf(form);
  if (form.get("intent") === "email") {
    const email = textField(form, "newEmail");
    const result = await changeAccount(context, request, "/account/email-changes", { method: "POST", body: { email }, csrfToken });
    if (result.ok) return redirect("/account/profile?saved=email", 303);
    return data({ intent: "email" as const, errors: formErrorsFrom(result.problem, { email: "newEmail" }), newEmail: email }, { status: refusalStatus(result.status) });
  }
  const locale = textField(form, "locale");
  const result = await changeAccount(context, request, "/account/profile", {
    method: "PATCH",
    // An emptied phone field removes the number.
    body: { name: textField(form, "name"), phone: textField(form, "phone") || null, ...(isLocale(locale) ? { locale } : {}) },
    csrfToken,
  });
  if (result.ok) return redirect("/account/profile?saved=profile", 303);
  return data({ intent: "profile" as const, errors: formErrorsFrom(result.problem), newEmail: "" }, { status: refusalStatus(result.status) });
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("account.profile.title") }, { name: "robots", content: "noindex" }];
};

export default function Profile({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { csrfToken } = useAccountArea();
  const { profile, saved } = loaderData;
  const detailsErrors = actionData?.intent === "profile" ? actionData.errors : undefined;
  const emailErrors = actionData?.intent === "email" ? actionData.errors : undefined;
  return (
    <section aria-labelledby="profile-heading">
      <h1 id="profile-heading" className="account-page__heading">
        {t("account.profile.heading")}
      </h1>

      <Form method="post" className="account-form" aria-labelledby="profile-details-heading">
        <h2 id="profile-details-heading" className="account-page__subheading">
          {t("account.profile.detailsHeading")}
        </h2>
        {saved === "profile" && !actionData ? <FormNotice>{t("account.profile.saved")}</FormNotice> : null}
        <FormAlert errors={detailsErrors} />
        <CsrfField token={csrfToken} />
        <TextField id="profile-name" name="name" label={t("account.field.name")} autoComplete="name" required maxLength={200} defaultValue={profile.name} error={detailsErrors?.fields.name} />
        <TextField
          id="profile-phone"
          name="phone"
          type="tel"
          label={t("account.field.phone.optional")}
          hint={t("account.field.phone.hint")}
          autoComplete="tel"
          defaultValue={profile.phone ?? ""}
          error={detailsErrors?.fields.phone}
        />
        <LanguageField id="profile-locale" defaultValue={profile.locale} />
        <SubmitButton intent="profile">{t("account.profile.save")}</SubmitButton>
      </Form>

      <Form method="post" className="account-form" aria-labelledby="profile-email-heading" key={saved ?? "email"}>
        <h2 id="profile-email-heading" className="account-page__subheading">
          {t("account.profile.emailHeading")}
        </h2>
        <p>{t("account.profile.currentEmail", { email: profile.email })}</p>
        <p className="form-field__hint">{t("account.profile.emailExplanation")}</p>
        {saved === "email" && !actionData ? <FormNotice>{t("account.profile.emailSent")}</FormNotice> : null}
        <FormAlert errors={emailErrors} />
        <CsrfField token={csrfToken} />
        <TextField id="profile-new-email" name="newEmail" type="email" label={t("account.field.newEmail")} autoComplete="email" required defaultValue={actionData?.newEmail} error={emailErrors?.fields.newEmail} />
        <SubmitButton intent="email">{t("account.profile.emailSubmit")}</SubmitButton>
      </Form>
    </section>
  );
}
