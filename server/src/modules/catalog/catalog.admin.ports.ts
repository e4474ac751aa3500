import type { Ctx } from '../../kernel/context.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import type { InventoryService } from '../inventory/index.ts';
import type { PricingService } from '../pricing/index.ts';

/** The audit trail of staff actions (PRV-8), kept by the access module. */
export interface AuditPort {
  recordAudit(ctx: Ctx, entry: { action: string; subjectType: string; subjectId: string; detail?: Record<string, unknown> }): Promise<void>;
}

/** What the backstage catalogue needs from outside its own tables. */
export interface CatalogAdminDeps {
  /** The storefront's read model and caches, owned by the catalog service. */
  listings: {
    refreshListings(ctx: Ctx, productIds: readonly string[]): Promise<void>;
    forgetCaches(): void;
  };
  inventory: Pick<InventoryService, 'setOnHand' | 'listLocations' | 'levelsOf' | 'loadLevels'>;
  pricing: Pick<PricingService, 'setPrices' | 'currencies' | 'listPrices' | 'loadPrices'>;
  audit: AuditPort;
  /** Ids of the supplier organisations (the access module owns them), to check a product's seller. */
  supplierIds(ctx: Ctx): Promise<Set<string>>;
  /** Where uploaded images are written; `GET /media/<id>.<ext>` serves them. */
  mediaDir: string;
  /** Uploads and exports open their own transactions (see those use cases for why). */
  runUseCase: RunUseCase;
}

export const MANAGE = 'catalog.manage';
