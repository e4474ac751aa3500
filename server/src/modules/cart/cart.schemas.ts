import { Type, type TSchema } from 'typebox';
import { idPattern } from '../../kernel/ids.ts';

/** The bag and wish-list API: what the bag page, the mini-bag and checkout exchange. */

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const ShowQuery = Type.Object({
  currency: Type.String({ pattern: '^[A-Z]{3}$', default: 'HKD', description: 'ISO 4217; a currency without a price list shows approximate prices (charged in HKD)' }),
  zone: Type.Union([Type.Literal('HK'), Type.Literal('CN'), Type.Literal('ASIA'), Type.Literal('ROW')], { default: 'HK', description: 'Delivery destination, for the quote' }),
  locale: Type.Union([Type.Literal('en'), Type.Literal('zh-Hant'), Type.Literal('zh-Hans')], { default: 'en' }),
}, { additionalProperties: false });

const Quantity = Type.Number({ description: 'A whole number from 1 to 10; anything else is refused with `cart.quantity_out_of_range`' });

export const AddLineBody = Type.Object({ variantId: Type.String({ pattern: idPattern('var') }), quantity: Quantity }, { additionalProperties: false });
export const ChangeLineBody = Type.Object({ quantity: Quantity }, { additionalProperties: false });
export const LineParams = Type.Object({ id: Type.String({ pattern: idPattern('bln') }) });
export const CodeBody = Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }) }, { additionalProperties: false });
export const CodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 40 }) });
export const WishlistBody = Type.Object({
  variantId: Type.Optional(Type.String({ pattern: idPattern('var'), description: 'A chosen colour or size' })),
  productId: Type.Optional(Type.String({ pattern: idPattern('prd'), description: 'The whole product, when no variant is chosen' })),
}, { additionalProperties: false, minProperties: 1 });
export const WishlistParams = Type.Object({ id: Type.String({ pattern: idPattern('wish') }) });

const Money = Type.Object({ amount: Type.Integer({ description: 'Minor units' }), currency: Type.String() });
const Price = Type.Object({
  amount: Type.Integer({ description: 'Minor units' }),
  currency: Type.String(),
  compareAt: Nullable(Type.Integer()),
  approximate: Type.Boolean({ description: 'Converted from HKD for display; charged in HKD' }),
});

export const Piece = Type.Object({
  productId: Type.String(),
  slug: Type.String(),
  name: Type.String(),
  designer: Type.String(),
  image: Nullable(Type.String({ description: 'Address of the picture in the variant’s colour' })),
  variant: Nullable(Type.Object({ id: Type.String(), sku: Type.String(), colour: Nullable(Type.String()), size: Nullable(Type.String()), material: Nullable(Type.String()) })),
});

export const BagLine = Type.Object({
  id: Type.String(),
  variantId: Type.String(),
  quantity: Type.Integer(),
  onSale: Type.Boolean({ description: 'False when the piece is no longer on sale (or has no price in this currency): it cannot be ordered' }),
  piece: Nullable(Piece),
  unitPrice: Nullable(Price),
  lineTotal: Nullable(Type.Integer()),
  priceWhenAdded: Money,
  priceChanged: Type.Boolean({ description: 'CAT-1: the price now differs from the price when the piece was added (same currency)' }),
  priceChange: Nullable(Type.Object({ before: Type.Integer(), now: Type.Integer(), currency: Type.String(), direction: Type.Union([Type.Literal('up'), Type.Literal('down')]) })),
  available: Type.Integer({ description: 'Units available now' }),
  inStock: Type.Boolean({ description: 'Enough units are available now for this line' }),
  availableWhenAdded: Type.Boolean(),
  availabilityChanged: Type.Boolean({ description: 'In stock then and not now, or the other way round' }),
  addedAt: Type.String({ format: 'date-time' }),
});

const Quote = Type.Object({
  currency: Type.String(),
  lines: Type.Array(Type.Object({ lineId: Type.String(), variantId: Type.String(), unitPrice: Type.Integer(), quantity: Type.Integer(), subtotal: Type.Integer(), discount: Type.Integer(), total: Type.Integer() })),
  subtotal: Type.Integer(),
  discountTotal: Type.Integer(),
  delivery: Nullable(Type.Object({ method: Type.String(), amount: Type.Integer(), freeFrom: Nullable(Type.Integer()), free: Type.Boolean() })),
  duties: Nullable(Type.Object({ amount: Type.Integer(), estimate: Type.Literal(true), note: Type.String() })),
  total: Type.Integer(),
  promotions: Type.Array(Type.Object({
    promotionId: Type.String(), name: Type.String(), code: Nullable(Type.String()), applied: Type.Boolean(), amount: Type.Integer(),
    reason: Nullable(Type.String({ description: 'Why it did not apply: minimum_not_met, excluded, expired, limit_reached, not_eligible, unknown_code' })),
  })),
  unavailable: Type.Array(Type.Object({ lineId: Type.String(), variantId: Type.String(), reason: Type.Literal('no_price') })),
}, { description: 'Discounts, promotions applied and not (with reasons), delivery and a duties estimate' });

export const Bag = Type.Object({
  id: Nullable(Type.String({ description: 'Null until the first piece is added' })),
  currency: Type.String(),
  lines: Type.Array(BagLine),
  codes: Type.Array(Type.String()),
  itemCount: Type.Integer({ description: 'Pieces in the bag: the sum of the quantities' }),
  subtotal: Type.Object({ amount: Type.Integer(), currency: Type.String(), approximate: Type.Boolean() }),
  quote: Nullable(Quote),
});

export const BagCount = Type.Object({ itemCount: Type.Integer() });

export const Wishlist = Type.Object({
  items: Type.Array(Type.Object({
    id: Type.String(),
    productId: Type.String(),
    variantId: Nullable(Type.String()),
    onSale: Type.Boolean(),
    piece: Nullable(Piece),
    price: Nullable(Price),
    inStock: Nullable(Type.Boolean({ description: 'Null for a whole product' })),
    addedAt: Type.String({ format: 'date-time' }),
  })),
});
