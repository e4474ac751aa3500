import type { Ctx } from '../../../kernel/context.ts';
import { hashPassword } from '../../../kernel/auth/passwords.ts';
import { newId } from '../../../kernel/ids.ts';
import { accessRepository as repo } from '../access.repository.ts';
import type { Role } from '../access.roles.ts';
import { suppliersRepository as suppliers } from '../access.suppliers.repository.ts';

export const DEMO_PASSWORD = 'vitrine-demo-2026';

const DEMO_STAFF: { email: string; name: string; role: Role }[] = [
  { email: 'owner@vitrine.localhost', name: 'Olivia Owner', role: 'owner' },
  { email: 'catalogue@vitrine.localhost', name: 'Camille Catalogue', role: 'catalogue_manager' },
  { email: 'orders@vitrine.localhost', name: 'Oscar Orders', role: 'order_manager' },
  { email: 'service@vitrine.localhost', name: 'Sofia Service', role: 'customer_service' },
  { email: 'moderation@vitrine.localhost', name: 'Milo Moderation', role: 'moderator' },
  { email: 'privacy@vitrine.localhost', name: 'Priya Privacy', role: 'privacy_officer' },
];

const DEMO_SUPPLIER = { organisation: 'Atelier Lumière', email: 'atelier@vitrine.localhost', name: 'Lucie Atelier' };

/**
 * One account per role and one supplier, all with the demo password. The owner's authenticator
 * is not enrolled: enrolling it is the owner's first step in the backstage, as in a real shop.
 */
export async function seedDemoAccounts(ctx: Ctx): Promise<{ staff: { email: string; role: Role }[]; supplier: string; password: string }> {
  const now = ctx.clock.now();
  // One hash for all: the same password, and seven argon2 runs would slow every first start.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const member of DEMO_STAFF) {
    await repo.insertStaff(ctx.tx, {
      id: newId('stf', now.getTime()),
      ...member,
      password_hash: passwordHash,
      totp_secret: null,
      totp_pending_secret: null,
      totp_last_step: null,
      status: 'active',
      created_at: now,
      updated_at: now,
    });
  }
  const organisationId = newId('sup', now.getTime());
  await suppliers.insertOrganisation(ctx.tx, { id: organisationId, name: DEMO_SUPPLIER.organisation, status: 'active', created_at: now });
  await suppliers.insertUser(ctx.tx, {
    id: newId('supusr', now.getTime()),
    organisation_id: organisationId,
    email: DEMO_SUPPLIER.email,
    name: DEMO_SUPPLIER.name,
    password_hash: passwordHash,
    status: 'active',
    created_at: now,
  });
  return { staff: DEMO_STAFF.map(({ email, role }) => ({ email, role })), supplier: DEMO_SUPPLIER.email, password: DEMO_PASSWORD };
}
