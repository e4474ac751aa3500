import { Form } from "react-router";
import type { FormErrors } from "../../account/problems";
import { roleName } from "../../backstage/permissions";
import type { StaffMember } from "../../backstage/staff-api.server";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField, FormAlert, SubmitButton, TextField } from "../account/form-fields";

type StaffRow = StaffMember & { since: string };

interface StaffTableProps {
  staff: readonly StaffRow[];
  roles: readonly string[];
  selfId: string;
  csrfToken: string;
  /** A refused change, shown on the row it was made on. */
  rowErrors: { staffId: string; errors: FormErrors | undefined } | null;
}

export function StaffTable({ staff, roles, selfId, csrfToken, rowErrors }: StaffTableProps) {
  const { t } = useI18n();
  return (
    <div className="backstage-table-wrap">
      <table className="backstage-table">
        <caption className="visually-hidden">{t("backstage.staff.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("backstage.staff.column.person")}</th>
            <th scope="col">{t("backstage.field.role")}</th>
            <th scope="col">{t("backstage.staff.column.status")}</th>
            <th scope="col">{t("backstage.staff.column.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {staff.map((member) => (
            <tr key={member.id} className={member.status === "disabled" ? "backstage-table__row--muted" : undefined}>
              <td>
                <span className="backstage-table__primary">{member.name}</span>
                <span className="backstage-table__secondary">{member.email}</span>
                <span className="backstage-table__secondary">{t("backstage.staff.since", { date: member.since })}</span>
              </td>
              <td>
                <Form method="post" className="backstage-inline-form">
                  <CsrfField token={csrfToken} />
                  <input type="hidden" name="staffId" value={member.id} />
                  <label className="visually-hidden" htmlFor={`role-${member.id}`}>
                    {t("backstage.staff.roleOf", { name: member.name })}
                  </label>
                  <select id={`role-${member.id}`} name="role" className="form-field__input form-field__select" defaultValue={member.role}>
                    {roles.map((role) => (
                      <option key={role} value={role}>
                        {roleName(t, role)}
                      </option>
                    ))}
                  </select>
                  <button type="submit" name="intent" value="role" className="form-button form-button--quiet">
                    {t("backstage.staff.changeRole")}
                    <span className="visually-hidden"> {member.name}</span>
                  </button>
                </Form>
              </td>
              <td>
                <span className="backstage-table__primary">{member.status === "active" ? t("backstage.staff.status.active") : t("backstage.staff.status.disabled")}</span>
                <span className="backstage-table__secondary">{member.totpEnrolled ? t("backstage.staff.totp.on") : t("backstage.staff.totp.off")}</span>
              </td>
              <td>
                {rowErrors?.staffId === member.id ? <FormAlert errors={rowErrors.errors} /> : null}
                <StaffActions member={member} isSelf={member.id === selfId} csrfToken={csrfToken} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function StaffActions({ member, isSelf, csrfToken }: { member: StaffRow; isSelf: boolean; csrfToken: string }) {
  const { t } = useI18n();
  const action = (intent: string, label: string) => (
    <Form method="post" className="backstage-inline-form">
      <CsrfField token={csrfToken} />
      <input type="hidden" name="staffId" value={member.id} />
      <button type="submit" name="intent" value={intent} className="form-button form-button--quiet">
        {label}
        <span className="visually-hidden"> {member.name}</span>
      </button>
    </Form>
  );
  return (
    <div className="backstage-actions">
      {/* Nobody disables their own account: the API refuses it, so the button is not offered. */}
      {isSelf ? null : member.status === "active" ? action("disable", t("backstage.staff.disable")) : action("enable", t("backstage.staff.enable"))}
      {member.totpEnrolled ? action("totp-reset", t("backstage.staff.totpReset")) : null}
    </div>
  );
}

export function CreateStaffForm({ roles, csrfToken, errors }: { roles: readonly string[]; csrfToken: string; errors: FormErrors | undefined }) {
  const { t } = useI18n();
  return (
    <Form method="post" className="account-form backstage-form" aria-labelledby="create-staff-heading">
      <h2 id="create-staff-heading" className="account-page__subheading">
        {t("backstage.staff.createHeading")}
      </h2>
      <p className="form-field__hint">{t("backstage.staff.createExplanation")}</p>
      <FormAlert errors={errors} />
      <CsrfField token={csrfToken} />
      <TextField id="create-staff-name" name="name" label={t("account.field.name")} autoComplete="off" required maxLength={120} error={errors?.fields.name} />
      <TextField id="create-staff-email" name="email" type="email" label={t("account.field.email")} autoComplete="off" required error={errors?.fields.email} />
      <div className="form-field">
        <label className="form-field__label" htmlFor="create-staff-role">
          {t("backstage.field.role")}
        </label>
        <select id="create-staff-role" name="role" className="form-field__input form-field__select" required defaultValue="">
          <option value="" disabled>
            {t("backstage.staff.chooseRole")}
          </option>
          {roles.map((role) => (
            <option key={role} value={role}>
              {roleName(t, role)}
            </option>
          ))}
        </select>
      </div>
      <SubmitButton intent="create">{t("backstage.staff.createSubmit")}</SubmitButton>
    </Form>
  );
}

/** The temporary password, once: the API keeps only its hash. */
export function CreatedStaffNotice({ name, email, temporaryPassword }: { name: string; email: string; temporaryPassword: string }) {
  const { t } = useI18n();
  return (
    <div className="account-panel account-panel--attention" role="status">
      <h2 className="account-panel__heading">{t("backstage.staff.createdHeading", { name })}</h2>
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
