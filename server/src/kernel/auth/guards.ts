import type { Actor } from '../context.ts';
import { RequestErrors } from '../errors.ts';

export type StaffActor = Extract<Actor, { kind: 'staff' }>;
export type CustomerActor = Extract<Actor, { kind: 'customer' }>;
export type SupplierActor = Extract<Actor, { kind: 'supplier' }>;

/** The signed-in customer, or 401. A staff or supplier session is not a customer session. */
export function requireCustomer(actor: Actor): CustomerActor {
  if (actor.kind !== 'customer') throw RequestErrors.unauthenticated({ detail: 'Sign in to your account first.' });
  return actor;
}

/** A staff member holding `permission`, or 401 (not staff) / 403 (staff without it). */
export function requireStaff(actor: Actor, permission: string): StaffActor {
  if (actor.kind !== 'staff') throw RequestErrors.unauthenticated({ detail: 'Sign in to the backstage first.' });
  if (!actor.permissions.has(permission)) throw RequestErrors.forbidden({ detail: `Your role does not include ${permission}.` });
  return actor;
}

export function requireSupplier(actor: Actor): SupplierActor {
  if (actor.kind !== 'supplier') throw RequestErrors.unauthenticated({ detail: 'Sign in to the supplier backstage first.' });
  return actor;
}
