import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { testApp } from '../../tests/support/app.ts';
import { PERSONAL_DATA_REGISTRY } from '../modules.ts';
import { PERSONAL_LOOKING_COLUMN } from './personal-data.ts';

/** Schemas that are not the shop's own modules. */
const FOREIGN_SCHEMAS = ['pg_catalog', 'information_schema', 'pg_toast', 'public', 'pgboss'];

const app = await testApp({ config: { seedDemo: false } });

describe('personal-data registry (PRV-1)', () => {
  let columns: { table: string; column: string }[];
  before(async () => {
    const { rows } = await sql<{ table_schema: string; table_name: string; column_name: string }>`
      select table_schema, table_name, column_name
      from information_schema.columns
      where table_schema not in (${sql.join(FOREIGN_SCHEMAS)})
        and table_schema not like 'pg_temp%'
        and table_name not in ('kysely_migration', 'kysely_migration_lock')`.execute(app.platform.database.db);
    columns = rows.map((r) => ({ table: `${r.table_schema}.${r.table_name}`, column: r.column_name }));
  });

  it('declares every column whose name looks personal', () => {
    const declared = new Set(PERSONAL_DATA_REGISTRY.map((d) => `${d.table}.${d.column}`));
    const undeclared = columns
      .filter((c) => PERSONAL_LOOKING_COLUMN.test(c.column))
      .map((c) => `${c.table}.${c.column}`)
      .filter((name) => !declared.has(name));
    assert.deepEqual(undeclared, [], `Declare these in the module's <module>.privacy.ts: ${undeclared.join(', ')}`);
  });

  it('declares only columns that exist', () => {
    const existing = new Set(columns.map((c) => `${c.table}.${c.column}`));
    const stale = PERSONAL_DATA_REGISTRY.map((d) => `${d.table}.${d.column}`).filter((name) => !existing.has(name));
    assert.deepEqual(stale, []);
  });

  it('recognises the names of personal data', () => {
    for (const name of ['email', 'to_address', 'phone_e164', 'full_name', 'last_name', 'ip', 'signup_ip', 'user_agent', 'birth_date', 'note', 'staff_notes'])
      assert.ok(PERSONAL_LOOKING_COLUMN.test(name), name);
    for (const name of ['shipping_fee', 'description', 'status', 'zip_code_format', 'created_at', 'recipe'])
      assert.ok(!PERSONAL_LOOKING_COLUMN.test(name), name);
  });
});
