/** The sandbox card processor: an outside company in a box, for development, demos and tests. */
export { createSandboxProcessor, DELIVER_WEBHOOK_JOB, type SandboxProcessor, type WebhookPoster } from './sandbox.service.ts';
export { sandboxCardProvider } from './sandbox.provider.ts';
export { sandboxJobs } from './sandbox.jobs.ts';
export { sandboxRoutes } from './sandbox.routes.ts';
export { sandboxMigrations } from './migrations/index.ts';
export { signatureHeader, SIGNATURE_HEADER, TEST_CARDS } from './sandbox.rules.ts';
