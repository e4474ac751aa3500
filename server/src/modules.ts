import type { FastifyInstance } from 'fastify';
import type { Config } from './config.ts';
import type { ModuleMigrations } from './kernel/db/migrations.ts';
import type { JobDefinition } from './kernel/jobs/jobs.ts';
import type { MailTransport } from './kernel/mail/transport.ts';
import type { ColumnDeclaration } from './kernel/personal-data.ts';
import type { RunUseCase } from './kernel/use-case.ts';
import { demoMigrations, demoPersonalData } from './demo.ts';
import { platformMigrations } from './kernel/rate-limit.ts';
import type { RateLimiter } from './kernel/rate-limit.ts';
import type { SessionAudience } from './kernel/http/sessions.ts';
import type { Platform } from './platform.ts';
import { createNotificationsService, notificationsJobs, notificationsRoutes, notificationsMigrations, notificationsPersonalData } from './modules/notifications/index.ts';
import { accessMigrations, accessPersonalData, accessRoutes, createAccessService } from './modules/access/index.ts';
import { consentRoutes, createPrivacyService, privacyMigrations, privacyPersonalData, privacyRoutes } from './modules/privacy/index.ts';
import { createLegalService, legalJobs, legalMigrations, legalPersonalData, legalRoutes } from './modules/legal/index.ts';
import { addressRoutes, createCustomersService, customersAdminRoutes, customerSessionAudience, customersJobs, customersMigrations, customersPersonalData, customersRoutes, WELCOME_OFFER } from './modules/customers/index.ts';
import type { Clock } from './kernel/clock.ts';
import { catalogAdminRoutes, catalogMigrations, catalogPersonalData, catalogRoutes, catalogSiteRoutes, createCatalogAdminService, createCatalogService } from './modules/catalog/index.ts';
import { createInventoryService, inventoryAdminRoutes, inventoryMigrations, inventoryPersonalData } from './modules/inventory/index.ts';
import { createPricingService, pricingAdminRoutes, pricingMigrations, pricingPersonalData } from './modules/pricing/index.ts';
import { bagQuoter, cartMigrations, cartPersonalData, cartRoutes, catalogPort, createCartService } from './modules/cart/index.ts';
import { createOrdersService, ordersAdminRoutes, ordersAfterSaleRoutes, ordersJobs, ordersMigrations, ordersPersonalData, ordersRoutes } from './modules/orders/index.ts';
import { carrierWebhookRoutes, createFulfilmentService, fulfilmentAdminRoutes, fulfilmentMigrations, fulfilmentPersonalData, fulfilmentRoutes } from './modules/fulfilment/index.ts';
import { createPaymentsService, createSandboxProcessor, paymentsAdminRoutes, paymentsCustomerRoutes, paymentsMigrations, paymentsPersonalData, paymentWebhookRoutes, sandboxCardProvider, sandboxJobs, sandboxMigrations, sandboxPersonalData, sandboxRoutes } from './modules/payments/index.ts';

/**
 * The one place where modules are created and wired, in dependency order: a module receives
 * the public surface of the modules it needs, never their tables.
 */
export const MODULE_MIGRATIONS: readonly ModuleMigrations[] = [platformMigrations, accessMigrations, notificationsMigrations, privacyMigrations, legalMigrations, customersMigrations, catalogMigrations, inventoryMigrations, pricingMigrations, cartMigrations, paymentsMigrations, sandboxMigrations, ordersMigrations, fulfilmentMigrations, demoMigrations];

/** Every column of every module that holds (or looks like it holds) personal data. */
export const PERSONAL_DATA_REGISTRY: readonly ColumnDeclaration[] = [...accessPersonalData, ...notificationsPersonalData, ...privacyPersonalData, ...legalPersonalData, ...customersPersonalData, ...catalogPersonalData, ...inventoryPersonalData, ...pricingPersonalData, ...cartPersonalData, ...paymentsPersonalData, ...sandboxPersonalData, ...ordersPersonalData, ...fulfilmentPersonalData, ...demoPersonalData];

export interface ModuleDeps {
  config: Config;
  runUseCase: RunUseCase;
  mailTransport: MailTransport;
  rateLimiter: RateLimiter;
  clock: Clock;
}

