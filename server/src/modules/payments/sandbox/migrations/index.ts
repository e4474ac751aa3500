import type { ModuleMigrations } from '../../../../kernel/db/migrations.ts';
import * as createSandbox from './0001_create_sandbox.ts';

/** The sandbox processor keeps its own schema: it stands for a company outside the shop. */
export const sandboxMigrations: ModuleMigrations = {
  schema: 'sandbox',
  migrations: {
    '0001_create_sandbox': createSandbox,
  },
};
