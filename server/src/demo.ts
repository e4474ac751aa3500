import { sql, type Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from './config.ts';
import type { Database } from './kernel/db/database.ts';
import type { ModuleMigrations } from './kernel/db/migrations.ts';
import type { ColumnDeclaration } from './kernel/personal-data.ts';
import type { RunUseCase } from './kernel/use-case.ts';
import type { Modules } from './modules.ts';
import { loadDemoLegalDocuments } from './modules/legal/index.ts';
import { loadDemoCatalogue } from './demo/catalogue/load.ts';
import { loadDemoPromotions } from './modules/pricing/index.ts';

/** Remembers which demo data sets were loaded, so a restart never loads them twice. */
export const demoMigrations: ModuleMigrations = {
  schema: 'demo',
  migrations: {
    '0001_create_loaded_sets': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .withSchema('demo')
          .createTable('loaded_sets')
          .addColumn('name', 'text', (c) => c.primaryKey())
          .addColumn('loaded_at', 'timestamptz', (c) => c.notNull())
          .execute();
      },
    },
  },
};

export const demoPersonalData: ColumnDeclaration[] = [
  { table: 'demo.loaded_sets', column: 'name', notPersonal: 'The name of a demo data set' },
];

interface DemoDeps {
  config: Config;
  database: Database;
  runUseCase: RunUseCase;
  modules: Modules;
  log: Logger;
}

/**
 * The demo shop `npm start` opens. Each set loads once, inside one transaction with its marker,
 * so a crash halfway leaves nothing half-loaded. Later modules add their sets here.
 */
export async function seedDemoShop(deps: DemoDeps): Promise<void> {
  await loadOnce(deps, 'backstage-accounts', async (ctx) => {
    const demo = await deps.modules.access.seedDemoAccounts(ctx);
    // Printed once, at the first start: the README lists the same accounts.
    const staff = demo.staff.map((s) => `${s.email} (${s.role})`).join(', ');
    deps.log.info(`Demo backstage accounts, password "${demo.password}": ${staff}; supplier ${demo.supplier}. The owner enrols an authenticator app at first sign-in.`);
  });
  await loadOnce(deps, 'welcome-mail', async (ctx) => {
    await deps.modules.notifications.queueMail(ctx, {
      to: 'backstage@vitrine.localhost',
      subject: 'Your Vitrine demo shop is open',
      text: [
        'Welcome to Vitrine.',
        '',
        `The shop runs at ${deps.config.publicUrl} and its API reference is at ${deps.config.publicUrl}/api/docs.`,
        'This message was sent by a background job and kept in the database, which is where mail goes until SMTP_URL is set.',
      ].join('\n'),
    });
  });
  await loadOnce(deps, 'legal-documents', (ctx) => loadDemoLegalDocuments(ctx, deps.modules.legal));
  // Promotions, delivery rates and duty estimates need no catalogue: loaded even when DEMO_PRODUCTS=0 (as in most tests).
  await loadOnce(deps, 'promotions', (ctx) => loadDemoPromotions(ctx, deps.modules.pricing));
  // After the backstage accounts: one of the catalogue's two suppliers is theirs.
  if (deps.config.demoProducts > 0) {
    await loadOnce(deps, 'catalogue', async (ctx) => {
      const loaded = await loadDemoCatalogue(ctx, deps.modules, { products: deps.config.demoProducts });
      deps.log.info(loaded, 'demo catalogue loaded');
    });
  }
}

async function loadOnce(deps: DemoDeps, name: string, load: Parameters<RunUseCase>[2]): Promise<void> {
  await deps.runUseCase({ kind: 'system', job: 'demo.seed' }, `demo:${name}`, async (ctx) => {
    const inserted = await sql<{ name: string }>`
      insert into demo.loaded_sets (name, loaded_at) values (${name}, ${ctx.clock.now()})
      on conflict (name) do nothing
      returning name`.execute(ctx.tx);
    if (inserted.rows.length === 0) return;
    await load(ctx);
    deps.log.info({ set: name }, 'demo data loaded');
  });
}
