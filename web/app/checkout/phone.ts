/** Calling codes of the house's frequent destinations, for a number typed without one. */
const CALLING_CODES: Readonly<Record<string, string>> = {
  HK: "852", CN: "86", MO: "853", TW: "886", SG: "65", JP: "81", KR: "82", GB: "44", FR: "33", IT: "39", US: "1", AU: "61",
};

/**
 * A telephone number as the API keeps it (+85291234567), from what people type: spaces, dashes,
 * dots and brackets dropped, a leading 00 read as +, and a number without a country code taken
 * as one of `country` when the house knows its calling code. Anything else is left for the API
 * to refuse, with the form's message.
 */
export function internationalPhone(typed: string, country: string | undefined): string {
  const compact = typed.replace(/[\s().\-\u00a0]/g, "").replace(/^00/, "+");
  if (compact === "" || compact.startsWith("+")) return compact;
  const code = country ? CALLING_CODES[country] : undefined;
  return code ? `+${code}${compact.replace(/^0+/, "")}` : compact;
}
