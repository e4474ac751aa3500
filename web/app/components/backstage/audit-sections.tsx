import { Form, Link } from "react-router";
import type { FormErrors } from "../../account/problems";
import { auditActionKey, KNOWN_ACTIONS, type AuditFilters } from "../../backstage/audit";
import { useI18n } from "../../i18n/use-i18n";
import { TextField } from "../account/form-fields";

interface FilterProps {
  filters: AuditFilters;
  /** Staff to choose from by name; null when the reader may not list staff (then an id is typed). */
  staff: { id: string; name: string }[] | null;
  errors: FormErrors | undefined;
}

/** The filters: a plain GET form, so a filtered view is an address that can be shared. */
export function AuditFilterForm({ filters, staff, errors }: FilterProps) {
  const { t } = useI18n();
  return (
    <Form method="get" className="backstage-filters backstage-filters--grid" aria-label={t("backstage.audit.filtersLabel")}>
      {staff ? (
        <div className="form-field">
          <label className="form-field__label" htmlFor="audit-staff">
            {t("backstage.audit.field.staff")}
          </label>
          <select id="audit-staff" name="staffId" className="form-field__input form-field__select" defaultValue={filters.staffId}>
            <option value="">{t("backstage.audit.anyone")}</option>
            {staff.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
        </div>
      ) : (
        <TextField id="audit-staff" name="staffId" label={t("backstage.audit.field.staffId")} defaultValue={filters.staffId} error={errors?.fields.staffId} />
      )}
      <TextField id="audit-action" name="action" label={t("backstage.audit.field.action")} list="audit-actions" defaultValue={filters.action} error={errors?.fields.action} />
      <datalist id="audit-actions">
        {KNOWN_ACTIONS.map((action) => (
          <option key={action} value={action}>
            {t(auditActionKey(action)!)}
          </option>
        ))}
      </datalist>
      <TextField id="audit-subject-type" name="subjectType" label={t("backstage.audit.field.subjectType")} defaultValue={filters.subjectType} error={errors?.fields.subjectType} />
      <TextField id="audit-subject-id" name="subjectId" label={t("backstage.audit.field.subjectId")} defaultValue={filters.subjectId} error={errors?.fields.subjectId} />
      <TextField id="audit-from" name="from" type="date" label={t("backstage.audit.field.from")} defaultValue={filters.from} error={errors?.fields.from} />
      <TextField id="audit-to" name="to" type="date" label={t("backstage.audit.field.to")} defaultValue={filters.to} error={errors?.fields.to} />
      <div className="backstage-filters__actions">
        <button type="submit" className="button form-button">
          {t("backstage.audit.filter")}
        </button>
        <Link to="/admin/audit" className="text-link">
          {t("backstage.audit.clear")}
        </Link>
      </div>
    </Form>
  );
}

interface EventRow {
  id: string;
  at: string;
  staff: string;
  action: string;
  subjectType: string;
  subjectId: string;
  details: string[];
}

export function AuditTable({ events }: { events: readonly EventRow[] }) {
  const { t } = useI18n();
  return (
    <div className="backstage-table-wrap">
      <table className="backstage-table">
        <caption className="visually-hidden">{t("backstage.audit.tableCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("backstage.audit.column.when")}</th>
            <th scope="col">{t("backstage.audit.field.staff")}</th>
            <th scope="col">{t("backstage.audit.field.action")}</th>
            <th scope="col">{t("backstage.audit.column.subject")}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            const actionKey = auditActionKey(event.action);
            return (
              <tr key={event.id}>
                <td>{event.at}</td>
                <td>{event.staff}</td>
                <td>
                  <span className="backstage-table__primary">{actionKey ? t(actionKey) : event.action}</span>
                  <code className="backstage-table__code">{event.action}</code>
                </td>
                <td>
                  <span className="backstage-table__primary">
                    <SubjectLink type={event.subjectType} id={event.subjectId} />
                  </span>
                  {event.details.map((line) => (
                    <span key={line} className="backstage-table__secondary">
                      {line}
                    </span>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** A customer subject links to the customer (the page itself checks the reader may open it). */
function SubjectLink({ type, id }: { type: string; id: string }) {
  const text = `${type} · ${id}`;
  return type === "customer" && id.startsWith("cus_") ? <Link to={`/admin/customers/${id}`}>{text}</Link> : <>{text}</>;
}
