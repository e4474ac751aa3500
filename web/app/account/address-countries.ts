import { INTL_LOCALE, type Locale } from "../i18n/locales";

/**
 * Every officially assigned ISO 3166-1 alpha-2 code. Intl names a region but cannot list them,
 * so the list lives here; whether the shop delivers somewhere is checkout's concern, not the
 * address book's (a customer may keep an address abroad).
 */
const ALL_CODES = (
  "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
  "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR " +
  "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP " +
  "KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT " +
  "MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW " +
  "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ " +
  "UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"
).split(" ");

/** Where most of the house's parcels go, offered first in this order (the rest follow by name). */
export const COMMON_DESTINATIONS = ["HK", "CN", "MO", "TW", "SG", "JP", "KR", "GB", "FR", "IT", "US", "AU"] as const;

export interface CountryOption {
  code: string;
  name: string;
}

export interface CountryChoices {
  common: CountryOption[];
  others: CountryOption[];
}

const regionNames = new Map<Locale, Intl.DisplayNames>();

/** A country's or region's name in the reader's language; the code itself if Intl has none. */
export function countryName(code: string, locale: Locale): string {
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames(INTL_LOCALE[locale], { type: "region", fallback: "code" })));
  return names.of(code.toUpperCase()) ?? code;
}

/**
 * The country select's options in the reader's language: the common destinations first, then
 * every other country sorted as that language sorts. Built on the server, so the names in the
 * HTML and in the hydrated page are the same ICU data's.
 */
export function countryChoices(locale: Locale): CountryChoices {
  const common = new Set<string>(COMMON_DESTINATIONS);
  const collator = new Intl.Collator(INTL_LOCALE[locale]);
  const option = (code: string): CountryOption => ({ code, name: countryName(code, locale) });
  return {
    common: COMMON_DESTINATIONS.map(option),
    others: ALL_CODES.filter((code) => !common.has(code))
      .map(option)
      .sort((a, b) => collator.compare(a.name, b.name)),
  };
}
