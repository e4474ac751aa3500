import { sql, type Kysely } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import type { Db } from './database.ts';

/** A module's migrations, applied in its own schema with its own history table. */
export interface ModuleMigrations {
  /** The module's PostgreSQL schema, also where its migration history lives. */
  schema: string;
  /** Keyed by name; names sort in the order they must run (`0001_create_messages`). */
  migrations: Record<string, Migration>;
}

/**
 * Brings every module's schema up to date, in the order given (dependencies first).
 *
 * Why the first query: Kysely's migrator inspects the whole catalogue for each schema, which
 * costs about 200 ms per module on PGlite. Reading every history table in one query lets an
 * up-to-date database (every start but the first) skip the migrator entirely.
 */
export async function migrateToLatest(db: Db, modules: readonly ModuleMigrations[]): Promise<string[]> {
  const applied = await appliedMigrations(db, modules.map((m) => m.schema));
  const pending = modules.filter((m) => Object.keys(m.migrations).some((name) => !applied.has(`${m.schema}/${name}`)));
  const done: string[] = [];
  for (const module of pending) {
    await sql`create schema if not exists ${sql.id(module.schema)}`.execute(db);
    const migrator = new Migrator({
      db,
      provider: { getMigrations: async () => module.migrations },
      migrationTableSchema: module.schema,
    });
    const { error, results } = await migrator.migrateToLatest();
    for (const result of results ?? []) {
      if (result.status === 'Success') done.push(`${module.schema}/${result.migrationName}`);
    }
    if (error) throw new Error(`Migration of schema "${module.schema}" failed`, { cause: error });
  }
  return done;
}

/** `schema/name` of every migration recorded in the given schemas' history tables. */
async function appliedMigrations(db: Db, schemas: string[]): Promise<Set<string>> {
  const { rows: tables } = await sql<{ schema: string }>`
    select n.nspname as schema
    from pg_catalog.pg_class c
    join pg_catalog.pg_namespace n on n.oid = c.relnamespace
    where c.relname = 'kysely_migration' and n.nspname in (${sql.join(schemas)})`.execute(db);
  if (tables.length === 0) return new Set();
  const history = sql.join(
    tables.map((t) => sql`select ${t.schema}::text as schema, name from ${sql.id(t.schema, 'kysely_migration')}`),
    sql` union all `,
  );
  const { rows } = await sql<{ schema: string; name: string }>`${history}`.execute(db);
  return new Set(rows.map((r) => `${r.schema}/${r.name}`));
}

/**
 * Runs a migration written as plain SQL, one statement at a time: PGlite's extended protocol
 * takes a single statement per query. Statements end with `;` at the end of a line, so a
 * migration must not put such a sequence inside a string or function body.
 */
export async function runSqlScript(db: Kysely<unknown>, script: string): Promise<void> {
  for (const statement of script.split(/;\s*$/m).map((s) => s.trim()).filter(Boolean)) {
    await sql.raw(statement).execute(db);
  }
}
