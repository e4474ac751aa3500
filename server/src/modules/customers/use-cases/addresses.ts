import type { Ctx } from '../../../kernel/context.ts';
import { newId } from '../../../kernel/ids.ts';
import { addressesRepository as repo } from '../customers.addresses.repository.ts';
import { CustomerErrors } from '../customers.errors.ts';
import { toE164 } from '../customers.rules.ts';
import type { AddressRow } from '../customers.tables.ts';

export interface AddressInput {
  label?: string | null | undefined;
  recipientName: string;
  recipientPhone: string;
  line1: string;
  line2?: string | null | undefined;
  city: string;
  region?: string | null | undefined;
  postalCode?: string | null | undefined;
  countryCode: string;
  isDefault?: boolean | undefined;
}

export const listAddresses = (ctx: Ctx, customerId: string) => repo.list(ctx.tx, customerId);

/** Adds an address; the first one, or one marked so, becomes the default. */
export async function addAddress(ctx: Ctx, customerId: string, input: AddressInput): Promise<AddressRow> {
  const phone = validPhone(input.recipientPhone);
  const now = ctx.clock.now();
  const first = (await repo.list(ctx.tx, customerId)).length === 0;
  const isDefault = first || input.isDefault === true;
  if (isDefault) await repo.clearDefault(ctx.tx, customerId);
  const row: AddressRow = {
    id: newId('adr', now.getTime()), customer_id: customerId, label: input.label ?? null, recipient_name: input.recipientName.trim(), recipient_phone: phone,
    line1: input.line1.trim(), line2: input.line2 ?? null, city: input.city.trim(), region: input.region ?? null, postal_code: input.postalCode ?? null,
    country_code: input.countryCode.toUpperCase(), is_default: isDefault, created_at: now, updated_at: now,
  };
  await repo.insert(ctx.tx, row);
  return row;
}

/** Changes one of the customer's own addresses; another customer's id is not found. */
export async function updateAddress(ctx: Ctx, customerId: string, id: string, input: Partial<AddressInput>): Promise<AddressRow> {
  const current = await repo.find(ctx.tx, customerId, id);
  if (!current) throw CustomerErrors.address_not_found();
  const changes = {
    ...(input.label !== undefined ? { label: input.label } : {}),
    ...(input.recipientName !== undefined ? { recipient_name: input.recipientName.trim() } : {}),
    ...(input.recipientPhone !== undefined ? { recipient_phone: validPhone(input.recipientPhone) } : {}),
    ...(input.line1 !== undefined ? { line1: input.line1.trim() } : {}),
    ...(input.line2 !== undefined ? { line2: input.line2 } : {}),
    ...(input.city !== undefined ? { city: input.city.trim() } : {}),
    ...(input.region !== undefined ? { region: input.region } : {}),
    ...(input.postalCode !== undefined ? { postal_code: input.postalCode } : {}),
    ...(input.countryCode !== undefined ? { country_code: input.countryCode.toUpperCase() } : {}),
    updated_at: ctx.clock.now(),
  };
  if (input.isDefault === true) {
    await repo.clearDefault(ctx.tx, customerId);
    Object.assign(changes, { is_default: true });
  }
  await repo.update(ctx.tx, customerId, id, changes);
  return (await repo.find(ctx.tx, customerId, id))!;
}

export async function removeAddress(ctx: Ctx, customerId: string, id: string): Promise<void> {
  if ((await repo.remove(ctx.tx, customerId, id)) === 0) throw CustomerErrors.address_not_found();
}

function validPhone(phone: string): string {
  const e164 = toE164(phone);
  if (!e164) throw CustomerErrors.invalid_phone({ fields: [{ field: '/recipientPhone', code: 'invalid_phone', message: 'use the international format, such as +852 9123 4567' }] });
  return e164;
}
