import { Link } from "react-router";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";

export interface VersionRow {
  version: string;
  state: "draft" | "upcoming" | "in-force" | "superseded";
  /** Formatted; null for a draft that takes effect when published. */
  effective: string | null;
  material: boolean;
  summary: string;
}

const STATE_NAMES: Record<VersionRow["state"], PlainMessageKey> = {
  draft: "backstage.legal.state.draft",
  upcoming: "legal.state.upcoming",
  "in-force": "legal.state.in-force",
  superseded: "legal.state.superseded",
};

export function LegalVersionTable({ kind, versions }: { kind: string; versions: readonly VersionRow[] }) {
  const { t } = useI18n();
  if (versions.length === 0) return <p className="backstage-empty">{t("backstage.legal.noVersions")}</p>;
  return (
    <div className="backstage-table-wrap">
      <table className="backstage-table">
        <thead>
          <tr>
            <th scope="col">{t("backstage.legal.column.version")}</th>
            <th scope="col">{t("backstage.legal.column.status")}</th>
            <th scope="col">{t("backstage.legal.column.effective")}</th>
            <th scope="col">{t("backstage.legal.column.change")}</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((row) => (
            <tr key={row.version}>
              <td>
                <Link to={`/admin/legal/${kind}/versions/${row.version}`} className="backstage-table__primary">
                  {row.version}
                </Link>
                <span className="backstage-table__secondary">{row.summary}</span>
              </td>
              <td>
                <span className={`backstage-state backstage-state--${row.state}`}>{t(STATE_NAMES[row.state])}</span>
              </td>
              <td>{row.effective ?? t("backstage.legal.onPublication")}</td>
              <td>{row.material ? t("backstage.legal.material") : t("backstage.legal.minor")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
