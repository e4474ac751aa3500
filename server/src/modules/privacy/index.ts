/** The privacy module: consents, and (later) the rights of data subjects. */
export { createPrivacyService, type PrivacyService } from './privacy.service.ts';
export { CONSENT_COOKIE, gpcSupportRoute, privacyRoutes } from './privacy.routes.ts';
export { consentRoutes } from './privacy.consent-routes.ts';
export { privacyMigrations } from './migrations/index.ts';
export { privacyPersonalData } from './privacy.privacy.ts';
export { PrivacyErrors } from './privacy.errors.ts';
export { MARKETING_CHANNELS, type Channel, type MarketingChoices } from './privacy.rules.ts';
