import type { ModuleMigrations } from '../../../kernel/db/migrations.ts';
import * as createCatalogue from './0001_create_catalogue.ts';
import * as createListings from './0002_create_listings.ts';

export const catalogMigrations: ModuleMigrations = {
  schema: 'catalog',
  migrations: {
    '0001_create_catalogue': createCatalogue,
    '0002_create_listings': createListings,
  },
};
