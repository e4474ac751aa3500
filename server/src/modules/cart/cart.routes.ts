import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx } from '../../kernel/context.ts';
import { ProblemResponses } from '../../kernel/http/schemas.ts';
import { clearSessionCookie, sessionCookieName, setSessionCookie } from '../../kernel/http/sessions.ts';
import type { RunUseCase } from '../../kernel/use-case.ts';
import { AddLineBody, Bag, BagCount, ChangeLineBody, CodeBody, CodeParams, LineParams, ShowQuery, Wishlist, WishlistBody, WishlistParams } from './cart.schemas.ts';
import type { CartService, GuestCookie, Visited, Visitor } from './cart.service.ts';

/** The guest bag cookie: a random token whose hash finds the bag (`__Host-` and Secure over HTTPS). */
export const BAG_COOKIE = 'vitrine_bag';
const BAG_COOKIE_SECONDS = 60 * 24 * 60 * 60;

export interface CartRouteOptions {
  cart: CartService;
  runUseCase: RunUseCase;
  secureCookies: boolean;
}

const ok = <T>(schema: T) => ({ 200: schema, ...ProblemResponses });

/**
 * The bag and the wish list, for guests and customers alike. Changes are protected by the kernel:
 * a change from another origin is refused, and one made with a customer session must echo its
 * CSRF token. A guest has no session and so no CSRF token; the guest bag cookie is SameSite=Lax
 * (never sent with another site's POST) and the Origin check refuses cross-site changes.
 */
