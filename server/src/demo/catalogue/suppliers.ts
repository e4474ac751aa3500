import type { Ctx } from '../../kernel/context.ts';
import type { Modules } from '../../modules.ts';
import { SUPPLIERS, type SupplierKey } from './logistics.ts';

/**
 * The demo's two supplier organisations, by key: "Atelier Lumière" comes with the demo's
 * backstage accounts; the second is made here. Creating an organisation is a staff action the
 * access module audits, so it is made in the demo owner's name. Without an owner account (a
 * benchmark database loaded without the demo accounts) a missing supplier stays missing and its
 * products are sold by the shop instead.
 */
export async function ensureDemoSuppliers(ctx: Ctx, access: Modules['access']): Promise<Map<SupplierKey, string>> {
  const existing = await access.listSupplierOrganisations(ctx);
  const found = new Map<SupplierKey, string>();
  for (const [key, { name }] of Object.entries(SUPPLIERS) as [SupplierKey, { name: string }][]) {
    const organisation = existing.find((o) => o.name === name);
    if (organisation) {
      found.set(key, organisation.id);
      continue;
    }
    const owner = (await access.listStaff(ctx)).find((s) => s.role === 'owner' && s.status === 'active');
    if (!owner) continue;
    const asOwner: Ctx = { ...ctx, actor: { kind: 'staff', staffId: owner.id, sessionId: 'demo-seed', permissions: new Set() } };
    found.set(key, (await access.createSupplierOrganisation(asOwner, { name })).id);
  }
  return found;
}
