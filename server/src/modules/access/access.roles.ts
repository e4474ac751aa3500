import { ALL_PERMISSIONS, type Permission } from './access.permissions.ts';

export interface RoleDefinition {
  title: string;
  permissions: readonly Permission[];
  /** The role can change who else holds power, so a stolen password alone must not be enough. */
  requiresTotp: boolean;
}

/**
 * The fixed staff roles. Each is the least a job needs (PRV-8: staff see only the personal data
 * their role requires); a role is changed in code review, not by clicking.
 */
export const ROLES = {
  owner: { title: 'Owner', permissions: ALL_PERMISSIONS, requiresTotp: true },
  catalogue_manager: { title: 'Catalogue manager', permissions: ['catalog.manage', 'suppliers.manage'], requiresTotp: false },
  order_manager: { title: 'Order manager', permissions: ['orders.manage', 'customers.read', 'mail.read'], requiresTotp: false },
  customer_service: {
    title: 'Customer service',
    permissions: ['customers.read', 'customers.manage', 'customers.view_as', 'orders.manage', 'mail.read'],
    requiresTotp: false,
  },
  moderator: { title: 'Moderator', permissions: ['content.moderate'], requiresTotp: false },
  privacy_officer: {
    title: 'Privacy officer',
    permissions: ['privacy.manage', 'customers.read', 'audit.read', 'legal.manage', 'mail.read'],
    requiresTotp: false,
  },
} as const satisfies Record<string, RoleDefinition>;

export type Role = keyof typeof ROLES;

export const ROLE_NAMES = Object.keys(ROLES) as Role[];

export function isRole(value: string): value is Role {
  return Object.hasOwn(ROLES, value);
}
