import { sql } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import type { Db } from './database.ts';

/** A module's migrations, applied in its own schema with its own history table. */
export interface ModuleMigrations {
  /** The module's PostgreSQL schema, also where its migration history lives. */
  schema: string;
  /** Keyed by name; names sort in the order they must run (`0001_create_messages`). */
  migrations: Record<string, Migration>;
}

/** Brings every module's schema up to date, in the order given (dependencies first). */
export async function migrateToLatest(db: Db, modules: readonly ModuleMigrations[]): Promise<string[]> {
  const applied: string[] = [];
  for (const module of modules) {
    await sql`create schema if not exists ${sql.id(module.schema)}`.execute(db);
    const migrator = new Migrator({
      db,
      provider: { getMigrations: async () => module.migrations },
      migrationTableSchema: module.schema,
    });
    const { error, results } = await migrator.migrateToLatest();
    for (const result of results ?? []) {
      if (result.status === 'Success') applied.push(`${module.schema}/${result.migrationName}`);
    }
    if (error) throw new Error(`Migration of schema "${module.schema}" failed`, { cause: error });
  }
  return applied;
}
