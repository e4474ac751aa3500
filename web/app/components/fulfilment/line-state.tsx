import type { LineStateView } from "../../fulfilment/present.server";
import { returnStatusLabel } from "../../fulfilment/labels";
import { useI18n } from "../../i18n/use-i18n";

/**
 * One line's state in words (ORD-2): an offer until it ships, then a contract with the date it
 * formed, delivered, cancelled or returned; a piece sent in exchange says which one it replaces.
 */
export function LineState({ state }: { state: LineStateView | undefined }) {
  const { t } = useI18n();
  if (!state) return null;
  const facts: Fact[] = [];
  if (state.service) return <ServiceState state={state} />;
  if (state.state === "offer") facts.push({ key: "offer", text: t("fulfilment.line.offer"), strong: true });
  if (state.state === "cancelled") facts.push({ key: "cancelled", text: state.cancelledAt ? t("fulfilment.line.cancelledOn", { date: state.cancelledAt }) : t("fulfilment.line.cancelled"), strong: true });
  if (state.contractedAt && state.state !== "cancelled") facts.push({ key: "contracted", text: t("fulfilment.line.contractedOn", { date: state.contractedAt }), strong: state.state === "contracted" });
  if (state.state === "contracted") facts.push({ key: "travelling", text: t("fulfilment.line.onItsWay") });
  if (state.deliveredAt && state.state !== "cancelled") facts.push({ key: "delivered", text: t("fulfilment.line.deliveredOn", { date: state.deliveredAt }), strong: state.state === "delivered" });
  if (state.state === "returned") facts.push({ key: "returned", text: state.returnedAt ? t("fulfilment.line.returnedOn", { date: state.returnedAt }) : t("fulfilment.line.returned"), strong: true });
  if (state.exchangeOf) facts.push({ key: "exchange", text: t("fulfilment.line.exchangeFor", { piece: state.exchangeOf }) });
  if (state.returnStatus) facts.push({ key: "return", text: t(returnStatusLabel(state.returnStatus)) });
  return <Facts facts={facts} />;
}

/** ORD-2 for a service: an offer until the shop confirms it, then a contract; given, not delivered. */
function ServiceState({ state }: { state: LineStateView }) {
  const { t } = useI18n();
  const facts: Fact[] = [];
  if (state.state === "offer") facts.push({ key: "offer", text: t("fulfilment.line.serviceAwaiting"), strong: true });
  if (state.state === "cancelled") facts.push({ key: "cancelled", text: state.cancelledAt ? t("fulfilment.line.cancelledOn", { date: state.cancelledAt }) : t("fulfilment.line.cancelled"), strong: true });
  if (state.contractedAt && state.state !== "cancelled") facts.push({ key: "confirmed", text: t("fulfilment.line.serviceConfirmedOn", { date: state.contractedAt }), strong: state.state === "contracted" });
  if (state.deliveredAt && state.state !== "cancelled") facts.push({ key: "given", text: t("fulfilment.line.serviceGivenOn", { date: state.deliveredAt }), strong: true });
  return <Facts facts={facts} />;
}

type Fact = { key: string; text: string; strong?: boolean };

function Facts({ facts }: { facts: readonly Fact[] }) {
  const { t } = useI18n();
  return (
    <ul className="line-state" aria-label={t("fulfilment.line.stateLabel")}>
      {facts.map((fact) => (
        <li key={fact.key} className={fact.strong ? "line-state__fact line-state__fact--main" : "line-state__fact"}>
          {fact.text}
        </li>
      ))}
    </ul>
  );
}
