import type { ColumnDeclaration } from '../../kernel/personal-data.ts';

/** Pricing keeps which customer redeemed which promotion; the rest only looks personal. */
export const pricingPersonalData: ColumnDeclaration[] = [
  {
    table: 'pricing.redemptions',
    column: 'customer_id',
    category: 'transaction',
    purpose: 'Holding per-customer usage limits of promotions and the welcome offer',
    legalBasis: 'contract',
    retention: 'P6Y',
    processors: [],
    exported: true,
    erasure: 'pseudonymise',
  },
  { table: 'pricing.promotions', column: 'name', notPersonal: 'The name of a promotion, shown to every customer' },
  { table: 'pricing.duty_rules', column: 'note', notPersonal: 'The explanation shown with a duty estimate for a zone' },
];
