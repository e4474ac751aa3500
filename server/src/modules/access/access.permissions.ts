/**
 * Every permission a staff role can hold. The catalogue lives in code, not in the database: a
 * permission means something only where a route checks it, so adding one is a code change.
 */
export const PERMISSIONS = {
  'staff.manage': 'Create staff accounts, change their roles, disable them',
  'audit.read': 'Read the audit log of staff actions',
  'customers.read': "See customers' accounts and personal data (each view is audited)",
  'customers.manage': 'Suspend, close or correct customer accounts',
  'customers.view_as': "See a customer's account as they do: read-only, for 30 minutes, with a reason the customer is shown",
  'legal.manage': 'Publish versions of the agreement and the privacy policy',
  'catalog.manage': 'Brands, categories, products, prices and stock',
  'suppliers.manage': 'Supplier organisations and their users',
  'orders.manage': 'Orders, cancellations, refunds, returns and deliveries',
  'content.moderate': 'Review and remove reviews, questions and articles',
  'privacy.manage': "Handle data-protection requests and the record of processing",
  'mail.read': 'Read the mail the shop has sent',
} as const;

export type Permission = keyof typeof PERMISSIONS;

export const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];
