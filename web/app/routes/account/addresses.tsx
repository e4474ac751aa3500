import { data, redirect } from "react-router";
import { changeAccount, loadAccountResource } from "../../account/account-api.server";
import { countryChoices } from "../../account/address-countries";
import { addressBodyOf, addressErrorsFrom, addressValuesFrom, addressValuesOf, addressView, type Address, type AddressValues } from "../../account/address-forms";
import { csrfOf, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus, type FormErrors } from "../../account/problems";
import { AddressCard } from "../../components/account/address-card";
import { AddressForm } from "../../components/account/address-form";
import { FormAlert, FormNotice } from "../../components/account/form-fields";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/addresses";
import { useAccountArea } from "./signed-in";

const PAGE = "/account/addresses";

const SAVED_NOTICES: Readonly<Record<string, PlainMessageKey>> = {
  added: "addresses.saved.added",
  updated: "addresses.saved.updated",
  deleted: "addresses.saved.deleted",
  default: "addresses.saved.default",
};

/**
 * The address book, with country names in the reader's language (formatted here, so the server's
 * HTML and the hydrated page agree), and which address is being edited or deleted, from the URL.
 */
export async function loader({ context, request }: Route.LoaderArgs) {
  const { locale } = context.get(requestPreferencesContext);
  const { addresses } = await loadAccountResource<{ addresses: Address[] }>(context, request, "/account/addresses");
  const search = new URL(request.url).searchParams;
  const known = (id: string | null) => (id && addresses.some((address) => address.id === id) ? id : null);
  const saved = search.get("saved");
  return {
    addresses: addresses.map((address) => addressView(address, locale)),
    countries: countryChoices(locale),
    editing: known(search.get("edit")),
    confirmingDelete: known(search.get("delete")),
    saved: saved && Object.hasOwn(SAVED_NOTICES, saved) ? SAVED_NOTICES[saved]! : null,
  };
}

type Intent = "add" | "update" | "default" | "delete";

/** The page's forms, told apart by `intent`; each change carries the session's CSRF token. */
export async function action({ context, request }: Route.ActionArgs) {
  const form = await request.formData();
  const csrfToken = csrfOf(form);
  const intent = textField(form, "intent") as Intent;
  const addressId = textField(form, "addressId");
  const path = `/account/addresses/${encodeURIComponent(addressId)}`;
  const refused = (result: { status: number; problem: Parameters<typeof addressErrorsFrom>[0] }, values?: AddressValues) =>
    data({ intent, addressId, errors: addressErrorsFrom(result.problem), values }, { status: refusalStatus(result.status) });

  switch (intent) {
    case "add": {
      const values = addressValuesOf(form);
      const result = await changeAccount(context, request, "/account/addresses", { method: "POST", body: addressBodyOf(values), csrfToken });
      return result.ok ? redirect(`${PAGE}?saved=added`, 303) : refused(result, values);
    }
    case "update": {
      const values = addressValuesOf(form);
      const result = await changeAccount(context, request, path, { method: "PATCH", body: addressBodyOf(values), csrfToken });
      return result.ok ? redirect(`${PAGE}?saved=updated`, 303) : refused(result, values);
    }
    case "default": {
      const result = await changeAccount(context, request, path, { method: "PATCH", body: { isDefault: true }, csrfToken });
      return result.ok ? redirect(`${PAGE}?saved=default`, 303) : refused(result);
    }
    case "delete": {
      // The first press only asks again; the confirmation's own POST carries confirm=1.
      if (textField(form, "confirm") !== "1") return redirect(`${PAGE}?delete=${encodeURIComponent(addressId)}`, 303);
      const result = await changeAccount(context, request, path, { method: "DELETE", csrfToken });
      // Already gone (a second click, another tab) is what the customer wanted: say it is deleted.
      return result.ok || result.status === 404 ? redirect(`${PAGE}?saved=deleted`, 303) : refused(result);
    }
    default:
      return data({ intent, addressId, errors: { form: "account.error.generic", fields: {} } as FormErrors, values: undefined }, { status: 400 });
  }
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("addresses.title") }, { name: "robots", content: "noindex" }];
};

export default function Addresses({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { csrfToken } = useAccountArea();
  const { addresses, countries, saved, confirmingDelete } = loaderData;
  // A refused change keeps its form open, whatever the URL says.
  const editing = actionData?.intent === "update" ? actionData.addressId : loaderData.editing;
  const addErrors = actionData?.intent === "add" ? actionData.errors : undefined;
  const cardErrors = actionData?.intent === "default" || actionData?.intent === "delete" ? actionData.errors : undefined;
  return (
    <section aria-labelledby="addresses-heading">
      <h1 id="addresses-heading" className="account-page__heading">
        {t("addresses.heading")}
      </h1>
      <p className="account-page__lead">{t("addresses.lead")}</p>
      {saved && !actionData ? <FormNotice>{t(saved)}</FormNotice> : null}
      <FormAlert errors={cardErrors} />
      {addresses.length === 0 ? (
        <p className="address-list__empty">{t("addresses.empty")}</p>
      ) : (
        <ul className="address-list" aria-label={t("addresses.listLabel")}>
          {addresses.map((address) => (
            <li key={address.id} className="address-list__item">
              {address.id === editing ? (
                <AddressForm
                  mode="edit"
                  addressId={address.id}
                  csrfToken={csrfToken}
                  values={actionData?.intent === "update" && actionData.values ? actionData.values : addressValuesFrom(address)}
                  errors={actionData?.intent === "update" ? actionData.errors : undefined}
                  countries={countries}
                />
              ) : (
                <AddressCard address={address} csrfToken={csrfToken} confirmingDelete={address.id === confirmingDelete} />
              )}
            </li>
          ))}
        </ul>
      )}
      {/* Keyed by the count, so a saved address leaves an empty form behind (scripts keep the DOM). */}
      <AddressForm key={`add-${addresses.length}`} mode="add" csrfToken={csrfToken} values={addErrors ? actionData?.values : undefined} errors={addErrors} countries={countries} />
    </section>
  );
}
