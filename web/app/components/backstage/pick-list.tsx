import { Form, Link } from "react-router";
import type { FormErrors } from "../../account/problems";
import { shipmentStatusKey, windowText, wordOf } from "../../backstage/fulfilment";
import type { PickOrderView, ShipmentView } from "../../backstage/fulfilment-present.server";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField, FieldError, FormAlert, SubmitButton } from "../account/form-fields";

interface LocationPickerProps {
  locations: readonly { id: string; name: string; supplier: boolean }[];
  selected: string;
}

/** Which warehouse's pick list to show: a GET form, so the list is an address and works without scripts. */
export function LocationPicker({ locations, selected }: LocationPickerProps) {
  const { t } = useI18n();
  return (
    <Form method="get" className="backstage-filters" aria-label={t("backstage.fulfilment.locationLabel")}>
      <div className="form-field">
        <label className="form-field__label" htmlFor="fulfilment-location">
          {t("backstage.fulfilment.location")}
        </label>
        <select id="fulfilment-location" name="location" className="form-field__input form-field__select" defaultValue={selected}>
          {locations.map((location) => (
            <option key={location.id} value={location.id}>
              {location.supplier ? t("backstage.fulfilment.supplierLocation", { name: location.name }) : location.name}
            </option>
          ))}
        </select>
      </div>
      <div className="backstage-filters__actions">
        <button type="submit" className="button form-button backstage-filters__submit">
          {t("backstage.fulfilment.showLocation")}
        </button>
      </div>
    </Form>
  );
}

interface PickOrderProps {
  order: PickOrderView;
  locationId: string;
  csrfToken: string;
  /** A refused "pack" of this order: what was ticked, and why it was refused. */
  refused: { lineIds: string[]; errors: FormErrors } | undefined;
}

/** One order's lines to pick at this location, each ticked to go in the parcel; "Pack" makes it. */
export function PickOrder({ order, locationId, csrfToken, refused }: PickOrderProps) {
  const { t } = useI18n();
  const id = `pick-${order.orderId}`;
  const linesError = refused?.errors.fields.lineIds;
  return (
    <article className="pick-order" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} className="backstage-order__minor-heading">
        <Link to={`/admin/orders/${order.orderId}`} className="text-link">
          {order.number}
        </Link>
      </h3>
      <p className="pick-order__meta">{t("backstage.fulfilment.orderMeta", { placed: order.placedAt, consignee: order.consignee, destination: order.destination })}</p>
      <Form method="post" className="pick-order__form">
        <CsrfField token={csrfToken} />
        <input type="hidden" name="orderId" value={order.orderId} />
        <input type="hidden" name="locationId" value={locationId} />
        <FormAlert errors={refused?.errors} />
        <fieldset className="form-fieldset" aria-describedby={linesError ? `${id}-lines-error` : undefined}>
          <legend className="form-field__label">{t("backstage.fulfilment.linesToPack")}</legend>
          {order.lines.map((line) => (
            <div key={line.id} className="form-check">
              <input
                id={`${id}-${line.id}`}
                className="form-check__input"
                type="checkbox"
                name="lineId"
                value={line.id}
                defaultChecked={refused ? refused.lineIds.includes(line.id) : true}
              />
              <label className="form-check__label" htmlFor={`${id}-${line.id}`}>
                <span className="backstage-table__primary">
                  {line.designer} — {line.name}
                </span>
                <span className="backstage-table__secondary">{[...line.variant, t("backstage.fulfilment.quantity", { quantity: line.quantity })].join(" · ")}</span>
                <span className="backstage-table__code">{line.sku}</span>
              </label>
            </div>
          ))}
        </fieldset>
        <FieldError id={linesError ? `${id}-lines-error` : undefined} error={linesError} />
        <SubmitButton intent="pack">{t("backstage.fulfilment.pack")}</SubmitButton>
      </Form>
    </article>
  );
}

/** Parcels of this location being packed or on their way, oldest first, each a link to its page. */
export function OpenParcels({ parcels }: { parcels: readonly ShipmentView[] }) {
  const { t } = useI18n();
  if (parcels.length === 0) return <p className="backstage-empty">{t("backstage.fulfilment.noParcels")}</p>;
  return (
    <div className="backstage-table-wrap">
      <table className="backstage-table">
        <caption className="visually-hidden">{t("backstage.fulfilment.parcelsCaption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("backstage.fulfilment.column.parcel")}</th>
            <th scope="col">{t("backstage.orders.field.status")}</th>
            <th scope="col">{t("backstage.fulfilment.column.carrier")}</th>
            <th scope="col">{t("backstage.fulfilment.column.window")}</th>
            <th scope="col">{t("backstage.orders.column.consignee")}</th>
          </tr>
        </thead>
        <tbody>
          {parcels.map((parcel) => (
            <tr key={parcel.id}>
              <td>
                <Link to={`/admin/fulfilment/shipments/${parcel.id}`} className="backstage-table__primary">
                  {parcel.number}
                </Link>
                <span className="backstage-table__secondary">{parcel.value}</span>
                {parcel.idCheckRequired ? <span className="fulfilment-badge">{t("backstage.fulfilment.idCheckRequired")}</span> : null}
              </td>
              <td>
                <span className={`backstage-state backstage-state--parcel-${parcel.status}`}>{wordOf(t, shipmentStatusKey(parcel.status), parcel.status)}</span>
              </td>
              <td>
                {parcel.carrier ? (
                  <>
                    <span className="backstage-table__primary">{parcel.carrier}</span>
                    <span className="backstage-table__code">{parcel.trackingNumber}</span>
                  </>
                ) : (
                  <span className="backstage-table__secondary">{t("backstage.fulfilment.notDispatched")}</span>
                )}
              </td>
              <td>{windowText(t, parcel.window) ?? "—"}</td>
              <td>
                <span className="backstage-table__primary">{parcel.consignee.name}</span>
                <span className="backstage-table__secondary">{parcel.consignee.lines.at(-1)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
