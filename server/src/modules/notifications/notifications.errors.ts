import { defineErrors } from '../../kernel/errors.ts';

export const NotificationErrors = defineErrors('notifications', {
  invalid_recipient: { status: 422, title: 'The recipient address is not a valid e-mail address' },
  mail_not_found: { status: 404, title: 'No such message' },
});
