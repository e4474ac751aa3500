import { Type } from 'typebox';
import { idPattern } from '../../kernel/ids.ts';

const Email = Type.String({ format: 'email', maxLength: 254, examples: ['amelie@example.com'] });
const Password = Type.String({ minLength: 1, maxLength: 1024, description: 'At least 10 characters, not a common password' });
const Locale = Type.Union([Type.Literal('en'), Type.Literal('zh-Hant'), Type.Literal('zh-Hans')]);
const Token = Type.String({ minLength: 20, maxLength: 200, description: 'The token from the mailed link' });

export const RegistrationBody = Type.Object(
  {
    email: Email,
    password: Password,
    name: Type.String({ minLength: 1, maxLength: 200 }),
    phone: Type.Optional(Type.String({ maxLength: 32, description: 'International format, such as +852 9123 4567' })),
    birthDate: Type.Optional(Type.String({ format: 'date' })),
    guardianEmail: Type.Optional(Email),
    locale: Locale,
    acceptedAgreementVersion: Type.Optional(Type.String({ maxLength: 32, description: 'The registration agreement version shown and accepted' })),
    marketing: Type.Optional(
      Type.Object(
        {
          email: Type.Optional(Type.Boolean({ default: false })),
          sms: Type.Optional(Type.Boolean({ default: false })),
          phone: Type.Optional(Type.Boolean({ default: false })),
          push: Type.Optional(Type.Boolean({ default: false })),
        },
        {
          additionalProperties: false,
          description: 'Marketing opt-ins, one per channel, all off unless ticked (MKT-3). Not recorded for a minor until a guardian confirms the account (ACC-2).',
        },
      ),
    ),
  },
  { additionalProperties: false },
);

export const Accepted = Type.Object({ status: Type.Literal('accepted'), message: Type.String() });

export const Credentials = Type.Object({ email: Email, password: Password }, { additionalProperties: false });
export const TokenBody = Type.Object({ token: Token }, { additionalProperties: false });
export const EmailBody = Type.Object({ email: Email }, { additionalProperties: false });
export const ResetBody = Type.Object({ token: Token, newPassword: Password }, { additionalProperties: false });
export const PasswordChangeBody = Type.Object({ currentPassword: Password, newPassword: Password }, { additionalProperties: false });
export const MisuseBody = Type.Object({ description: Type.String({ minLength: 1, maxLength: 4000 }) }, { additionalProperties: false });
export const GuardianBody = Type.Object({ decision: Type.Union([Type.Literal('confirm'), Type.Literal('withdraw')]) }, { additionalProperties: false });

export const ProfilePatch = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    phone: Type.Optional(Type.Union([Type.String({ maxLength: 32 }), Type.Null()])),
    locale: Type.Optional(Locale),
  },
  { additionalProperties: false },
);

export const Profile = Type.Object({
  id: Type.String({ pattern: idPattern('cus') }),
  email: Type.String(),
  emailVerified: Type.Boolean(),
  name: Type.String(),
  phone: Type.Union([Type.String(), Type.Null()]),
  birthDate: Type.Union([Type.String(), Type.Null()]),
  locale: Type.String(),
  state: Type.String({ description: 'active, restricted, suspended, frozen or closed' }),
  restriction: Type.Union([Type.String(), Type.Null()]),
});

export const SessionInfo = Type.Object({
  customer: Profile,
  csrfToken: Type.String({ description: 'Echo it in X-CSRF-Token with every change made with this session' }),
  pendingAcceptances: Type.Array(Type.Object({ kind: Type.String(), version: Type.String() })),
  staffView: Type.Boolean({ description: "A staff member's read-only view of the account (ACC-6): every change is refused" }),
});

export const DeviceSession = Type.Object({
  id: Type.String(),
  device: Type.String(),
  network: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
  lastSeenAt: Type.String({ format: 'date-time' }),
  current: Type.Boolean(),
});

export const SessionParams = Type.Object({ id: Type.String({ pattern: idPattern('ses') }) });
export const GuardianParams = Type.Object({ token: Token });
export const GuardianView = Type.Object({ customerName: Type.String(), confirmed: Type.Boolean() });
export const Entitlement = Type.Object({ kind: Type.String(), percentOff: Type.Integer(), grantedAt: Type.String({ format: 'date-time' }), used: Type.Boolean() });

