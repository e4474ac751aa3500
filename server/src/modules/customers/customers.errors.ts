import { defineErrors } from '../../kernel/errors.ts';

export const CustomerErrors = defineErrors('customers', {
  agreement_not_accepted: { status: 422, title: 'The registration agreement must be accepted' },
  agreement_version_outdated: { status: 409, title: 'A newer version of the agreement is in force' },
  invalid_phone: { status: 422, title: 'The phone number is not a valid number in international format' },
  invalid_birth_date: { status: 422, title: 'The date of birth is not a real past date' },
  guardian_email_required: { status: 422, title: 'Under 18, a parent’s or guardian’s e-mail is required' },
  guardian_email_is_own: { status: 422, title: 'The guardian’s e-mail must not be your own' },
  weak_password: { status: 422, title: 'The password is too weak' },
  identity_blocked: { status: 403, title: 'This identity may not open an account' },
  invalid_credentials: { status: 401, title: 'The e-mail or password is wrong' },
  email_not_verified: { status: 403, title: 'Confirm your e-mail address first' },
  account_unavailable: { status: 403, title: 'This account is suspended, frozen or closed' },
  invalid_link: { status: 410, title: 'This link has expired or was already used' },
  wrong_current_password: { status: 422, title: 'The current password is wrong' },
  email_taken: { status: 409, title: 'That address belongs to another account' },
  session_not_found: { status: 404, title: 'No such session' },
  customer_not_found: { status: 404, title: 'No such customer' },
  address_not_found: { status: 404, title: 'No such address in your address book' },
  state_change_not_allowed: { status: 409, title: 'The account cannot move to that state' },
});
