export interface CookieCategories {
  preferences: boolean;
  analytics: boolean;
  marketing: boolean;
}

/**
 * Global Privacy Control is a refusal of sale and sharing for marketing: with `Sec-GPC: 1` the
 * marketing category stays off whatever the visitor clicked, and the record says why.
 */
export function applyGlobalPrivacyControl(chosen: CookieCategories, gpc: boolean): CookieCategories {
  return gpc ? { ...chosen, marketing: false } : chosen;
}
