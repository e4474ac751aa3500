import { requireStaff } from '../../kernel/auth/guards.ts';
import { ProblemResponses } from '../../kernel/http/schemas.ts';
import type { AccessRouteDeps, RouteApp } from './access.http.ts';
import { presentAuditEvent, presentOrganisation, presentRoleCatalogue, presentStaff, presentSupplierUser } from './access.present.ts';
import {
  AuditPage,
  AuditQuery,
  CreatedStaff,
  CreatedSupplierUser,
  CreateStaffBody,
  CreateSupplierBody,
  CreateSupplierUserBody,
  RoleCatalogue,
  RoleChangeBody,
  StaffList,
  StaffMember,
  StaffParams,
  SupplierDetail,
  SupplierList,
  SupplierOrganisation,
  SupplierParams,
} from './access.schemas.ts';

const tags = ['access'];
const ok = (schema: object) => ({ 200: schema, ...ProblemResponses });

/** Backstage administration of staff, supplier accounts and the audit log; each route names its permission. */
export function adminRoutes(app: RouteApp, { access, runUseCase }: AccessRouteDeps): void {
  app.get('/admin/roles', { config: { permission: 'staff.manage' }, schema: { tags, summary: 'The staff roles and what each may do (`staff.manage`)', response: ok(RoleCatalogue) } }, async (request) => {
    requireStaff(request.actor, 'staff.manage');
    return presentRoleCatalogue();
  });

  app.get('/admin/staff', { config: { permission: 'staff.manage' }, schema: { tags, summary: 'Every staff account (`staff.manage`)', response: ok(StaffList) } }, async (request) => {
    const actor = requireStaff(request.actor, 'staff.manage');
    return { staff: (await runUseCase(actor, request.id, (ctx) => access.listStaff(ctx))).map(presentStaff) };
  });

  app.post(
    '/admin/staff',
    {
      config: { permission: 'staff.manage' }, schema: {
        tags,
        summary: 'Create a staff account (`staff.manage`)',
        description: 'Returns a temporary password once; it is stored only as a hash. Audited as `staff.created`.',
        body: CreateStaffBody,
        response: { 201: CreatedStaff, ...ProblemResponses },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request.actor, 'staff.manage');
      const created = await runUseCase(actor, request.id, (ctx) => access.createStaff(ctx, request.body));
      reply.header('cache-control', 'no-store');
      return reply.code(201).send({ staff: presentStaff(created.staff), temporaryPassword: created.temporaryPassword });
    },
  );

  app.put(
    '/admin/staff/:id/role',
    {
      config: { permission: 'staff.manage' }, schema: {
        tags,
        summary: "Change a staff member's role (`staff.manage`)",
        description: 'Ends all their sessions. The last active owner cannot be demoted. Audited as `staff.role_changed`.',
        params: StaffParams,
        body: RoleChangeBody,
        response: ok(StaffMember),
      },
    },
    async (request) => {
      const actor = requireStaff(request.actor, 'staff.manage');
      return presentStaff(await runUseCase(actor, request.id, (ctx) => access.changeStaffRole(ctx, request.params.id, request.body.role)));
    },
  );

  const staffAction = (path: string, summary: string, run: typeof access.enableStaff) =>
    app.post(path, { config: { permission: 'staff.manage' }, schema: { tags, summary, params: StaffParams, response: ok(StaffMember) } }, async (request) => {
      const actor = requireStaff(request.actor, 'staff.manage');
      return presentStaff(await runUseCase(actor, request.id, (ctx) => run(ctx, request.params.id)));
    });
  staffAction('/admin/staff/:id/disable', 'Disable a staff account and end its sessions (`staff.manage`)', (ctx, id) =>
    access.disableStaff(ctx, requireStaff(ctx.actor, 'staff.manage'), id),
  );
  staffAction('/admin/staff/:id/enable', 'Enable a disabled staff account again (`staff.manage`)', access.enableStaff);
  staffAction('/admin/staff/:id/totp-reset', 'Remove a lost authenticator; the person enrols again (`staff.manage`)', access.resetStaffTotp);

  app.get(
    '/admin/audit-events',
    {
      config: { permission: 'audit.read' }, schema: {
        tags,
        summary: 'The audit log of staff actions, newest first (`audit.read`)',
        description: 'Filter by staff member, action, subject and time; page with `nextCursor`.',
        querystring: AuditQuery,
        response: ok(AuditPage),
      },
    },
    async (request) => {
      const actor = requireStaff(request.actor, 'audit.read');
      const page = await runUseCase(actor, request.id, (ctx) => access.listAuditEvents(ctx, request.query));
      return { events: page.events.map(presentAuditEvent), nextCursor: page.nextCursor };
    },
  );

  app.get('/admin/supplier-organisations', { config: { permission: 'suppliers.manage' }, schema: { tags, summary: 'Supplier organisations (`suppliers.manage`)', response: ok(SupplierList) } }, async (request) => {
    const actor = requireStaff(request.actor, 'suppliers.manage');
    return { organisations: (await runUseCase(actor, request.id, (ctx) => access.listSupplierOrganisations(ctx))).map(presentOrganisation) };
  });

  app.post(
    '/admin/supplier-organisations',
    { config: { permission: 'suppliers.manage' }, schema: { tags, summary: 'Register a supplier organisation (`suppliers.manage`)', body: CreateSupplierBody, response: { 201: SupplierOrganisation, ...ProblemResponses } } },
    async (request, reply) => {
      const actor = requireStaff(request.actor, 'suppliers.manage');
      const organisation = await runUseCase(actor, request.id, (ctx) => access.createSupplierOrganisation(ctx, request.body));
      return reply.code(201).send(presentOrganisation(organisation));
    },
  );

  app.get(
    '/admin/supplier-organisations/:id',
    { config: { permission: 'suppliers.manage' }, schema: { tags, summary: 'A supplier organisation and its users (`suppliers.manage`)', params: SupplierParams, response: ok(SupplierDetail) } },
    async (request) => {
      const actor = requireStaff(request.actor, 'suppliers.manage');
      const { organisation, users } = await runUseCase(actor, request.id, (ctx) => access.getSupplierOrganisation(ctx, request.params.id));
      return { organisation: presentOrganisation(organisation), users: users.map(presentSupplierUser) };
    },
  );

  app.post(
    '/admin/supplier-organisations/:id/users',
    {
      config: { permission: 'suppliers.manage' }, schema: {
        tags,
        summary: 'Give a person access to the supplier backstage (`suppliers.manage`)',
        description: 'Returns a temporary password once.',
        params: SupplierParams,
        body: CreateSupplierUserBody,
        response: { 201: CreatedSupplierUser, ...ProblemResponses },
      },
    },
    async (request, reply) => {
      const actor = requireStaff(request.actor, 'suppliers.manage');
      const created = await runUseCase(actor, request.id, (ctx) => access.createSupplierUser(ctx, request.params.id, request.body));
      reply.header('cache-control', 'no-store');
      return reply.code(201).send({ user: presentSupplierUser(created.user), temporaryPassword: created.temporaryPassword });
    },
  );
}
