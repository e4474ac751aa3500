import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql, type Kysely } from 'kysely';
import { testApp } from '../../../tests/support/app.ts';
import { migrateToLatest, type ModuleMigrations } from './migrations.ts';

const app = await testApp({ config: { seedDemo: false } });
const db = app.platform.database.db;

const createNotes = { up: (k: Kysely<unknown>) => k.schema.withSchema('scratch').createTable('notes').addColumn('id', 'text', (c) => c.primaryKey()).execute() };
const addTitle = { up: (k: Kysely<unknown>) => k.schema.withSchema('scratch').alterTable('notes').addColumn('title', 'text').execute() };

describe('per-module migrations', () => {
  it('applies a module’s migrations in its own schema, once', async () => {
    const scratch: ModuleMigrations = { schema: 'scratch', migrations: { '0001_create_notes': createNotes } };
    assert.deepEqual(await migrateToLatest(db, [scratch]), ['scratch/0001_create_notes']);
    assert.deepEqual(await migrateToLatest(db, [scratch]), [], 'an up-to-date schema is left alone');
    const { rows } = await sql<{ n: bigint }>`select count(*) as n from scratch.kysely_migration`.execute(db);
    assert.equal(rows[0]!.n, 1n, 'the history lives in the module’s own schema');
  });

  it('applies only what a new release adds', async () => {
    const next: ModuleMigrations = { schema: 'scratch', migrations: { '0001_create_notes': createNotes, '0002_add_title': addTitle } };
    assert.deepEqual(await migrateToLatest(db, [next]), ['scratch/0002_add_title']);
    await sql`insert into scratch.notes (id, title) values ('n1', 'kept')`.execute(db);
  });

  it('stops at a failing migration and names the module', async () => {
    const broken: ModuleMigrations = { schema: 'broken', migrations: { '0001_bad': { up: (k) => sql`select * from nowhere`.execute(k).then(() => {}) } } };
    await assert.rejects(migrateToLatest(db, [broken]), /Migration of schema "broken" failed/);
  });
});
