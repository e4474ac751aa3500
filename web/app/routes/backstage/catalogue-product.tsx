import { data, Link, redirect } from "react-router";
import { csrfOf, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus, type FormErrors } from "../../account/problems";
import { catalogueApiPaths, isProductId, productBadge, productStatusKey, shopLocalToIso, type AdminProduct } from "../../backstage/catalogue";
import { productChoices } from "../../backstage/catalogue-api.server";
import { productBody, productFormValues, readPrices, readProductForm, readStock, readVariant } from "../../backstage/catalogue-forms";
import { backstageErrorsFrom } from "../../backstage/problems";
import { changeAsStaff, loadStaffResource, requirePermission, type PageArgs } from "../../backstage/staff-api.server";
import { FormNotice } from "../../components/account/form-fields";
import { CatalogueMedia } from "../../components/backstage/catalogue-media";
import { CatalogueProductForm } from "../../components/backstage/catalogue-product-form";
import { CataloguePublishing } from "../../components/backstage/catalogue-publishing";
import { CatalogueVariants } from "../../components/backstage/catalogue-variants";
import { formatDateTime } from "../../i18n/dates";
import type { PlainMessageKey } from "../../i18n/translate";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import type { Route } from "./+types/catalogue-product";
import { useBackstageArea } from "./signed-in";

/** The notice shown after each kind of change (`?saved=`). */
const SAVED_NOTICES: Readonly<Record<string, PlainMessageKey>> = {
  created: "backstage.catalogue.saved.created",
  saved: "backstage.catalogue.saved.saved",
  published: "backstage.catalogue.saved.published",
  unpublished: "backstage.catalogue.saved.unpublished",
  variant: "backstage.catalogue.saved.variant",
  prices: "backstage.catalogue.saved.prices",
  stock: "backstage.catalogue.saved.stock",
  media: "backstage.catalogue.saved.media",
};

/** The product with its variants, prices, stock and media, and the choices its form offers. */
export async function loader({ context, request, params, url }: Route.LoaderArgs) {
  const args = { context, request, url };
  await requirePermission(args, "catalog.manage");
  if (!isProductId(params.id)) throw data(null, { status: 404 });
  const { locale } = context.get(requestPreferencesContext);
  const [product, choices] = await Promise.all([loadStaffResource<AdminProduct>(args, catalogueApiPaths.product(params.id)), productChoices(args, locale)]);
  const saved = url.searchParams.get("saved");
  return {
    product,
    badge: productBadge(product),
    publishAt: product.publishAt ? formatDateTime(new Date(product.publishAt), locale) : null,
    values: productFormValues(product),
    choices,
    saved: saved && Object.hasOwn(SAVED_NOTICES, saved) ? SAVED_NOTICES[saved]! : null,
  };
}

type ActionResult = { intent: string; target?: string; errors: FormErrors; values?: Record<string, string> };

/** Each form of the page says what it changes in `intent`; every success comes back here with a notice. */
export async function action({ context, request, params, url }: Route.ActionArgs) {
  if (!isProductId(params.id)) throw data(null, { status: 404 });
  const args = { context, request, url };
  const form = await request.formData();
  const intent = textField(form, "intent");
  const outcome = await change(args, params.id, intent, form);
  if (outcome.ok) return redirect(`/admin/catalogue/${params.id}?saved=${outcome.saved}`, 303);
  return data(outcome.refusal, { status: outcome.status });
}

type Outcome = { ok: true; saved: string } | { ok: false; status: number; refusal: ActionResult };

