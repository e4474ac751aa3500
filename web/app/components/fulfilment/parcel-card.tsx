import type { ReactNode } from "react";
import type { EventView, ParcelView } from "../../fulfilment/present.server";
import { carrierName, delayReasonLabel, eventLabel, idDocumentLabel, parcelStatusLabel, receiverLabel } from "../../fulfilment/labels";
import type { PlainMessageKey } from "../../i18n/translate";
import { useI18n } from "../../i18n/use-i18n";
import { ConsigneeAddress } from "../checkout/consignee-address";

const SIDES: Readonly<Record<NonNullable<EventView["side"]>, PlainMessageKey>> = {
  customer: "fulfilment.side.customer",
  nobody: "fulfilment.side.nobody",
  shop: "fulfilment.side.shop",
};

/** What one step of the journey adds to its name: why, whose side, who received, who asked. */
function EventDetails({ event, parcel }: { event: EventView; parcel: ParcelView }) {
  const { t } = useI18n();
  const details: string[] = [];
  if (event.reason) details.push(t("fulfilment.event.reason", { reason: t(delayReasonLabel(event.reason)) }));
  if (event.side) details.push(t(SIDES[event.side]));
  if (event.kind === "delivered" && parcel.receivedBy) {
    details.push(t("fulfilment.event.receivedBy", { receiver: t(receiverLabel(parcel.receivedBy.kind)), name: parcel.receivedBy.name }));
    if (parcel.idDocument) details.push(t("fulfilment.event.idChecked", { document: t(idDocumentLabel(parcel.idDocument)) }));
  }
  if (event.kind === "refused" && parcel.refusalReason) details.push(t("fulfilment.event.refusalReason", { reason: parcel.refusalReason }));
  if (event.kind === "address_changed") {
    details.push(t(event.requestedBy === "consignee" ? "fulfilment.event.askedByConsignee" : "fulfilment.event.askedByCustomer"));
    details.push(t("fulfilment.event.customerDecision"));
  }
  if (details.length === 0) return null;
  return (
    <ul className="parcel-timeline__details">
      {details.map((detail) => (
        <li key={detail}>{detail}</li>
      ))}
    </ul>
  );
}

interface ParcelCardProps {
  parcel: ParcelView;
  /** The heading's level: h3 inside an order page, h2 on the consignee's page. */
  headingLevel?: 2 | 3;
  /** The address form or the link to it, while the parcel travels. */
  children?: ReactNode;
}

/**
 * One parcel (DEL-2 to DEL-5): its status, carrier and tracking number, the expected window,
 * where it goes, and every step of its journey, oldest first, in the shop's time.
 */
export function ParcelCard({ parcel, headingLevel = 3, children }: ParcelCardProps) {
  const { t } = useI18n();
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `parcel-${parcel.id}-heading`;
  return (
    <article id={`parcel-${parcel.id}`} className="parcel" aria-labelledby={headingId}>
      <header className="parcel__header">
        <Heading id={headingId} className="parcel__heading">
          {t("fulfilment.parcel.heading", { number: parcel.number })}
        </Heading>
        <p className={`parcel__status parcel__status--${parcel.status.replace(/_/g, "-")}`}>{t(parcelStatusLabel(parcel.status))}</p>
      </header>
      <dl className="parcel__facts">
        {parcel.carrier ? (
          <div className="parcel__fact">
            <dt>{t("fulfilment.parcel.carrier")}</dt>
            <dd>{carrierName(parcel.carrier)}</dd>
          </div>
        ) : null}
        {parcel.trackingNumber ? (
          <div className="parcel__fact">
            <dt>{t("fulfilment.parcel.tracking")}</dt>
            <dd className="parcel__tracking">{parcel.trackingNumber}</dd>
          </div>
        ) : null}
        {parcel.window && parcel.status !== "delivered" && parcel.status !== "refused" ? (
          <div className="parcel__fact">
            <dt>{t("fulfilment.parcel.expected")}</dt>
            <dd>{parcel.window.from === parcel.window.to ? parcel.window.from : t("fulfilment.parcel.window", { from: parcel.window.from, to: parcel.window.to })}</dd>
          </div>
        ) : null}
        <div className="parcel__fact parcel__fact--address">
          <dt>{t(parcel.status === "delivered" ? "fulfilment.parcel.deliveredTo" : "fulfilment.parcel.goingTo")}</dt>
          <dd>
            <ConsigneeAddress consignee={parcel.consignee} />
          </dd>
        </div>
      </dl>
      {parcel.pieces.length > 0 ? (
        <div className="parcel__pieces">
          <p className="checkout-section__heading">{t("fulfilment.parcel.pieces")}</p>
          <ul className="parcel__piece-list">
            {parcel.pieces.map((piece, index) => (
              <li key={`${piece}-${index}`}>{piece}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {parcel.events.length > 0 ? (
        <ol className="parcel-timeline" aria-label={t("fulfilment.parcel.timeline")}>
          {parcel.events.map((event, index) => (
            <li key={`${event.kind}-${index}`} className={`parcel-timeline__event parcel-timeline__event--${event.kind.replace(/_/g, "-")}`}>
              <p className="parcel-timeline__what">{t(eventLabel(event.kind))}</p>
              <p className="parcel-timeline__when">{event.at}</p>
              <EventDetails event={event} parcel={parcel} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="parcel__note">{t("fulfilment.parcel.beingPacked")}</p>
      )}
      {children}
    </article>
  );
}
