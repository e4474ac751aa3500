/** The cart module: bags for guests and customers (merged at sign-in), their lines and codes, wish lists. */
export { createCartService, type BagForCheckout, type BagView, type CartService, type GuestCookie, type Visitor } from './cart.service.ts';
export { cartRoutes, BAG_COOKIE } from './cart.routes.ts';
export { catalogPort } from './cart.catalog-port.ts';
export { bagQuoter } from './cart.quote-port.ts';
export { cartMigrations } from './migrations/index.ts';
export { cartPersonalData } from './cart.privacy.ts';
export { CartErrors } from './cart.errors.ts';
export type { BagQuote, BagToQuote, QuotePort, ShowOptions } from './cart.ports.ts';
