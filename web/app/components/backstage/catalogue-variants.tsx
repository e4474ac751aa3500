import { Form } from "react-router";
import type { FormErrors } from "../../account/problems";
import { PRICE_CURRENCIES, priceText, type AdminVariant } from "../../backstage/catalogue";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField, FormAlert, SubmitButton, TextField } from "../account/form-fields";

type Refusal = { intent: string; target?: string | undefined; errors: FormErrors };

/** Each variant with its prices per currency and stock per location, then the form adding one. */
type Location = { id: string; code: string; name: string };

export function CatalogueVariants({ csrfToken, variants, locations, refusal }: { csrfToken: string; variants: readonly AdminVariant[]; locations: readonly Location[]; refusal: Refusal | undefined }) {
  const { t } = useI18n();
  const errorsOf = (intent: string, variantId?: string) => (refusal?.intent === intent && (variantId === undefined || refusal.target === variantId) ? refusal.errors : undefined);
  return (
    <section className="catalogue-section" aria-labelledby="variants-heading">
      <h2 id="variants-heading" className="account-page__subheading">
        {t("backstage.catalogue.variants.heading")}
      </h2>
      {variants.length === 0 ? <p className="backstage-empty">{t("backstage.catalogue.variants.none")}</p> : null}
      {variants.map((variant) => (
        <article key={variant.id} className="catalogue-variant" aria-label={variant.sku}>
          <h3 className="catalogue-form__legend">{variant.sku}</h3>
          <p className="backstage-table__secondary">{[variant.colour, variant.size, variant.material, `${variant.weightGrams} g`, variant.gtin].filter(Boolean).join(" · ")}</p>
          <div className="catalogue-variant__forms">
            <PricesForm csrfToken={csrfToken} variant={variant} errors={errorsOf("prices", variant.id)} />
            <StockForm csrfToken={csrfToken} variant={variant} locations={locations} errors={errorsOf("stock", variant.id)} />
          </div>
        </article>
      ))}
      <AddVariantForm csrfToken={csrfToken} errors={errorsOf("addVariant")} />
    </section>
  );
}

function PricesForm({ csrfToken, variant, errors }: { csrfToken: string; variant: AdminVariant; errors: FormErrors | undefined }) {
  const { t } = useI18n();
  const current = new Map(variant.prices.map((price) => [price.currency, price.amount]));
  return (
    <Form method="post" className="catalogue-variant__form">
      <CsrfField token={csrfToken} />
      <input type="hidden" name="variantId" value={variant.id} />
      <p className="catalogue-variant__caption">{t("backstage.catalogue.variant.prices")}</p>
      <FormAlert errors={errors} />
      {PRICE_CURRENCIES.map((currency) => {
        const amount = current.get(currency);
        return (
          <TextField key={currency} id={`price-${variant.id}-${currency}`} name={`price.${currency}`} label={currency} inputMode="decimal" defaultValue={amount === undefined ? "" : priceText(amount, currency)} />
        );
      })}
      <SubmitButton intent="prices" variant="quiet">
        {t("backstage.catalogue.variant.savePrices")}
      </SubmitButton>
    </Form>
  );
}

/** One field per stock location: those holding the variant show their count, the others start empty. */
function StockForm({ csrfToken, variant, locations, errors }: { csrfToken: string; variant: AdminVariant; locations: readonly Location[]; errors: FormErrors | undefined }) {
  const { t } = useI18n();
  return (
    <Form method="post" className="catalogue-variant__form">
      <CsrfField token={csrfToken} />
      <input type="hidden" name="variantId" value={variant.id} />
      <p className="catalogue-variant__caption">{t("backstage.catalogue.variant.stock")}</p>
      <FormAlert errors={errors} />
      {locations.map((location) => {
        const level = variant.stock.find((l) => l.locationId === location.id);
        return (
          <TextField
            key={location.id}
            id={`stock-${variant.id}-${location.id}`}
            name={`stock.${location.id}`}
            label={location.name}
            hint={level ? t("backstage.catalogue.variant.reserved", { reserved: String(level.reserved), available: String(level.available) }) : undefined}
            inputMode="numeric"
            defaultValue={level ? String(level.onHand) : ""}
          />
        );
      })}
      <SubmitButton intent="stock" variant="quiet">
        {t("backstage.catalogue.variant.saveStock")}
      </SubmitButton>
    </Form>
  );
}

function AddVariantForm({ csrfToken, errors }: { csrfToken: string; errors: FormErrors | undefined }) {
  const { t } = useI18n();
  const field = (name: string) => errors?.fields[name];
  return (
    <Form method="post" className="backstage-form catalogue-variant">
      <CsrfField token={csrfToken} />
      <h3 className="catalogue-form__legend">{t("backstage.catalogue.variant.addHeading")}</h3>
      <FormAlert errors={errors} />
      <div className="catalogue-form__grid">
        <TextField id="variant-sku" name="sku" label={t("backstage.catalogue.variant.sku")} error={field("sku")} maxLength={64} required />
        <TextField id="variant-weight" name="weightGrams" label={t("backstage.catalogue.variant.weight")} error={field("weightGrams")} inputMode="numeric" required />
        <TextField id="variant-colour" name="colour" label={t("backstage.catalogue.variant.colour")} error={field("colour")} maxLength={40} />
        <TextField id="variant-size" name="size" label={t("backstage.catalogue.variant.size")} error={field("size")} maxLength={40} />
        <TextField id="variant-material" name="material" label={t("backstage.catalogue.variant.material")} error={field("material")} maxLength={40} />
        <TextField id="variant-gtin" name="gtin" label={t("backstage.catalogue.variant.gtin")} error={field("gtin")} maxLength={14} />
      </div>
      <SubmitButton intent="addVariant">{t("backstage.catalogue.variant.add")}</SubmitButton>
    </Form>
  );
}
