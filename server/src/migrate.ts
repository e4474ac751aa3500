import { loadConfig } from './config.ts';
import { openDatabase } from './kernel/db/database.ts';
import { migrateToLatest } from './kernel/db/migrations.ts';
import { MODULE_MIGRATIONS } from './modules.ts';

/** `npm run db:migrate`: brings every module's schema up to date and exits. */
const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, poolMax: 2 });
try {
  const applied = await migrateToLatest(database.db, MODULE_MIGRATIONS);
  console.log(applied.length ? `Applied:\n  ${applied.join('\n  ')}` : 'Already up to date.');
} finally {
  await database.close();
}
