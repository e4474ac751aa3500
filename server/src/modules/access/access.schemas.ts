import { Type } from 'typebox';
import { idPattern } from '../../kernel/ids.ts';
import { ALL_PERMISSIONS } from './access.permissions.ts';
import { ROLE_NAMES } from './access.roles.ts';

const DateTime = Type.String({ format: 'date-time' });
const Email = Type.String({ minLength: 3, maxLength: 254, pattern: '^[^\\s@]+@[^\\s@]+$', examples: ['owner@vitrine.localhost'] });
const PersonName = Type.String({ minLength: 1, maxLength: 120 });
const Password = Type.String({ minLength: 1, maxLength: 1024 });
const TotpCode = Type.String({ pattern: '^[0-9]{6}$', description: 'The 6-digit code your authenticator app shows now' });
const StaffId = Type.String({ pattern: idPattern('stf'), description: 'Staff member id (`stf_…`)' });
const SupplierId = Type.String({ pattern: idPattern('sup'), description: 'Supplier organisation id (`sup_…`)' });
const CsrfToken = Type.String({ description: 'Echo it in `X-CSRF-Token` on every POST, PUT, PATCH and DELETE' });

export const RoleName = Type.Enum(ROLE_NAMES, { description: 'A fixed staff role; see `GET /api/admin/roles`' });
const PermissionName = Type.Enum(ALL_PERMISSIONS);

export const StaffMember = Type.Object({
  id: StaffId,
  email: Type.String(),
  name: Type.String(),
  role: RoleName,
  status: Type.Union([Type.Literal('active'), Type.Literal('disabled')]),
  totpEnrolled: Type.Boolean({ description: 'An authenticator app is enrolled as second factor' }),
  createdAt: DateTime,
});

export const StaffSignInBody = Type.Object(
  { email: Email, password: Password, totp: Type.Optional(TotpCode) },
  { additionalProperties: false },
);

export const StaffSession = Type.Object({
  staff: StaffMember,
  permissions: Type.Array(PermissionName, { description: 'What this session may do; empty until a required authenticator is enrolled' }),
  totpEnrolmentRequired: Type.Boolean({ description: 'True for an owner without an authenticator: enrol it before anything else' }),
  csrfToken: CsrfToken,
  expiresAt: Type.String({ format: 'date-time', description: 'The latest the session can last; 12 hours without use end it sooner' }),
});

export const TotpEnrolment = Type.Object({
  secret: Type.String({ description: 'Base32 secret, for typing into an app by hand' }),
  otpauthUri: Type.String({ description: '`otpauth://totp/…` URI, to show as a QR code' }),
});

export const TotpConfirmBody = Type.Object({ code: TotpCode }, { additionalProperties: false });

export const PasswordChangeBody = Type.Object({ currentPassword: Password, newPassword: Password }, { additionalProperties: false });

export const StaffList = Type.Object({ staff: Type.Array(StaffMember) });
export const StaffParams = Type.Object({ id: StaffId });
export const CreateStaffBody = Type.Object({ email: Email, name: PersonName, role: RoleName }, { additionalProperties: false });
export const CreatedStaff = Type.Object({
  staff: StaffMember,
  temporaryPassword: Type.String({ description: 'Shown this once; hand it over and have it changed at first sign-in' }),
});
export const RoleChangeBody = Type.Object({ role: RoleName }, { additionalProperties: false });

export const RoleCatalogue = Type.Object({
  roles: Type.Array(Type.Object({ id: RoleName, title: Type.String(), permissions: Type.Array(PermissionName), requiresTotp: Type.Boolean() })),
  permissions: Type.Array(Type.Object({ id: PermissionName, description: Type.String() })),
});

const Filter = (description: string) => Type.Optional(Type.String({ minLength: 1, maxLength: 200, description }));
export const AuditQuery = Type.Object(
  {
    staffId: Type.Optional(StaffId),
    action: Filter('Exact action, such as `customers.viewed`'),
    subjectType: Filter('Kind of subject, such as `customer`'),
    subjectId: Filter('Id of the subject'),
    from: Type.Optional(Type.String({ format: 'date-time', description: 'Events at or after this time' })),
    to: Type.Optional(Type.String({ format: 'date-time', description: 'Events before this time' })),
    cursor: Filter('`nextCursor` of the previous page'),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);

export const AuditEvent = Type.Object({
  id: Type.String(),
  at: DateTime,
  staffId: StaffId,
  sessionId: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  subjectType: Type.String(),
  subjectId: Type.String(),
  detail: Type.Object({}, { additionalProperties: true }),
  requestId: Type.String({ description: 'The request that did it, to find it in the logs' }),
});

export const AuditPage = Type.Object({
  events: Type.Array(AuditEvent),
  nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'Null on the last page' }),
});

export const SupplierOrganisation = Type.Object({
  id: SupplierId,
  name: Type.String(),
  status: Type.Union([Type.Literal('active'), Type.Literal('suspended')]),
  createdAt: DateTime,
});

export const SupplierUser = Type.Object({
  id: Type.String({ pattern: idPattern('supusr') }),
  organisationId: SupplierId,
  email: Type.String(),
  name: Type.String(),
  status: Type.Union([Type.Literal('active'), Type.Literal('disabled')]),
  createdAt: DateTime,
});

export const SupplierParams = Type.Object({ id: SupplierId });
export const SupplierList = Type.Object({ organisations: Type.Array(SupplierOrganisation) });
export const SupplierDetail = Type.Object({ organisation: SupplierOrganisation, users: Type.Array(SupplierUser) });
export const CreateSupplierBody = Type.Object({ name: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false });
export const CreateSupplierUserBody = Type.Object({ email: Email, name: PersonName }, { additionalProperties: false });
export const CreatedSupplierUser = Type.Object({ user: SupplierUser, temporaryPassword: Type.String({ description: 'Shown this once' }) });

export const SupplierSignInBody = Type.Object({ email: Email, password: Password }, { additionalProperties: false });
export const SupplierSession = Type.Object({ user: SupplierUser, organisation: SupplierOrganisation, csrfToken: CsrfToken, expiresAt: DateTime });
