import { Form, Link } from "react-router";
import type { FormErrors } from "../../account/problems";
import { supplierStatusKey } from "../../backstage/suppliers";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField, FormAlert, SubmitButton, TextField } from "../account/form-fields";

interface OrganisationRow {
  id: string;
  name: string;
  status: string;
  since: string;
}

function StatusText({ status }: { status: string }) {
  const { t } = useI18n();
  const key = supplierStatusKey(status);
  return <span className={`backstage-state backstage-state--${status}`}>{key ? t(key) : status}</span>;
}

export function SupplierTable({ organisations }: { organisations: readonly OrganisationRow[] }) {
  const { t } = useI18n();
  if (organisations.length === 0) return <p className="backstage-empty">{t("backstage.suppliers.none")}</p>;
  return (
    <div className="backstage-table-wrap">
      <table className="backstage-table">
        <caption className="visually-hidden">{t("backstage.suppliers.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("backstage.suppliers.column.name")}</th>
            <th scope="col">{t("backstage.suppliers.column.status")}</th>
            <th scope="col">{t("backstage.suppliers.column.since")}</th>
          </tr>
        </thead>
        <tbody>
          {organisations.map((organisation) => (
            <tr key={organisation.id}>
              <td>
                <Link to={`/admin/suppliers/${organisation.id}`} className="backstage-table__primary">
                  {organisation.name}
                </Link>
              </td>
              <td>
                <StatusText status={organisation.status} />
              </td>
              <td>{organisation.since}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface FormProps {
  csrfToken: string;
  errors: FormErrors | undefined;
  /** What was typed, kept after a refusal. */
  values: Readonly<Record<string, string>> | undefined;
}

export function CreateSupplierForm({ csrfToken, errors, values }: FormProps) {
  const { t } = useI18n();
  return (
    <Form method="post" className="account-form backstage-form" aria-labelledby="create-supplier-heading">
      <h2 id="create-supplier-heading" className="account-page__subheading">
        {t("backstage.suppliers.createHeading")}
      </h2>
      <p className="form-field__hint">{t("backstage.suppliers.createExplanation")}</p>
      <FormAlert errors={errors} />
      <CsrfField token={csrfToken} />
      <TextField id="create-supplier-name" name="name" label={t("backstage.suppliers.field.name")} autoComplete="organization" required maxLength={200} defaultValue={values?.name} error={errors?.fields.name} />
      <SubmitButton intent="create">{t("backstage.suppliers.createSubmit")}</SubmitButton>
    </Form>
  );
}

interface UserRow {
  id: string;
  name: string;
  email: string;
  status: string;
  since: string;
}

export function SupplierUsersTable({ users }: { users: readonly UserRow[] }) {
  const { t } = useI18n();
  if (users.length === 0) return <p className="backstage-empty">{t("backstage.suppliers.detail.noUsers")}</p>;
  return (
    <div className="backstage-table-wrap">
      <table className="backstage-table">
        <caption className="visually-hidden">{t("backstage.suppliers.detail.usersCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("backstage.staff.column.person")}</th>
            <th scope="col">{t("backstage.suppliers.column.status")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} className={user.status === "disabled" ? "backstage-table__row--muted" : undefined}>
              <td>
                <span className="backstage-table__primary">{user.name}</span>
                <span className="backstage-table__secondary">{user.email}</span>
                <span className="backstage-table__secondary">{t("backstage.staff.since", { date: user.since })}</span>
              </td>
              <td>
                <StatusText status={user.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function AddSupplierUserForm({ csrfToken, errors, values }: FormProps) {
  const { t } = useI18n();
  return (
    <Form method="post" className="account-form backstage-form" aria-labelledby="add-supplier-user-heading">
      <h2 id="add-supplier-user-heading" className="account-page__subheading">
        {t("backstage.suppliers.addUserHeading")}
      </h2>
      <p className="form-field__hint">{t("backstage.suppliers.addUserExplanation")}</p>
      <FormAlert errors={errors} />
      <CsrfField token={csrfToken} />
      <TextField id="supplier-user-name" name="name" label={t("account.field.name")} autoComplete="off" required maxLength={120} defaultValue={values?.name} error={errors?.fields.name} />
      <TextField id="supplier-user-email" name="email" type="email" label={t("account.field.email")} autoComplete="off" required defaultValue={values?.email} error={errors?.fields.email} />
      <SubmitButton intent="add-user">{t("backstage.suppliers.addUserSubmit")}</SubmitButton>
    </Form>
  );
}

/** The temporary password, once: the API keeps only its hash. */
export function AddedSupplierUserNotice({ name, email, temporaryPassword }: { name: string; email: string; temporaryPassword: string }) {
  const { t } = useI18n();
  return (
    <div className="account-panel account-panel--attention" role="status">
      <h2 className="account-panel__heading">{t("backstage.suppliers.addedHeading", { name })}</h2>
      <p className="account-panel__body">{t("backstage.staff.createdBody", { email })}</p>
      <p className="backstage-secret">
        <code className="backstage-secret__key" data-temporary-password>
          {temporaryPassword}
        </code>
      </p>
      <p className="account-panel__body">{t("backstage.staff.createdOnce")}</p>
    </div>
  );
}
