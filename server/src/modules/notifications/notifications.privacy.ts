import type { ColumnDeclaration } from '../../kernel/personal-data.ts';

const common = {
  table: 'notifications.mail_messages',
  category: 'communication',
  purpose: 'Sending service and, with consent, marketing e-mail; proof of what was sent',
  legalBasis: 'contract',
  retention: 'P2Y',
  processors: ['mail-delivery'],
  exported: true,
  erasure: 'delete-row',
} as const;

export const notificationsPersonalData: ColumnDeclaration[] = [
  { ...common, column: 'to_address', category: 'contact' },
  { ...common, column: 'subject' },
  { ...common, column: 'text_body' },
  { ...common, column: 'html_body' },
  { ...common, column: 'raw_message' },
  { ...common, column: 'headers', exported: false },
];