export function createModules(deps: ModuleDeps) {
  const access = createAccessService({ runUseCase: deps.runUseCase, rateLimiter: deps.rateLimiter, clock: deps.clock });
  const notifications = createNotificationsService({
    transport: deps.mailTransport,
    mailFrom: deps.config.mailFrom,
    messageIdDomain: new URL(deps.config.publicUrl).hostname,
    runUseCase: deps.runUseCase,
    retryLimit: 6,
    audit: access,
  });
  const legal = createLegalService({
    notifications,
    // Bound late: customers is created below because it needs legal; the notice job runs later.
    listCustomerContacts: (ctx, afterId, limit) => customers.listContacts(ctx, afterId, limit),
    publicUrl: deps.config.publicUrl,
    shopTimeZone: deps.config.shopTimeZone,
    runUseCase: deps.runUseCase,
  });
  const privacy = createPrivacyService({
    cookiePolicyVersion: async (ctx) => (await legal.currentVersion(ctx, 'cookie-policy'))?.version,
    privacyPolicyVersion: async (ctx) => (await legal.currentVersion(ctx, 'privacy-policy'))?.version,
    // Bound late: customers is created below because it records consents through privacy.
    accountStanding: (ctx, customerId) => customers.getAccount(ctx, customerId),
    publicUrl: deps.config.publicUrl,
  });
  const customers = createCustomersService({
    runUseCase: deps.runUseCase,
    rateLimiter: deps.rateLimiter,
    legal,
    consent: privacy,
    mail: notifications,
    audit: access,
    publicUrl: deps.config.publicUrl,
    timeZone: deps.config.shopTimeZone,
    now: () => deps.clock.now(),
  });
  // Stock and price changes rebuild the storefront's rows of the products concerned, in the same transaction.
  const inventory = createInventoryService({
    stockChanged: async (ctx, variantIds) => catalog.refreshListings(ctx, await catalog.productsOfVariants(ctx, variantIds)),
  });
  const pricing = createPricingService({
    pricesChanged: async (ctx, variantIds) => catalog.refreshListings(ctx, await catalog.productsOfVariants(ctx, variantIds)),
    audit: access,
    // MKT-1: the welcome offer is the customer's entitlement; pricing asks for it and uses it up at placing.
    welcomeEntitlement: async (ctx, customerId) => {
      const welcome = (await customers.entitlements(ctx, customerId)).find((e) => e.kind === WELCOME_OFFER.kind && e.used_at === null);
      return welcome ? { percentOff: welcome.percent_off } : null;
    },
    consumeWelcomeEntitlement: (ctx, customerId) => customers.useEntitlement(ctx, customerId, WELCOME_OFFER.kind),
  });
  const catalog = createCatalogService({
    inventory,
    pricing,
    supplierNames: async (ctx) => new Map((await access.listSupplierOrganisations(ctx)).map((o) => [o.id, o.name])),
    shopName: 'Vitrine',
    mediaDir: deps.config.mediaDir,
    cacheTtlMs: deps.config.catalogCacheMs,
    facetCacheTtlMs: deps.config.catalogFacetCacheMs,
  });
  // The backstage's catalogue: audited through access; its changes rebuild the storefront's rows through catalog.
  const catalogAdmin = createCatalogAdminService({
    listings: catalog,
    inventory,
    pricing,
    audit: access,
    supplierIds: async (ctx) => new Set((await access.listSupplierOrganisations(ctx)).map((o) => o.id)),
    mediaDir: deps.config.mediaDir,
    runUseCase: deps.runUseCase,
  });
  // The bag reads pieces through the catalogue, prices and stock live, and is quoted by pricing (promotions, delivery, duties).
  const cart = createCartService({ catalog: catalogPort(catalog), pricing, stock: inventory, quote: bagQuoter({ catalog, inventory, pricing }) });
  // The sandbox card processor stands for an outside company: it calls the shop back only through signed webhooks.
  const sandbox = createSandboxProcessor({
    runUseCase: deps.runUseCase,
    pagesUrl: `${deps.config.publicUrl}/sandbox-pay`,
    webhookUrl: `${deps.config.publicUrl}/api/payments/webhooks/sandbox`,
  });
  const payments = createPaymentsService({
    card: sandboxCardProvider(sandbox),
    audit: access,
    bankAccount: { bank: 'Harbour City Bank (Hong Kong)', accountName: 'Vitrine Limited', accountNumber: '012-345678-901' },
    mail: notifications,
    publicUrl: deps.config.publicUrl,
    // Bound late: orders is created below because it starts payments.
    orders: {
      paymentAuthorised: (ctx, orderId) => orders.paymentAuthorised(ctx, orderId),
      paymentFailed: (ctx, orderId, reason) => orders.paymentFailed(ctx, orderId, reason),
      paymentHeldForReview: (ctx, orderId) => orders.paymentHeldForReview(ctx, orderId),
      orderIsOpen: (ctx, orderId) => orders.orderIsOpen(ctx, orderId),
      orderNumbers: (ctx, orderIds) => orders.numbersOf(ctx, orderIds),
      visibleTo: (ctx, orderId, who) => orders.visibleTo(ctx, orderId, who),
      orderForNotice: (ctx, orderId) => orders.orderForNotice(ctx, orderId),
    },
  });
  // ORD-2: the bag becomes an offer; stock is reserved, promotions redeemed and payment started in one transaction.
  const orders = createOrdersService({
    cart, catalog, inventory, pricing, payments,
    customers: {
      orderingBlock: (ctx, customerId) => customers.orderingBlock(ctx, customerId),
      // DEL-6: fulfilment counts unjustified rejections (bound late: fulfilment is created below).
      refusedForRejections: (ctx, customerId) => fulfilment.refusedForRejections(ctx, customerId),
      contactOf: async (ctx, customerId) => {
        const account = await customers.getAccount(ctx, customerId);
        return { email: account.email, phone: account.phone_e164, name: account.name, since: account.created_at };
      },
    },
    agreementInForce: async (ctx) => (await legal.currentVersion(ctx, 'registration-agreement'))?.version,
    mail: notifications,
    publicUrl: deps.config.publicUrl,
    audit: access,
    returnWindowDays: async (ctx) => (await fulfilment.settings(ctx)).return_window_days,
  });
  // ORD-2, DEL-2 to DEL-6: parcels; a line's contract forms (through orders) when its parcel leaves.
  const fulfilment = createFulfilmentService({
    orders,
    toHkd: (ctx, amount, currency) => pricing.toHkd(ctx, amount, currency),
    audit: access,
    mail: notifications,
    publicUrl: deps.config.publicUrl,
  });
  return { access, notifications, privacy, legal, customers, catalog, catalogAdmin, inventory, pricing, cart, sandbox, payments, orders, fulfilment };
}

