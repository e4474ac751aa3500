import type { ModuleMigrations } from '../../../kernel/db/migrations.ts';
import * as createDocumentsAndAcceptances from './0001_create_documents_and_acceptances.ts';

export const legalMigrations: ModuleMigrations = {
  schema: 'legal',
  migrations: {
    '0001_create_documents_and_acceptances': createDocumentsAndAcceptances,
  },
};
