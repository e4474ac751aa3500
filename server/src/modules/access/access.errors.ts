import { defineErrors } from '../../kernel/errors.ts';

export const AccessErrors = defineErrors('access', {
  invalid_credentials: { status: 401, title: 'Wrong e-mail or password' },
  totp_required: { status: 401, title: 'Enter the code from your authenticator app' },
  totp_invalid: { status: 401, title: 'The authenticator code is wrong or was already used' },
  totp_already_enrolled: { status: 409, title: 'An authenticator is already enrolled' },
  totp_enrolment_not_started: { status: 409, title: 'Start the authenticator enrolment first' },
  email_taken: { status: 409, title: 'An account with this e-mail already exists' },
  staff_not_found: { status: 404, title: 'No such staff member' },
  supplier_not_found: { status: 404, title: 'No such supplier organisation' },
  last_owner: { status: 409, title: 'The shop must keep at least one active owner' },
  cannot_disable_self: { status: 409, title: 'You cannot disable your own account' },
  current_password_wrong: { status: 422, title: 'The current password is wrong' },
  invalid_cursor: { status: 400, title: 'The page cursor is not one this API gave out' },
  weak_password: { status: 422, title: 'Choose a stronger password' },
});