export type Modules = ReturnType<typeof createModules>;

export function moduleJobs(modules: Modules, runUseCase: RunUseCase, timeZone: string): JobDefinition<any>[] {
  return [...notificationsJobs(modules.notifications), ...legalJobs(modules.legal), ...customersJobs(modules.customers, runUseCase, timeZone), ...sandboxJobs(modules.sandbox), ...ordersJobs(modules.orders, runUseCase, timeZone)];
}

/** The kinds of signed-in user, each with its own session cookie; tried in this order. */
export function sessionAudiences(modules: Modules, runUseCase: RunUseCase): SessionAudience[] {
  return [customerSessionAudience(modules.customers, runUseCase), ...modules.access.sessionAudiences()];
}

/** Each module's routes, mounted under /api. */
export async function registerModuleRoutes(api: FastifyInstance, platform: Platform): Promise<void> {
  const { modules, runUseCase } = platform;
  await api.register(accessRoutes({ access: modules.access, runUseCase, secureCookies: platform.config.publicUrl.startsWith('https:') }));
  await api.register(privacyRoutes(modules.privacy, runUseCase, { secureCookies: platform.config.publicUrl.startsWith('https:') }));
  await api.register(consentRoutes(modules.privacy, runUseCase));
  await api.register(legalRoutes(modules.legal, runUseCase));
  await api.register(notificationsRoutes(modules.notifications, runUseCase));
  await api.register(customersRoutes({ customers: modules.customers, runUseCase, secureCookies: platform.config.publicUrl.startsWith('https:') }));
  await api.register(customersAdminRoutes({ customers: modules.customers, runUseCase, secureCookies: platform.config.publicUrl.startsWith('https:') }));
  await api.register(addressRoutes({ customers: modules.customers, runUseCase }));
  await api.register(catalogRoutes(modules.catalog, runUseCase));
  await api.register(catalogAdminRoutes(modules.catalogAdmin, runUseCase));
  await api.register(inventoryAdminRoutes(modules.inventory, runUseCase));
  await api.register(pricingAdminRoutes(modules.pricing, runUseCase));
  await api.register(paymentWebhookRoutes(modules.payments, runUseCase));
  await api.register(paymentsAdminRoutes(modules.payments, runUseCase));
  await api.register(paymentsCustomerRoutes(modules.payments, runUseCase));
  await api.register(ordersRoutes(modules.orders, runUseCase));
  await api.register(ordersAdminRoutes(modules.orders, runUseCase));
  await api.register(ordersAfterSaleRoutes(modules.orders, runUseCase));
  await api.register(fulfilmentRoutes(modules.fulfilment, runUseCase));
  await api.register(fulfilmentAdminRoutes(modules.fulfilment, runUseCase));
  await api.register(carrierWebhookRoutes(modules.fulfilment, runUseCase));
  await api.register(cartRoutes({ cart: modules.cart, runUseCase, secureCookies: platform.config.publicUrl.startsWith('https:') }));
}

/** Routes at the site's root that are not pages of the web app: images, sitemaps, robots.txt. */
export async function registerSiteRoutes(app: FastifyInstance, platform: Platform): Promise<void> {
  await app.register(catalogSiteRoutes(platform.modules.catalog, platform.runUseCase, platform.config.publicUrl));
  await app.register(sandboxRoutes(platform.modules.sandbox, platform.runUseCase));
}
