import type { PlainMessageKey } from "../i18n/translate";
import type { Permission } from "./permissions";

export interface BackstageSection {
  to: string;
  label: PlainMessageKey;
  /** One line for the overview's links. */
  description: PlainMessageKey;
  /** The permission the page asks for; none: every staff member. */
  permission?: Permission;
  end?: boolean;
}

/** The backstage's pages, in the order of the side navigation. */
const SECTIONS: readonly BackstageSection[] = [
  { to: "/admin", label: "backstage.nav.overview", description: "backstage.nav.overview", end: true },
  { to: "/admin/orders", label: "backstage.nav.orders", description: "backstage.nav.orders.description", permission: "orders.manage" },
  { to: "/admin/fulfilment", label: "backstage.nav.fulfilment", description: "backstage.nav.fulfilment.description", permission: "orders.manage" },
  { to: "/admin/returns", label: "backstage.nav.returns", description: "backstage.nav.returns.description", permission: "orders.manage" },
  { to: "/admin/payments", label: "backstage.nav.payments", description: "backstage.nav.payments.description", permission: "orders.manage" },
  { to: "/admin/customers", label: "backstage.nav.customers", description: "backstage.nav.customers.description", permission: "customers.read" },
  { to: "/admin/staff", label: "backstage.nav.staff", description: "backstage.nav.staff.description", permission: "staff.manage" },
  { to: "/admin/suppliers", label: "backstage.nav.suppliers", description: "backstage.nav.suppliers.description", permission: "suppliers.manage" },
  { to: "/admin/catalogue", label: "backstage.nav.catalogue", description: "backstage.nav.catalogue.description", permission: "catalog.manage" },
  { to: "/admin/promotions", label: "backstage.nav.promotions", description: "backstage.nav.promotions.description", permission: "catalog.manage" },
  { to: "/admin/delivery", label: "backstage.nav.delivery", description: "backstage.nav.delivery.description", permission: "catalog.manage" },
  { to: "/admin/legal", label: "backstage.nav.legal", description: "backstage.nav.legal.description", permission: "legal.manage" },
  { to: "/admin/audit", label: "backstage.nav.audit", description: "backstage.nav.audit.description", permission: "audit.read" },
  { to: "/admin/security", label: "backstage.nav.security", description: "backstage.nav.security.description" },
];

/**
 * The pages this staff member may open. An owner still to enrol an authenticator has no powers
 * yet: only the security page, where that is done.
 */
export function sectionsFor(permissions: readonly string[], totpEnrolmentRequired: boolean): BackstageSection[] {
  if (totpEnrolmentRequired) return SECTIONS.filter((section) => section.to === "/admin/security");
  return SECTIONS.filter((section) => !section.permission || permissions.includes(section.permission));
}
