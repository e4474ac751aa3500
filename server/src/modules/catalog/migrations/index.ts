import type { ModuleMigrations } from '../../../kernel/db/migrations.ts';
import * as createCatalogue from './0001_create_catalogue.ts';
import * as createListings from './0002_create_listings.ts';
import * as indexDesignerPopularity from './0003_index_designer_popularity.ts';
import * as addProductKind from './0004_add_product_kind.ts';

export const catalogMigrations: ModuleMigrations = {
  schema: 'catalog',
  migrations: {
    '0001_create_catalogue': createCatalogue,
    '0002_create_listings': createListings,
    '0003_index_designer_popularity': indexDesignerPopularity,
    '0004_add_product_kind': addProductKind,
  },
};
