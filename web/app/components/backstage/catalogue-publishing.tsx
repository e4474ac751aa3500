import { Form } from "react-router";
import type { FormErrors } from "../../account/problems";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField, FieldError, FormAlert, SubmitButton } from "../account/form-fields";

/** Publish now or from a moment in Hong Kong time; take off sale (back to draft, or archived). */
export function CataloguePublishing({ csrfToken, status, errors }: { csrfToken: string; status: string; errors: FormErrors | undefined }) {
  const { t } = useI18n();
  const dateError = errors?.fields.publishAt;
  return (
    <div className="catalogue-publishing">
      <FormAlert errors={errors} />
      <Form method="post" className="backstage-inline-form">
        <CsrfField token={csrfToken} />
        <div className="form-field">
          <label className="form-field__label" htmlFor="publish-at">
            {t("backstage.catalogue.publish.at")}
          </label>
          <input id="publish-at" name="publishAt" type="datetime-local" className="form-field__input" aria-invalid={dateError ? true : undefined} aria-describedby={dateError ? "publish-at-error" : undefined} />
          <FieldError id={dateError ? "publish-at-error" : undefined} error={dateError} />
        </div>
        <SubmitButton intent="publish">{t("backstage.catalogue.publish.submit")}</SubmitButton>
      </Form>
      {status !== "draft" ? (
        <Form method="post" className="backstage-inline-form">
          <CsrfField token={csrfToken} />
          <label className="catalogue-check">
            <input type="checkbox" name="archive" value="yes" /> {t("backstage.catalogue.unpublish.archive")}
          </label>
          <SubmitButton intent="unpublish" variant="quiet">
            {t("backstage.catalogue.unpublish.submit")}
          </SubmitButton>
        </Form>
      ) : null}
    </div>
  );
}
