import { Form } from "react-router";
import type { SortName } from "../../catalogue/catalog-types";
import { canonicalParams } from "../../catalogue/listing-url";
import { useI18n } from "../../i18n/use-i18n";
import type { PlainMessageKey } from "../../i18n/translate";
import { useHydrated } from "../cookie-consent/use-hydrated";

const SORT_LABELS: Record<SortName, PlainMessageKey> = {
  relevance: "catalogue.sort.relevance",
  newest: "catalogue.sort.newest",
  popular: "catalogue.sort.popular",
  price_asc: "catalogue.sort.priceAsc",
  price_desc: "catalogue.sort.priceDesc",
};

/**
 * The order of the listing: a plain GET form that keeps every filter in hidden fields, so it
 * works without JavaScript (with its button); with JavaScript a choice applies at once.
 */
export function SortForm({ sort, pathname, params }: { sort: SortName; pathname: string; params: URLSearchParams }) {
  const { t } = useI18n();
  const hydrated = useHydrated();
  const kept = [...canonicalParams(params)].filter(([name]) => name !== "sort");
  const options: SortName[] = params.get("q") ? ["relevance", "newest", "popular", "price_asc", "price_desc"] : ["newest", "popular", "price_asc", "price_desc"];
  return (
    <Form method="get" action={pathname} className="sort-form" preventScrollReset>
      {kept.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <label htmlFor="listing-sort" className="sort-form__label">{t("catalogue.sort.label")}</label>
      <select
        id="listing-sort"
        name="sort"
        className="sort-form__select"
        defaultValue={sort}
        key={sort}
        onChange={(event) => event.currentTarget.form?.requestSubmit()}
      >
        {options.map((option) => (
          <option key={option} value={option}>{t(SORT_LABELS[option])}</option>
        ))}
      </select>
      {hydrated ? null : <button type="submit" className="sort-form__submit">{t("catalogue.sort.apply")}</button>}
    </Form>
  );
}
