/**
 * The payments module: payment intents per order, the provider interface (a sandbox card
 * processor, bank transfer, cash on delivery), every provider call recorded with its idempotency
 * key, signed webhooks, and the fraud review (PAY-1, PAY-3, PAY-4).
 */
export { createPaymentsService, type PaymentsService, type StartPayment, type NextStep } from './payments.service.ts';
export type { OrdersPort, BankAccount, MailPort, OrderNotice, OrderViewer } from './payments.ports.ts';
export type { RefundDetailsState } from './use-cases/refund-details.ts';
export type { RiskInput } from './payments.risk.ts';
export type { MethodOffer } from './payments.rules.ts';
export type { OperationResult } from './use-cases/operations.ts';
export { paymentsAdminRoutes, paymentsCustomerRoutes, paymentWebhookRoutes } from './payments.routes.ts';
export { paymentsMigrations } from './migrations/index.ts';
export { paymentsPersonalData, sandboxPersonalData } from './payments.privacy.ts';
export { PaymentErrors } from './payments.errors.ts';
export { createSandboxProcessor, sandboxCardProvider, sandboxJobs, sandboxMigrations, sandboxRoutes, type SandboxProcessor } from './sandbox/index.ts';
