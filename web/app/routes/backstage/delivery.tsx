import { data, Link, redirect } from "react-router";
import { csrfOf, textField } from "../../account/forms";
import { privatePageHeaders } from "../../account/page-headers";
import { refusalStatus, type FormErrors } from "../../account/problems";
import { dutyBody, dutyDraft, dutyErrors, rateBody, rateDraft, rateErrors, readDutyForm, readRateForm, type DutyDraft, type RateDraft } from "../../backstage/delivery-forms";
import { DELIVERY_METHODS, pricingApiPaths, type DeliveryRate, type DutyRule } from "../../backstage/pricing";
import { changeAsStaff, loadStaffResource, requirePermission } from "../../backstage/staff-api.server";
import { FormNotice } from "../../components/account/form-fields";
import { DutyForm, RateForm } from "../../components/backstage/delivery-forms";
import { formatDateTime } from "../../i18n/dates";
import { translatorFromMatches } from "../../i18n/meta";
import { requestPreferencesContext } from "../../i18n/request-preferences";
import { useI18n } from "../../i18n/use-i18n";
import { DELIVERY_ZONES, isDeliveryZone } from "../../i18n/zones";
import type { Route } from "./+types/delivery";
import { useBackstageArea } from "./signed-in";

/** Each zone's rates for both methods and its duty estimate (DEL-1), as the quote reads them. */
export async function loader({ context, request, url }: Route.LoaderArgs) {
  const args = { context, request, url };
  await requirePermission(args, "catalog.manage");
  const { locale } = context.get(requestPreferencesContext);
  const [rates, duties] = await Promise.all([loadStaffResource<DeliveryRate[]>(args, pricingApiPaths.rates), loadStaffResource<DutyRule[]>(args, pricingApiPaths.duties)]);
  const changed = (iso: string | undefined) => (iso ? formatDateTime(new Date(iso), locale) : null);
  return {
    zones: DELIVERY_ZONES.map((zone) => {
      const duty = duties.find((rule) => rule.zone === zone);
      return {
        zone,
        rates: DELIVERY_METHODS.map((method) => {
          const rate = rates.find((candidate) => candidate.zone === zone && candidate.method === method);
          return { method, draft: rateDraft(rate), changed: changed(rate?.updatedAt), version: rate?.updatedAt ?? "new" };
        }),
        duty: { draft: dutyDraft(duty), changed: changed(duty?.updatedAt), version: duty?.updatedAt ?? "new" },
      };
    }),
    saved: url.searchParams.get("saved"),
  };
}

type ActionResult = { target: string; errors: FormErrors; rate?: RateDraft; duty?: DutyDraft };

/** Saves one zone's rate for one method (`intent=rate`) or its duty estimate (`intent=duty`). */
export async function action({ context, request, url }: Route.ActionArgs) {
  const args = { context, request, url };
  const form = await request.formData();
  const zone = textField(form, "zone");
  const method = textField(form, "method");
  if (!isDeliveryZone(zone)) throw data(null, { status: 400 });
  const csrfToken = csrfOf(form);
  const refuse = (result: ActionResult, status: number) => data(result, { status });
  if (textField(form, "intent") === "duty") {
    const duty = readDutyForm(form);
    const body = dutyBody(duty);
    if (!body.ok) return refuse({ target: `duty/${zone}`, errors: body.errors, duty }, 400);
    const result = await changeAsStaff(args, pricingApiPaths.duty(zone), { method: "PUT", body: body.body, csrfToken });
    if (result.ok) return redirect(`/admin/delivery?saved=duty-${zone}`, 303);
    return refuse({ target: `duty/${zone}`, errors: dutyErrors(result.problem), duty }, refusalStatus(result.status));
  }
  if (!(DELIVERY_METHODS as readonly string[]).includes(method)) throw data(null, { status: 400 });
  const rate = readRateForm(form);
  const body = rateBody(rate);
  if (!body.ok) return refuse({ target: `${zone}/${method}`, errors: body.errors, rate }, 400);
  const result = await changeAsStaff(args, pricingApiPaths.rate(zone, method), { method: "PUT", body: body.body, csrfToken });
  if (result.ok) return redirect(`/admin/delivery?saved=${zone}-${method}`, 303);
  return refuse({ target: `${zone}/${method}`, errors: rateErrors(result.problem, body.rows), rate }, refusalStatus(result.status));
}

export const headers = privatePageHeaders;

export const meta: Route.MetaFunction = ({ matches }) => {
  const { t } = translatorFromMatches(matches);
  return [{ title: t("backstage.delivery.title") }, { name: "robots", content: "noindex" }];
};

export default function DeliveryPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t } = useI18n();
  const { csrfToken } = useBackstageArea();
  const refusalFor = (target: string) => (actionData?.target === target ? actionData : undefined);
  return (
    <section className="backstage-page backstage-page--wide" aria-labelledby="delivery-heading">
      <h1 id="delivery-heading" className="backstage-page__heading">
        {t("backstage.delivery.heading")}
      </h1>
      <p className="backstage-page__lead">{t("backstage.delivery.lead")}</p>
      <p>
        <Link to="/admin/promotions" className="text-link">
          {t("backstage.delivery.promotionsLink")}
        </Link>
      </p>
      {loaderData.saved && !actionData ? <FormNotice>{t("backstage.delivery.saved")}</FormNotice> : null}
      {loaderData.zones.map(({ zone, rates, duty }) => {
        const zoneName = t(`zone.${zone}`);
        return (
          <section key={zone} className="catalogue-section delivery-zone" aria-labelledby={`zone-${zone}`}>
            <h2 id={`zone-${zone}`} className="account-page__subheading">
              {zoneName}
            </h2>
            <div className="catalogue-variant__forms">
              {rates.map(({ method, draft, changed, version }) => {
                const refusal = refusalFor(`${zone}/${method}`);
                const label = t(method === "express" ? "backstage.delivery.formLabel.express" : "backstage.delivery.formLabel.standard", { zone: zoneName });
                return (
                  <div key={`${method}-${refusal ? "refused" : version}`}>
                    <RateForm csrfToken={csrfToken} zone={zone} method={method} label={label} draft={refusal?.rate ?? draft} errors={refusal?.errors} />
                    {changed ? <p className="backstage-table__secondary">{t("backstage.delivery.changed", { date: changed })}</p> : null}
                  </div>
                );
              })}
              <div key={refusalFor(`duty/${zone}`) ? "refused" : duty.version}>
                <DutyForm csrfToken={csrfToken} zone={zone} label={t("backstage.delivery.formLabel.duty", { zone: zoneName })} draft={refusalFor(`duty/${zone}`)?.duty ?? duty.draft} errors={refusalFor(`duty/${zone}`)?.errors} />
                {duty.changed ? <p className="backstage-table__secondary">{t("backstage.delivery.changed", { date: duty.changed })}</p> : null}
                {zone === "HK" && !duty.changed ? <p className="backstage-table__secondary">{t("backstage.delivery.duty.noneHk")}</p> : null}
              </div>
            </div>
          </section>
        );
      })}
    </section>
  );
}