export const AcceptanceBody = Type.Object(
  {
    kind: Type.Union([Type.Literal('registration-agreement'), Type.Literal('privacy-policy')]),
    version: Type.String({ maxLength: 32 }),
  },
  { additionalProperties: false },
);

export const CustomerParams = Type.Object({ id: Type.String({ pattern: idPattern('cus') }) });
export const CustomerListQuery = Type.Object(
  {
    query: Type.Optional(Type.String({ maxLength: 200, description: 'Part of a name or e-mail' })),
    state: Type.Optional(Type.Union(['active', 'restricted', 'suspended', 'frozen', 'closed'].map((s) => Type.Literal(s)))),
    after: Type.Optional(Type.String({ pattern: idPattern('cus'), description: 'Cursor: the last id of the previous page' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 50 })),
  },
  { additionalProperties: false },
);
export const StateChangeBody = Type.Union([
  Type.Object({ state: Type.Literal('active') }, { additionalProperties: false }),
  Type.Object({ state: Type.Union([Type.Literal('suspended'), Type.Literal('frozen')]), reason: Type.String({ minLength: 3, maxLength: 500 }) }, { additionalProperties: false }),
  Type.Object({ state: Type.Literal('closed'), reason: Type.String({ minLength: 3, maxLength: 500 }), forCause: Type.Boolean() }, { additionalProperties: false }),
]);
export const StaffCustomerView = Type.Object({ ...Profile.properties, stateReason: Type.Union([Type.String(), Type.Null()]), createdAt: Type.String({ format: 'date-time' }) });

const AddressFields = {
  label: Type.Optional(Type.Union([Type.String({ maxLength: 60, description: 'Home, Office …' }), Type.Null()])),
  recipientName: Type.String({ minLength: 1, maxLength: 200 }),
  recipientPhone: Type.String({ minLength: 4, maxLength: 32 }),
  line1: Type.String({ minLength: 1, maxLength: 200 }),
  line2: Type.Optional(Type.Union([Type.String({ maxLength: 200 }), Type.Null()])),
  city: Type.String({ minLength: 1, maxLength: 100 }),
  region: Type.Optional(Type.Union([Type.String({ maxLength: 100 }), Type.Null()])),
  postalCode: Type.Optional(Type.Union([Type.String({ maxLength: 20 }), Type.Null()])),
  countryCode: Type.String({ pattern: '^[A-Za-z]{2}$', description: 'ISO 3166-1 alpha-2' }),
  isDefault: Type.Optional(Type.Boolean()),
};
export const AddressBody = Type.Object(AddressFields, { additionalProperties: false });
export const AddressPatch = Type.Partial(Type.Object(AddressFields), { additionalProperties: false });
export const AddressParams = Type.Object({ id: Type.String({ pattern: idPattern('adr') }) });
export const Address = Type.Object({
  id: Type.String(),
  label: Type.Union([Type.String(), Type.Null()]),
  recipientName: Type.String(),
  recipientPhone: Type.String(),
  line1: Type.String(),
  line2: Type.Union([Type.String(), Type.Null()]),
  city: Type.String(),
  region: Type.Union([Type.String(), Type.Null()]),
  postalCode: Type.Union([Type.String(), Type.Null()]),
  countryCode: Type.String(),
  isDefault: Type.Boolean(),
});

export const StaffViewReasonSchema = Type.Union(
  ['customer_request', 'order_support', 'fraud_investigation', 'legal_request', 'evidence_preservation'].map((r) => Type.Literal(r)),
  { description: 'Why staff look at the account; the customer is shown it' },
);
export const StaffViewBody = Type.Object({ reason: StaffViewReasonSchema }, { additionalProperties: false });
export const StaffViewStarted = Type.Object({ viewId: Type.String(), expiresAt: Type.String({ format: 'date-time' }), csrfToken: Type.String() });
export const StaffViewEntry = Type.Object({ reason: Type.String(), startedAt: Type.String({ format: 'date-time' }), expiresAt: Type.String({ format: 'date-time' }) });
