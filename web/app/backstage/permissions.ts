import type { PlainMessageKey, Translate } from "../i18n/translate";

/** The permissions the API knows (access.permissions.ts), each said in plain words. */
const PERMISSION_TEXTS = {
  "staff.manage": "backstage.permission.staff.manage",
  "audit.read": "backstage.permission.audit.read",
  "customers.read": "backstage.permission.customers.read",
  "customers.manage": "backstage.permission.customers.manage",
  "customers.view_as": "backstage.permission.customers.view_as",
  "legal.manage": "backstage.permission.legal.manage",
  "catalog.manage": "backstage.permission.catalog.manage",
  "suppliers.manage": "backstage.permission.suppliers.manage",
  "orders.manage": "backstage.permission.orders.manage",
  "content.moderate": "backstage.permission.content.moderate",
  "privacy.manage": "backstage.permission.privacy.manage",
  "mail.read": "backstage.permission.mail.read",
} as const satisfies Record<string, PlainMessageKey>;

export type Permission = keyof typeof PERMISSION_TEXTS;

export function permissionText(permission: string): PlainMessageKey | undefined {
  return Object.hasOwn(PERMISSION_TEXTS, permission) ? PERMISSION_TEXTS[permission as Permission] : undefined;
}

/** The fixed staff roles (access.roles.ts). */
const ROLE_NAMES: Readonly<Record<string, PlainMessageKey>> = {
  owner: "backstage.role.owner",
  catalogue_manager: "backstage.role.catalogue_manager",
  order_manager: "backstage.role.order_manager",
  customer_service: "backstage.role.customer_service",
  moderator: "backstage.role.moderator",
  privacy_officer: "backstage.role.privacy_officer",
};

/** The role's name in the reader's language; a role this page does not know yet keeps its id. */
export function roleNameKey(role: string): PlainMessageKey | undefined {
  return Object.hasOwn(ROLE_NAMES, role) ? ROLE_NAMES[role] : undefined;
}

export function roleName(t: Translate, role: string): string {
  const key = roleNameKey(role);
  return key ? t(key) : role;
}
