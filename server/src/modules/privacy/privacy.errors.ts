import { defineErrors } from '../../kernel/errors.ts';

export const PrivacyErrors = defineErrors('privacy', {
  consent_not_found: { status: 404, title: 'No such consent record' },
  superseded_consent_not_found: { status: 422, title: 'The consent this decision replaces does not exist' },
  unknown_notice_version: { status: 422, title: 'The decision was not made under the cookie notice in force' },
  marketing_needs_guardian_consent: { status: 403, title: 'Marketing cannot be turned on before a parent or guardian confirms the account' },
  marketing_not_allowed: { status: 403, title: 'Marketing cannot be turned on while the account is restricted' },
  unsubscribe_link_invalid: { status: 404, title: 'This unsubscribe link is not valid' },
});
