import { Link } from "react-router";
import { privatePageHeaders } from "../../account/page-headers";
import { LEGAL_KINDS, loadVersions, type EditorVersion } from "../../backstage/legal-admin.server";
import { requirePermission } from "../../backstage/staff-api.server";
import { LegalVersionTable, type VersionRow } from "../../components/backstage/legal-version-table";
import { formatDate } from "../../i18n/dates";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import type { Locale } from "../../i18n/locales";
import { useI18n } from "../../i18n/use-i18n";
import { LEGAL_NAMES } from "../../legal/legal-documents";
import type { Route } from "./+types/legal";

/** Drafts, the version in force, those announced for later and those it replaced. */
function rowsOf(versions: EditorVersion[], locale: Locale, now: Date): VersionRow[] {
  const published = versions.filter((version) => version.status === "published" && version.effectiveAt);
  const inForce = published.filter((version) => new Date(version.effectiveAt!) <= now).sort((a, b) => b.effectiveAt!.localeCompare(a.effectiveAt!))[0];
  return versions.map((version) => ({
    version: version.version,
    state:
      version.status === "draft"
        ? "draft"
        : version === inForce
          ? "in-force"
          : new Date(version.effectiveAt!) > now
            ? "upcoming"
            : "superseded",
    effective: version.effectiveAt ? formatDate(new Date(version.effectiveAt), locale) : null,
    material: version.material,
    summary: version.summary,
  }));
}

export async function loader({ context, request, url }: Route.LoaderArgs) {
  await requirePermission({ context, request, url }, "legal.manage");
  const { locale } = context.get(requestPreferencesContext);
  const now = new Date();
  const documents = await Promise.all(
    LEGAL_KINDS.map(async (kind) => ({ kind, versions: rowsOf(await loadVersions({ context, request, url }, kind), locale, now) })),
  );
  return { documents };
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.legal.title") }, { name: "robots", content: "noindex" }];
};

export default function LegalDocumentsPage({ loaderData }: Route.ComponentProps) {
  const { t } = useI18n();
  return (
    <section className="backstage-page backstage-page--wide" aria-labelledby="legal-heading">
      <h1 id="legal-heading" className="backstage-page__heading">
        {t("backstage.legal.heading")}
      </h1>
      <p className="backstage-page__lead">{t("backstage.legal.lead")}</p>
      {loaderData.documents.map(({ kind, versions }) => (
        <section key={kind} className="backstage-document" aria-labelledby={`document-${kind}`}>
          <div className="backstage-document__header">
            <h2 id={`document-${kind}`} className="account-page__subheading">
              {t(LEGAL_NAMES[kind])}
            </h2>
            <Link to={`/admin/legal/${kind}/new`} className="text-link">
              {t("backstage.legal.newDraft")}
              <span className="visually-hidden"> {t(LEGAL_NAMES[kind])}</span>
            </Link>
          </div>
          <LegalVersionTable kind={kind} versions={versions} />
        </section>
      ))}
    </section>
  );
}
