import type { Ctx } from '../../kernel/context.ts';
import type { ConsigneeSnapshot } from './fulfilment.tables.ts';

/** An order as fulfilment sees it: who, where to, and each line with where it is reserved. */
export interface OrderForShipping {
  id: string;
  number: string;
  customerId: string | null;
  email: string;
  locale: 'en' | 'zh-Hant' | 'zh-Hans';
  currency: string;
  consignee: ConsigneeSnapshot;
  /** False while a card payment is unauthorised or held for review, or a transfer has not arrived. */
  paymentSecured: boolean;
  status: string;
  lines: {
    id: string;
    /** Services are confirmed on the order, never packed. */
    kind: 'goods' | 'service';
    status: 'offer' | 'contracted' | 'cancelled' | 'returned';
    locationId: string;
    total: number;
    name: string;
    designer: string;
    quantity: number;
    estimate: { daysMin: number; daysMax: number } | null;
  }[];
}

/** What fulfilment needs from the other modules, bound in modules.ts. */
export interface FulfilmentDeps {
  orders: {
    orderForShipping(ctx: Ctx, orderId: string): Promise<OrderForShipping | undefined>;
    /** ORD-2: the lines' contracts form as their parcel leaves; their amount is captured. */
    formContracts(ctx: Ctx, orderId: string, shipment: { id: string; number: string; lineIds: string[] }): Promise<void>;
    linesDelivered(ctx: Ctx, orderId: string, lineIds: readonly string[]): Promise<void>;
    /** Open offers at a location whose order's money is secured, oldest first: what to pick. */
    linesAwaitingShipment(ctx: Ctx, locationId: string, limit: number): Promise<{ id: string; order_id: string; number: string; placed_at: Date; snapshot: { name: string; designer: string; sku: string; colour: string | null; size: string | null; image: string | null }; quantity: number; consignee: { name: string; address: { city: string; countryCode: string } }; zone: string }[]>;
    /** Whether this customer, or this guest's link, may see the order. */
    visibleTo(ctx: Ctx, orderId: string, who: { customerId: string } | { guestToken: string }): Promise<boolean>;
  };
  toHkd(ctx: Ctx, amount: number, currency: string): Promise<number>;
  audit: { recordAudit(ctx: Ctx, entry: { action: string; subjectType: string; subjectId: string; detail?: Record<string, unknown> }): Promise<void> };
  mail: { queueMail(ctx: Ctx, message: { to: string; subject: string; text: string }): Promise<unknown> };
  publicUrl: string;
}
