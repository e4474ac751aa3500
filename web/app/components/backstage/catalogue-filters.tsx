import { Form, Link } from "react-router";
import { PRODUCT_STATUSES, productStatusKey } from "../../backstage/catalogue";
import { useI18n } from "../../i18n/use-i18n";

export interface CatalogueFilterValues {
  q: string;
  status: string;
  designerId: string;
  categoryId: string;
}

interface Option {
  id: string;
  name: string;
}

/** Search by name or SKU and filter by status, designer and category: a plain GET form. */
export function CatalogueFilters({ values, designers, categories }: { values: CatalogueFilterValues; designers: readonly Option[]; categories: readonly Option[] }) {
  const { t } = useI18n();
  return (
    <Form method="get" className="backstage-filters" role="search" aria-label={t("backstage.catalogue.searchLabel")}>
      <div className="form-field">
        <label className="form-field__label" htmlFor="catalogue-q">
          {t("backstage.catalogue.query")}
        </label>
        <input id="catalogue-q" name="q" type="search" className="form-field__input" defaultValue={values.q} maxLength={100} autoComplete="off" />
      </div>
      <div className="form-field">
        <label className="form-field__label" htmlFor="catalogue-status">
          {t("backstage.catalogue.column.status")}
        </label>
        <select id="catalogue-status" name="status" className="form-field__input form-field__select" defaultValue={values.status}>
          <option value="">{t("backstage.catalogue.anyStatus")}</option>
          {PRODUCT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(productStatusKey(status)!)}
            </option>
          ))}
        </select>
      </div>
      <OptionSelect id="catalogue-designer" name="designerId" label={t("backstage.catalogue.column.designer")} any={t("backstage.catalogue.anyDesigner")} options={designers} value={values.designerId} />
      <OptionSelect id="catalogue-category" name="categoryId" label={t("backstage.catalogue.field.category")} any={t("backstage.catalogue.anyCategory")} options={categories} value={values.categoryId} />
      <div className="backstage-filters__actions">
        <button type="submit" className="button form-button backstage-filters__submit">
          {t("backstage.catalogue.search")}
        </button>
        <Link to="/admin/catalogue" className="text-link">
          {t("backstage.catalogue.clear")}
        </Link>
      </div>
    </Form>
  );
}

function OptionSelect({ id, name, label, any, options, value }: { id: string; name: string; label: string; any: string; options: readonly Option[]; value: string }) {
  return (
    <div className="form-field">
      <label className="form-field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} name={name} className="form-field__input form-field__select" defaultValue={value}>
        <option value="">{any}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}
