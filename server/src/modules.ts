import type { FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import type { ModuleMigrations } from './kernel/db/migrations.ts';
import type { JobDefinition } from './kernel/jobs/jobs.ts';
import type { MailTransport } from './kernel/mail/transport.ts';
import type { ColumnDeclaration } from './kernel/personal-data.ts';
import type { RunUseCase } from './kernel/use-case.ts';
import { demoMigrations, demoPersonalData } from './demo.ts';
import { platformMigrations } from './kernel/rate-limit.ts';
import type { RateLimiter } from './kernel/rate-limit.ts';
import type { SessionAudience } from './kernel/http/sessions.ts';
import type { Platform } from './platform.ts';
import { createNotificationsService, notificationsJobs, notificationsMigrations, notificationsPersonalData } from './modules/notifications/index.ts';
import { createPrivacyService, privacyMigrations, privacyPersonalData, privacyRoutes } from './modules/privacy/index.ts';

/**
 * The one place where modules are created and wired, in dependency order: a module receives
 * the public surface of the modules it needs, never their tables.
 */
export const MODULE_MIGRATIONS: readonly ModuleMigrations[] = [platformMigrations, notificationsMigrations, privacyMigrations, demoMigrations];

/** Every column of every module that holds (or looks like it holds) personal data. */
export const PERSONAL_DATA_REGISTRY: readonly ColumnDeclaration[] = [...notificationsPersonalData, ...privacyPersonalData, ...demoPersonalData];

export interface ModuleDeps {
  config: Config;
  runUseCase: RunUseCase;
  mailTransport: MailTransport;
  rateLimiter: RateLimiter;
}

export function createModules(deps: ModuleDeps) {
  const notifications = createNotificationsService({
    transport: deps.mailTransport,
    mailFrom: deps.config.mailFrom,
    messageIdDomain: new URL(deps.config.publicUrl).hostname,
    runUseCase: deps.runUseCase,
    retryLimit: 6,
  });
  const privacy = createPrivacyService();
  return { notifications, privacy };
}

export type Modules = ReturnType<typeof createModules>;

export function moduleJobs(modules: Modules): JobDefinition<any>[] {
  return [...notificationsJobs(modules.notifications)];
}

/** The kinds of signed-in user, each with its own session cookie; tried in this order. */
export function sessionAudiences(_modules: Modules): SessionAudience[] {
  return [];
}

/** Each module's routes, mounted under /api. */
export async function registerModuleRoutes(api: FastifyInstance, platform: Platform): Promise<void> {
  const { modules, runUseCase } = platform;
  await api.register(privacyRoutes(modules.privacy, runUseCase));
}
