import { Form } from "react-router";
import type { FormErrors } from "../../account/problems";
import { IMPORT_KINDS, type ImportRowError } from "../../backstage/catalogue";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField, FieldError, FormAlert, SubmitButton } from "../account/form-fields";

/** What to import and the CSV itself: a file, or text pasted in (the file wins when both are given). */
export function CatalogueImportForm({ csrfToken, kind, errors }: { csrfToken: string; kind: string; errors: FormErrors | undefined }) {
  const { t } = useI18n();
  const fileError = errors?.fields.file;
  return (
    <Form method="post" encType="multipart/form-data" className="backstage-form">
      <CsrfField token={csrfToken} />
      <FormAlert errors={errors} />
      <div className="form-field">
        <label className="form-field__label" htmlFor="import-kind">
          {t("backstage.catalogue.import.kind")}
        </label>
        <select id="import-kind" name="kind" className="form-field__input form-field__select" defaultValue={kind}>
          {IMPORT_KINDS.map((option) => (
            <option key={option} value={option}>
              {t(`backstage.catalogue.kind.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-field">
        <label className="form-field__label" htmlFor="import-file">
          {t("backstage.catalogue.import.file")}
        </label>
        <input id="import-file" name="file" type="file" accept=".csv,text/csv" className="form-field__input" aria-describedby={fileError ? "import-file-error" : undefined} />
        <FieldError id={fileError ? "import-file-error" : undefined} error={fileError} />
      </div>
      <div className="form-field">
        <label className="form-field__label" htmlFor="import-csv">
          {t("backstage.catalogue.import.paste")}
        </label>
        <textarea id="import-csv" name="csv" rows={8} className="form-field__input form-field__textarea catalogue-csv" spellCheck={false} />
      </div>
      <SubmitButton>{t("backstage.catalogue.import.submit")}</SubmitButton>
    </Form>
  );
}

/** The rows the import refused, each with its line in the file (1 is the header). */
export function ImportRowErrors({ rows }: { rows: readonly ImportRowError[] }) {
  const { t } = useI18n();
  return (
    <div className="backstage-table-wrap">
      <table className="backstage-table catalogue-import-errors">
        <caption className="catalogue-import-errors__caption">{t("backstage.catalogue.import.errorsCaption", { count: String(rows.length) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t("backstage.catalogue.import.line")}</th>
            <th scope="col">{t("backstage.catalogue.import.field")}</th>
            <th scope="col">{t("backstage.catalogue.import.message")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={`${row.line}-${row.field}-${index}`}>
              <td>{row.line}</td>
              <td>{row.field}</td>
              <td>{row.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
