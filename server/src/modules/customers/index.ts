/** The customers module: accounts, sign-in and sessions, guardians, account states. */
export { createCustomersService, type CustomersService } from './customers.service.ts';
export { customersRoutes, CUSTOMER_COOKIE } from './customers.routes.ts';
export { customersAdminRoutes } from './customers.admin-routes.ts';
export { addressRoutes } from './customers.address-routes.ts';
export { customerSessionAudience } from './customers.sessions.ts';
export { customersJobs, COMING_OF_AGE_JOB } from './customers.jobs.ts';
export { customersMigrations } from './migrations/index.ts';
export { customersPersonalData } from './customers.privacy.ts';
export { CustomerErrors } from './customers.errors.ts';
export { WELCOME_OFFER } from './use-cases/register-customer.ts';
export type { LegalPort } from './customers.ports.ts';
