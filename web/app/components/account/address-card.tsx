import { Fragment } from "react";
import { Form, Link } from "react-router";
import type { AddressView } from "../../account/address-forms";
import { useI18n } from "../../i18n/use-i18n";
import { CsrfField } from "./form-fields";

const PAGE = "/account/addresses";

interface AddressCardProps {
  address: AddressView;
  csrfToken: string;
  /** The customer asked to delete this one: show the confirmation in place of the actions. */
  confirmingDelete: boolean;
}

/**
 * One saved address as it would be written on a parcel, with its actions. Editing opens by link
 * (`?edit=<id>`) and deleting asks once more (`?delete=<id>`), so neither needs a script.
 */
export function AddressCard({ address, csrfToken, confirmingDelete }: AddressCardProps) {
  const { t } = useI18n();
  const title = address.label ?? address.recipientName;
  const headingId = `address-${address.id}-heading`;
  return (
    <article className={address.isDefault ? "address-card address-card--default" : "address-card"} aria-labelledby={headingId}>
      <h2 id={headingId} className="address-card__title">
        {title}
        {address.isDefault ? (
          <>
            {" "}
            <span className="address-card__badge">{t("addresses.default")}</span>
          </>
        ) : null}
      </h2>
      <p className="address-card__lines">
        {[...(address.label ? [address.recipientName] : []), ...address.lines].map((line, index) => (
          <Fragment key={index}>
            {line}
            <br />
          </Fragment>
        ))}
        {address.countryName}
      </p>
      <p className="address-card__phone">{t("addresses.phone", { phone: address.recipientPhone })}</p>
      {confirmingDelete ? <DeleteConfirmation address={address} csrfToken={csrfToken} title={title} /> : <AddressActions address={address} csrfToken={csrfToken} title={title} />}
    </article>
  );
}

interface ActionProps {
  address: AddressView;
  csrfToken: string;
  /** Read out after each action's word, so "Delete" says which address. */
  title: string;
}

function AddressActions({ address, csrfToken, title }: ActionProps) {
  const { t } = useI18n();
  const which = <span className="visually-hidden"> {title}</span>;
  return (
    <div className="address-card__actions">
      <Link to={`${PAGE}?edit=${encodeURIComponent(address.id)}`} preventScrollReset className="form-button form-button--quiet">
        {t("addresses.edit")}
        {which}
      </Link>
      {address.isDefault ? null : (
        <Form method="post">
          <CsrfField token={csrfToken} />
          <input type="hidden" name="addressId" value={address.id} />
          <button type="submit" name="intent" value="default" className="form-button form-button--quiet">
            {t("addresses.makeDefault")}
            {which}
          </button>
        </Form>
      )}
      <Form method="post">
        <CsrfField token={csrfToken} />
        <input type="hidden" name="addressId" value={address.id} />
        <button type="submit" name="intent" value="delete" className="form-button form-button--quiet">
          {t("addresses.delete")}
          {which}
        </button>
      </Form>
    </div>
  );
}

/** The second step of deleting: the same POST again, now with confirm=1. */
function DeleteConfirmation({ address, csrfToken, title }: ActionProps) {
  const { t } = useI18n();
  const questionId = `address-${address.id}-delete-question`;
  return (
    <Form method="post" className="address-card__confirm" aria-labelledby={questionId}>
      <p id={questionId} className="address-card__question" role="alert">
        {t("addresses.delete.question")}
      </p>
      <CsrfField token={csrfToken} />
      <input type="hidden" name="addressId" value={address.id} />
      <input type="hidden" name="confirm" value="1" />
      <div className="account-form__actions">
        <button type="submit" name="intent" value="delete" className="button form-button">
          {t("addresses.delete.confirm")}
          <span className="visually-hidden"> {title}</span>
        </button>
        <Link to={PAGE} preventScrollReset className="form-button form-button--quiet">
          {t("addresses.delete.keep")}
        </Link>
      </div>
    </Form>
  );
}
