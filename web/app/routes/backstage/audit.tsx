import { data, Link, redirect } from "react-router";
import { privatePageHeaders } from "../../account/page-headers";
import { auditApiQuery, auditFiltersOf, auditPagePath, detailLines, type AuditEvent } from "../../backstage/audit";
import { backstageErrorsFrom } from "../../backstage/problems";
import { backstageSignInPath, requirePermission, staffApi, type StaffMember } from "../../backstage/staff-api.server";
import { FormAlert } from "../../components/account/form-fields";
import { AuditFilterForm, AuditTable } from "../../components/backstage/audit-sections";
import { formatDateTime } from "../../i18n/dates";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/audit";

const PAGE_SIZE = 50;

/**
 * One page of the audit log, newest first. Staff are named when the reader may see the staff list
 * (`staff.manage`); otherwise by id. A filter the API refuses is explained above the (empty) list.
 */
export async function loader({ context, request, url }: Route.LoaderArgs) {
  const session = await requirePermission({ context, request, url }, "audit.read");
  const { locale } = context.get(requestPreferencesContext);
  const filters = auditFiltersOf(url.searchParams);
  const cursor = url.searchParams.get("cursor")?.slice(0, 200) ?? "";
  const [result, staffList] = await Promise.all([
    staffApi<{ events: AuditEvent[]; nextCursor: string | null }>(context, `/admin/audit-events?${auditApiQuery(filters, cursor, PAGE_SIZE)}`),
    session.permissions.includes("staff.manage") ? staffApi<{ staff: StaffMember[] }>(context, "/admin/staff") : null,
  ]);
  if (!result.ok && result.status === 401) throw redirect(backstageSignInPath(url));
  if (!result.ok && result.status !== 400) throw data(null, { status: result.status >= 500 ? 502 : result.status });
  const staff = staffList?.ok ? staffList.data.staff.map(({ id, name }) => ({ id, name })) : null;
  const names = new Map(staff?.map(({ id, name }) => [id, name]));
  const page = result.ok ? result.data : { events: [], nextCursor: null };
  return {
    filters,
    staff,
    cursor,
    nextCursor: page.nextCursor,
    errors: result.ok ? undefined : backstageErrorsFrom(result.problem),
    events: page.events.map((event) => ({
      id: event.id,
      at: formatDateTime(new Date(event.at), locale),
      staff: names.get(event.staffId) ?? event.staffId,
      action: event.action,
      subjectType: event.subjectType,
      subjectId: event.subjectId,
      details: detailLines(event.detail),
    })),
  };
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.audit.title") }, { name: "robots", content: "noindex" }];
};

export default function AuditPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { filters, staff, events, cursor, nextCursor, errors } = loaderData;
  return (
    <section className="backstage-page backstage-page--wide" aria-labelledby="audit-heading">
      <h1 id="audit-heading" className="backstage-page__heading">
        {t("backstage.audit.heading")}
      </h1>
      <p className="backstage-page__lead">{t("backstage.audit.lead")}</p>
      <AuditFilterForm filters={filters} staff={staff} errors={errors} />
      <FormAlert errors={errors} />
      {events.length === 0 ? <p className="backstage-empty">{t("backstage.audit.none")}</p> : <AuditTable events={events} />}
      <nav className="backstage-paging" aria-label={t("backstage.paging.label")}>
        {cursor ? (
          <Link to={auditPagePath(filters, null)} className="text-link">
            {t("backstage.audit.newest")}
          </Link>
        ) : null}
        {nextCursor ? (
          <Link to={auditPagePath(filters, nextCursor)} className="text-link">
            {t("backstage.audit.older")}
          </Link>
        ) : null}
      </nav>
    </section>
  );
}
