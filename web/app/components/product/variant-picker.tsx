import { Form } from "react-router";
import { colourName, swatchClass } from "../../catalogue/labels";
import type { Selection } from "../../catalogue/variant-selection";
import { useI18n } from "../../i18n/use-i18n";
import { useHydrated } from "../cookie-consent/use-hydrated";

interface VariantPickerProps {
  action: string;
  selection: Selection;
  /** Sizes that cannot be delivered in the chosen colour. */
  soldOutSizes: ReadonlySet<string>;
  onChoose(choice: { colour?: string; size?: string }): void;
}

/**
 * Colour and size as radio buttons in a GET form: without JavaScript the button below reloads
 * the page for `?colour=…&size=…`; with it, a choice updates price, stock and delivery at once
 * (the address follows, so the choice can still be shared).
 */
export function VariantPicker({ action, selection, soldOutSizes, onChoose }: VariantPickerProps) {
  const { t } = useI18n();
  const hydrated = useHydrated();
  const { colours, sizes } = selection;
  if (colours.length === 0 && sizes.length <= 1) return null;
  return (
    <Form method="get" action={action} className="variant-picker" preventScrollReset>
      {colours.length > 0 ? (
        <fieldset className="variant-picker__group">
          <legend className="variant-picker__legend">
            {t("product.variant.colour")}
            {selection.colour ? <span className="variant-picker__chosen">{colourName(t, selection.colour)}</span> : null}
          </legend>
          <div className="variant-picker__options">
            {colours.map((colour) => (
              <label key={colour} className="colour-option">
                <input
                  className="colour-option__input"
                  type="radio"
                  name="colour"
                  value={colour}
                  checked={colour === selection.colour}
                  onChange={() => onChoose({ colour })}
                />
                <span className={`colour-option__swatch ${swatchClass(colour)}`} aria-hidden="true" />
                <span className="visually-hidden">{colourName(t, colour)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {sizes.length > 1 ? (
        <fieldset className="variant-picker__group">
          <legend className="variant-picker__legend">
            {t("product.variant.size")}
            {selection.size ? null : <span className="variant-picker__hint">{t("product.variant.chooseSize")}</span>}
          </legend>
          <div className="variant-picker__options variant-picker__options--sizes">
            {sizes.map((size) => (
              <label key={size} className={soldOutSizes.has(size) ? "size-option size-option--sold-out" : "size-option"}>
                <input
                  className="size-option__input"
                  type="radio"
                  name="size"
                  value={size}
                  checked={size === selection.size}
                  onChange={() => onChoose({ size })}
                />
                <span className="size-option__label">
                  {size}
                  {soldOutSizes.has(size) ? <span className="visually-hidden">, {t("catalogue.stock.soldOut")}</span> : null}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      {hydrated ? null : (
        <button type="submit" className="form-button form-button--quiet variant-picker__submit">{t("product.variant.show")}</button>
      )}
    </Form>
  );
}
