import { defineErrors } from '../../kernel/errors.ts';

export const PrivacyErrors = defineErrors('privacy', {
  consent_not_found: { status: 404, title: 'No such consent record' },
  superseded_consent_not_found: { status: 422, title: 'The consent this decision replaces does not exist' },
  unknown_notice_version: { status: 422, title: 'The decision was not made under the cookie notice in force' },
});