export function cartRoutes(options: CartRouteOptions): FastifyPluginAsyncTypebox {
  const { cart, runUseCase, secureCookies } = options;

  /** Runs a bag use case as this visitor, then sets or clears the guest bag cookie as it says. */
  async function asVisitor<T>(request: FastifyRequest, reply: FastifyReply, work: (ctx: Ctx, visitor: Visitor) => Promise<Visited<T>>): Promise<T> {
    const visitor = visitorOf(request, secureCookies);
    const { result, cookie } = await runUseCase(request.actor, request.id, (ctx) => work(ctx, visitor));
    applyCookie(reply, cookie, secureCookies);
    reply.header('cache-control', 'private, no-store');
    return result;
  }

  return async (app) => {
    const tags = ['bag'];
    app.get('/bag', {
      schema: { tags, summary: 'The bag: lines with the price and stock now and when added (CAT-1), codes, subtotal and quote', querystring: ShowQuery, response: ok(Bag) },
    }, (request, reply) => asVisitor(request, reply, (ctx, visitor) => cart.viewBag(ctx, visitor, request.query)));

    app.get('/bag/count', {
      schema: { tags, summary: 'Pieces in the bag, for the header; changes nothing', response: ok(BagCount) },
    }, async (request, reply) => {
      const visitor = visitorOf(request, secureCookies);
      const itemCount = await runUseCase(request.actor, request.id, (ctx) => cart.countPieces(ctx, visitor));
      return reply.header('cache-control', 'private, no-store').send({ itemCount });
    });

    app.post('/bag/lines', {
      schema: {
        tags, summary: 'Add pieces of a variant (the same variant again adds to its line, up to 10)',
        description: 'A guest without a bag gets one, and the `vitrine_bag` cookie. Refused: a quantity outside 1–10 or not whole, a variant not on sale, sold out, or without a price in `currency`.',
        querystring: ShowQuery, body: AddLineBody, response: { 201: Bag, ...ProblemResponses },
      },
    }, async (request, reply) => reply.code(201).send(await asVisitor(request, reply, (ctx, visitor) => cart.addLine(ctx, visitor, request.body, request.query))));

    app.patch('/bag/lines/:id', {
      schema: { tags, summary: 'Set a line’s quantity (1–10)', querystring: ShowQuery, params: LineParams, body: ChangeLineBody, response: ok(Bag) },
    }, (request, reply) => asVisitor(request, reply, (ctx, visitor) => cart.changeLine(ctx, visitor, request.params.id, request.body.quantity, request.query)));

    app.delete('/bag/lines/:id', {
      schema: { tags, summary: 'Remove a line', querystring: ShowQuery, params: LineParams, response: ok(Bag) },
    }, (request, reply) => asVisitor(request, reply, (ctx, visitor) => cart.removeLine(ctx, visitor, request.params.id, request.query)));

    app.post('/bag/lines/:id/move-to-wishlist', {
      schema: { tags, summary: 'Take a line out of the bag and keep its piece on the wish list', querystring: ShowQuery, params: LineParams, response: ok(Bag) },
    }, (request, reply) => asVisitor(request, reply, (ctx, visitor) => cart.moveLineToWishlist(ctx, visitor, request.params.id, request.query)));

    app.post('/bag/codes', {
      schema: { tags, summary: 'Enter a promotion code; the quote says whether it applies and why not', querystring: ShowQuery, body: CodeBody, response: ok(Bag) },
    }, (request, reply) => asVisitor(request, reply, (ctx, visitor) => cart.addCode(ctx, visitor, request.body.code, request.query)));

    app.delete('/bag/codes/:code', {
      schema: { tags, summary: 'Remove a promotion code', querystring: ShowQuery, params: CodeParams, response: ok(Bag) },
    }, (request, reply) => asVisitor(request, reply, (ctx, visitor) => cart.removeCode(ctx, visitor, request.params.code, request.query)));

    const wishTags = ['wish list'];
    app.get('/wishlist', {
      schema: { tags: wishTags, summary: 'The wish list: a customer’s, or a guest’s until they sign in', querystring: ShowQuery, response: ok(Wishlist) },
    }, (request, reply) => asVisitor(request, reply, (ctx, visitor) => cart.wishlist(ctx, visitor, request.query)));

    app.post('/wishlist', {
      schema: { tags: wishTags, summary: 'Keep a variant or a whole product on the wish list (twice keeps it once)', querystring: ShowQuery, body: WishlistBody, response: { 201: Wishlist, ...ProblemResponses } },
    }, async (request, reply) => reply.code(201).send(await asVisitor(request, reply, (ctx, visitor) => cart.addToWishlist(ctx, visitor, request.body, request.query))));

    app.delete('/wishlist/:id', {
      schema: { tags: wishTags, summary: 'Remove an item from the wish list', querystring: ShowQuery, params: WishlistParams, response: ok(Wishlist) },
    }, (request, reply) => asVisitor(request, reply, (ctx, visitor) => cart.removeFromWishlist(ctx, visitor, request.params.id, request.query)));

    app.post('/wishlist/:id/move-to-bag', {
      schema: { tags: wishTags, summary: 'Put a wish-list variant in the bag (one piece) and take it off the list', querystring: ShowQuery, params: WishlistParams, response: ok(Bag) },
    }, (request, reply) => asVisitor(request, reply, (ctx, visitor) => cart.moveWishlistItemToBag(ctx, visitor, request.params.id, request.query)));
  };
}

/**
 * The customer of the session and the guest bag cookie. A staff member's read-only view of an
 * account (ACC-6) never merges the staff browser's own guest bag into the customer's.
 */
function visitorOf(request: FastifyRequest, secure: boolean): Visitor {
  const actor = request.actor;
  const customerId = actor.kind === 'customer' ? actor.customerId : null;
  const staffView = actor.kind === 'customer' && actor.staffViewId !== undefined;
  return { customerId, guestToken: staffView ? null : (request.cookies[sessionCookieName(BAG_COOKIE, secure)] ?? null) };
}

function applyCookie(reply: FastifyReply, cookie: GuestCookie, secure: boolean): void {
  if (cookie === 'clear') clearSessionCookie(reply, BAG_COOKIE, secure);
  else if (cookie) setSessionCookie(reply, BAG_COOKIE, cookie.set, secure, BAG_COOKIE_SECONDS);
}
