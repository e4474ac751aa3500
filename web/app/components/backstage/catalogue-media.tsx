import { Form } from "react-router";
import type { FormErrors } from "../../account/problems";
import type { AdminMedia } from "../../backstage/catalogue";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField, FieldError, FormAlert, SubmitButton, TextField } from "../account/form-fields";

/** The product's pictures in their order, and the form that adds one (a multipart upload). */
export function CatalogueMedia({ csrfToken, media, errors }: { csrfToken: string; media: readonly AdminMedia[]; errors: FormErrors | undefined }) {
  const { t } = useI18n();
  const imageError = errors?.fields.image;
  return (
    <section className="catalogue-section" aria-labelledby="media-heading">
      <h2 id="media-heading" className="account-page__subheading">
        {t("backstage.catalogue.media.heading")}
      </h2>
      {media.length === 0 ? (
        <p className="backstage-empty">{t("backstage.catalogue.media.none")}</p>
      ) : (
        <ul className="catalogue-media">
          {media.map((item) => (
            <li key={item.id} className="catalogue-media__item">
              <img src={item.url} alt={item.alt ?? ""} width={item.width} height={item.height} loading="lazy" className="catalogue-media__image" />
              <span className="backstage-table__code">{[item.colour, `${item.width}×${item.height}`].filter(Boolean).join(" · ")}</span>
            </li>
          ))}
        </ul>
      )}
      <Form method="post" encType="multipart/form-data" className="backstage-form">
        <CsrfField token={csrfToken} />
        <h3 className="catalogue-form__legend">{t("backstage.catalogue.media.upload")}</h3>
        <FormAlert errors={errors} />
        <div className="form-field">
          <label className="form-field__label" htmlFor="media-image">
            {t("backstage.catalogue.media.file")}
          </label>
          <input id="media-image" name="image" type="file" accept="image/jpeg,image/png,image/webp" className="form-field__input" aria-describedby={imageError ? "media-image-error" : undefined} />
          <FieldError id={imageError ? "media-image-error" : undefined} error={imageError} />
        </div>
        <TextField id="media-colour" name="colour" label={t("backstage.catalogue.variant.colour")} maxLength={40} />
        <TextField id="media-alt" name="alt" label={t("backstage.catalogue.media.alt")} maxLength={300} />
        <SubmitButton intent="upload">{t("backstage.catalogue.media.submit")}</SubmitButton>
      </Form>
    </section>
  );
}