async function change(args: PageArgs, id: string, intent: string, form: FormData): Promise<Outcome> {
  const csrfToken = csrfOf(form);
  const target = textField(form, "variantId");
  const refuse = (errors: FormErrors, status = 400, values?: Record<string, string>): Outcome => ({ ok: false, status, refusal: { intent, target, errors, ...(values ? { values } : {}) } });
  const send = async (saved: string, path: string, method: string, body: unknown, values?: Record<string, string>): Promise<Outcome> => {
    const result = await changeAsStaff(args, path, { method, body, csrfToken });
    return result.ok ? { ok: true, saved } : refuse(backstageErrorsFrom(result.problem, { translations: "en.name" }), refusalStatus(result.status), values);
  };
  switch (intent) {
    case "save": {
      const values = readProductForm(form);
      return send("saved", catalogueApiPaths.product(id), "PATCH", productBody(values, "patch"), values);
    }
    case "publish": {
      const when = textField(form, "publishAt");
      const publishAt = when ? shopLocalToIso(when) : undefined;
      if (publishAt === null) return refuse({ fields: { publishAt: "backstage.catalogue.error.publishAt" } });
      return send("published", catalogueApiPaths.publish(id), "POST", publishAt ? { publishAt } : {});
    }
    case "unpublish":
      return send("unpublished", catalogueApiPaths.unpublish(id), "POST", { archive: textField(form, "archive") === "yes" });
    case "addVariant":
      return send("variant", catalogueApiPaths.variants(id), "POST", readVariant(form));
    case "prices": {
      const { prices, invalid } = readPrices(form);
      if (invalid || prices.length === 0) return refuse({ fields: {}, form: "backstage.catalogue.error.prices" });
      return send("prices", catalogueApiPaths.prices(target), "PUT", { prices });
    }
    case "stock": {
      const { levels, invalid } = readStock(form);
      if (invalid || levels.length === 0) return refuse({ fields: {}, form: "backstage.catalogue.error.stock" });
      return send("stock", catalogueApiPaths.stock(target), "PUT", { levels });
    }
    case "upload":
      return upload(args, id, form, csrfToken, refuse);
    default:
      return refuse({ fields: {}, form: "account.error.generic" });
  }
}

/** The chosen image's bytes go to the API as they are, with the type the browser gave them. */
async function upload(args: PageArgs, id: string, form: FormData, csrfToken: string | undefined, refuse: (errors: FormErrors, status?: number) => Outcome): Promise<Outcome> {
  const file = form.get("image");
  if (!(file instanceof File) || file.size === 0) return refuse({ fields: { image: "backstage.catalogue.error.noImage" } });
  const query = new URLSearchParams();
  for (const name of ["colour", "alt"]) if (textField(form, name)) query.set(name, textField(form, name));
  const bytes = new Uint8Array(await file.arrayBuffer());
  const result = await changeAsStaff(args, catalogueApiPaths.media(id, query), { method: "POST", body: bytes, contentType: file.type || "application/octet-stream", csrfToken });
  if (result.ok) return { ok: true, saved: "media" };
  return refuse(backstageErrorsFrom(result.problem, { body: "image" }), refusalStatus(result.status));
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.catalogue.product.title") }, { name: "robots", content: "noindex" }];
};

export default function ProductPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { csrfToken } = useBackstageArea();
  const { product, badge, choices, saved } = loaderData;
  const statusKey = productStatusKey(badge);
  const errorsFor = (intent: string) => (actionData?.intent === intent ? actionData.errors : undefined);
  return (
    <section className="backstage-page backstage-page--wide" aria-labelledby="product-heading">
      <p className="eyebrow">{t("backstage.catalogue.product.eyebrow")}</p>
      <h1 id="product-heading" className="backstage-page__heading">
        {product.translations.en?.name ?? product.slug}
      </h1>
      <p className="backstage-actions">
        <Link to="/admin/catalogue" className="text-link">
          {t("backstage.catalogue.back")}
        </Link>
        <span className={`backstage-state backstage-state--${badge}`}>{statusKey ? t(statusKey) : badge}</span>
        {loaderData.publishAt ? <span>{t("backstage.catalogue.product.onSaleFrom", { date: loaderData.publishAt })}</span> : null}
      </p>
      {saved && !actionData ? <FormNotice>{t(saved)}</FormNotice> : null}
      <CataloguePublishing csrfToken={csrfToken} status={product.status} errors={errorsFor("publish") ?? errorsFor("unpublish")} />
      <h2 className="account-page__subheading">{t("backstage.catalogue.product.detailsHeading")}</h2>
      <CatalogueProductForm
        csrfToken={csrfToken}
        values={actionData?.intent === "save" && actionData.values ? actionData.values : loaderData.values}
        designers={choices.designers}
        categories={choices.categories}
        errors={errorsFor("save")}
        submitLabel={t("backstage.catalogue.product.save")}
      />
      <CatalogueVariants csrfToken={csrfToken} variants={product.variants} locations={choices.locations} refusal={actionData && ["prices", "stock", "addVariant"].includes(actionData.intent) ? actionData : undefined} />
      <CatalogueMedia csrfToken={csrfToken} media={product.media} errors={errorsFor("upload")} />
    </section>
  );
}
